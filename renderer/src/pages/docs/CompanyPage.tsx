import {
  Alert,
  Button,
  Card,
  Col,
  Form,
  Input,
  InputNumber,
  Radio,
  Row,
  Space,
  Switch,
  Tabs,
  Typography,
  Upload,
} from 'antd';
import { DeleteOutlined, EyeOutlined, PrinterOutlined, UploadOutlined } from '@ant-design/icons';
import { useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { call } from '../../api';
import { bi, fl } from '../../i18n';
import { useSession } from '../../session';
import { Page } from '../../components/Page';
import { useFeedback } from '../../components/feedback';
import { applyFieldErrors, clearErrorsOnChange } from '../../components/formErrors';
import { useFormKeys } from '../../components/keyboard';
import { PdfPreview, type PdfSource } from '../../components/PdfPreview';
import { fileToDataUrl, loadPrintSettings, savePrintSettings } from '../../components/files';
import { DOCUMENT_TYPE_LABELS, DOCUMENT_TYPES } from '../../../../shared/print';
import type { CompanyProfileOut } from '../../../../shared/contract/documents';

const MAX_IMAGE = 300 * 1024;

/** An image field (logo, seal): preview, choose, remove; the value is a data URL or null. */
function ImageField({
  value,
  onChange,
  disabled,
  testId,
}: {
  value?: string | null;
  onChange?: (v: string | null) => void;
  disabled?: boolean;
  testId: string;
}) {
  const { t } = useTranslation();
  const { message } = useFeedback();
  return (
    <Space align="start">
      <div className="image-box" data-testid={`${testId}-box`}>
        {value ? (
          <img src={value} alt="" />
        ) : (
          <Typography.Text type="secondary">{t('docs.company.none')}</Typography.Text>
        )}
      </div>
      {disabled ? null : (
        <Space orientation="vertical">
          <Upload
            accept="image/png,image/jpeg"
            showUploadList={false}
            beforeUpload={(file) => {
              if (!['image/png', 'image/jpeg'].includes(file.type))
                message.error(t('docs.company.imageType'));
              else if (file.size > MAX_IMAGE) message.error(t('docs.company.imageTooLarge'));
              else void fileToDataUrl(file).then((v) => onChange?.(v));
              return false;
            }}
          >
            <Button icon={<UploadOutlined />} data-testid={`${testId}-upload`}>
              {t('docs.company.upload')}
            </Button>
          </Upload>
          {value ? (
            <Button icon={<DeleteOutlined />} onClick={() => onChange?.(null)}>
              {t('docs.company.remove')}
            </Button>
          ) : null}
        </Space>
      )}
    </Space>
  );
}

function ProfileTab() {
  const { t } = useTranslation();
  const { can, reload } = useSession();
  const { message, showError } = useFeedback();
  const [form] = Form.useForm();
  const [saving, setSaving] = useState(false);
  const ref = useRef<HTMLDivElement>(null);
  const readOnly = !can('settings.manage');

  useEffect(() => {
    call('company.get', {})
      .then((c) => form.setFieldsValue(c))
      .catch(showError);
  }, [form, showError]);

  const save = useCallback(async () => {
    let v: CompanyProfileOut;
    try {
      v = (await form.validateFields()) as CompanyProfileOut;
    } catch {
      return;
    }
    setSaving(true);
    try {
      const c = await call('company.update', {
        name: v.name,
        address: v.address ?? null,
        phone: v.phone ?? null,
        fax: v.fax ?? null,
        credit_code: v.credit_code ?? null,
        bank_name: v.bank_name ?? null,
        bank_account: v.bank_account ?? null,
        contract_terms: v.contract_terms ?? null,
        logo: v.logo ?? null,
        seal: v.seal ?? null,
      });
      form.setFieldsValue(c);
      message.success(t('common.saved'));
      void reload();
    } catch (e) {
      if (!applyFieldErrors(form, e)) showError(e);
    } finally {
      setSaving(false);
    }
  }, [form, message, t, showError, reload]);
  useFormKeys(ref, save);

  return (
    <div ref={ref} style={{ maxWidth: 980 }}>
      <Alert
        type={readOnly ? 'warning' : 'info'}
        showIcon
        title={readOnly ? t('docs.company.readOnly') : t('docs.company.profileHint')}
        style={{ marginBottom: 16 }}
      />
      <Form form={form} layout="vertical" disabled={readOnly} onValuesChange={clearErrorsOnChange(form)}>
        <Row gutter={16}>
          <Col span={12}>
            <Form.Item name="name" label={fl('company_name')} rules={[{ required: true }]}>
              <Input maxLength={100} data-testid="co-name" />
            </Form.Item>
          </Col>
          <Col span={12}>
            <Form.Item name="credit_code" label={fl('credit_code')}>
              <Input maxLength={40} data-testid="co-credit_code" />
            </Form.Item>
          </Col>
          <Col span={24}>
            <Form.Item name="address" label={fl('address')}>
              <Input maxLength={200} data-testid="co-address" />
            </Form.Item>
          </Col>
          <Col span={8}>
            <Form.Item name="phone" label={fl('phone')}>
              <Input maxLength={50} data-testid="co-phone" />
            </Form.Item>
          </Col>
          <Col span={8}>
            <Form.Item name="fax" label={fl('fax')}>
              <Input maxLength={50} />
            </Form.Item>
          </Col>
          <Col span={8} />
          <Col span={12}>
            <Form.Item name="bank_name" label={fl('bank_name')}>
              <Input maxLength={100} data-testid="co-bank_name" />
            </Form.Item>
          </Col>
          <Col span={12}>
            <Form.Item name="bank_account" label={fl('bank_account')}>
              <Input maxLength={50} data-testid="co-bank_account" />
            </Form.Item>
          </Col>
          <Col span={12}>
            <Form.Item name="logo" label={t('docs.company.logo')}>
              <ImageField disabled={readOnly} testId="co-logo" />
            </Form.Item>
          </Col>
          <Col span={12}>
            <Form.Item name="seal" label={t('docs.company.seal')}>
              <ImageField disabled={readOnly} testId="co-seal" />
            </Form.Item>
          </Col>
          <Col span={24}>
            <Form.Item name="contract_terms" label={fl('contract_terms')} extra={t('docs.company.termsHint')}>
              <Input.TextArea rows={6} maxLength={5000} showCount data-testid="co-terms" />
            </Form.Item>
          </Col>
        </Row>
      </Form>
      {readOnly ? null : (
        <Button type="primary" loading={saving} onClick={() => void save()} data-testid="co-save">
          {t('common.saveShortcut')}
        </Button>
      )}
    </div>
  );
}

function PrintTab() {
  const { t } = useTranslation();
  const { message } = useFeedback();
  const [settings, setSettings] = useState(loadPrintSettings);
  const [preview, setPreview] = useState<PdfSource | null>(null);
  const update = (s: typeof settings) => {
    setSettings(s);
    savePrintSettings(s);
  };
  return (
    <Row gutter={16}>
      <Col span={14}>
        <Card title={t('docs.company.samplesTitle')} size="small">
          <Typography.Paragraph type="secondary">{t('docs.company.samplesHint')}</Typography.Paragraph>
          <div className="sample-grid">
            {DOCUMENT_TYPES.map((type) => (
              <Button
                key={type}
                icon={<EyeOutlined />}
                onClick={() => setPreview({ kind: 'sample', type })}
                data-testid={`sample-${type}`}
              >
                {bi(DOCUMENT_TYPE_LABELS[type])}
              </Button>
            ))}
          </div>
        </Card>
      </Col>
      <Col span={10}>
        <Card title={t('docs.company.printerTitle')} size="small">
          <Typography.Paragraph type="secondary">{t('docs.company.printerHint')}</Typography.Paragraph>
          <Form layout="vertical">
            <Form.Item label={t('docs.preview.layout')}>
              <Radio.Group
                value={settings.layout}
                onChange={(e) => update({ ...settings, layout: e.target.value as 'a4' | 'half' })}
                options={[
                  { value: 'a4', label: t('docs.preview.a4') },
                  { value: 'half', label: t('docs.preview.half') },
                ]}
              />
            </Form.Item>
            <Space size={16}>
              <Form.Item label={t('docs.company.offsetX')}>
                <InputNumber
                  min={-9}
                  max={9}
                  step={0.5}
                  value={settings.offset.x}
                  onChange={(v) => update({ ...settings, offset: { ...settings.offset, x: Number(v ?? 0) } })}
                  data-testid="offset-x"
                />
              </Form.Item>
              <Form.Item label={t('docs.company.offsetY')}>
                <InputNumber
                  min={-9}
                  max={9}
                  step={0.5}
                  value={settings.offset.y}
                  onChange={(v) => update({ ...settings, offset: { ...settings.offset, y: Number(v ?? 0) } })}
                  data-testid="offset-y"
                />
              </Form.Item>
            </Space>
            <Form.Item>
              <Space size={6}>
                <Switch checked={settings.seal} onChange={(seal) => update({ ...settings, seal })} />
                <span>{t('docs.company.sealDefault')}</span>
              </Space>
            </Form.Item>
            <Button
              icon={<PrinterOutlined />}
              onClick={() => {
                message.success(t('docs.company.savedLocal'));
                setPreview({ kind: 'sample', type: 'shipping_note' });
              }}
              data-testid="calibrate"
            >
              {t('docs.company.calibrate')}
            </Button>
          </Form>
        </Card>
      </Col>
      {preview ? <PdfPreview source={preview} onClose={() => setPreview(null)} /> : null}
    </Row>
  );
}

export function CompanyPage() {
  const { t } = useTranslation();
  return (
    <Page title={t('docs.company.title')}>
      <div className="docs-panel">
        <Tabs
          items={[
            { key: 'profile', label: t('docs.company.profileTab'), children: <ProfileTab /> },
            { key: 'print', label: t('docs.company.printTab'), children: <PrintTab /> },
          ]}
        />
      </div>
    </Page>
  );
}
