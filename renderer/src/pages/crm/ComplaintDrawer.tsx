import {
  Alert,
  Button,
  Col,
  Descriptions,
  Drawer,
  Form,
  Input,
  Modal,
  Rate,
  Row,
  Select,
  Space,
  Spin,
  Tag,
  Timeline,
  Typography,
  Upload,
  type UploadFile,
} from 'antd';
import { PaperClipOutlined } from '@ant-design/icons';
import { useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { call } from '../../api';
import { fl } from '../../i18n';
import { useSession } from '../../session';
import { useFeedback } from '../../components/feedback';
import { applyFieldErrors, clearErrorsOnChange } from '../../components/formErrors';
import { useFormKeys } from '../../components/keyboard';
import { RemoteSelect } from '../../components/RemoteSelect';
import {
  COMPLAINT_CAUSE_LABELS,
  COMPLAINT_CAUSES,
  COMPLAINT_KIND_LABELS,
  COMPLAINT_KINDS,
  COMPLAINT_LOG_LABELS,
  COMPLAINT_STATUS_LABELS,
  MAX_ATTACHMENT_BYTES,
  SEVERITIES,
  SEVERITY_LABELS,
  type ComplaintDetail,
} from '../../../../shared/contract/crm';
import type { ContactRow } from '../../../../shared/contract/customers';
import { Attachments } from './Attachments';
import { dateTime, label, openCustomer, optionsOf, readAsBase64 } from './util';

export const SEVERITY_COLORS: Record<string, string> = {
  low: 'default',
  medium: 'blue',
  high: 'orange',
  critical: 'red',
};
export const COMPLAINT_STATUS_COLORS: Record<string, string> = {
  open: 'processing',
  technical: 'purple',
  closed: 'success',
};

/** 投诉 / 服务请求: register, keep the handling log, route to the technical department and back, close. */
export function ComplaintDrawer({
  id,
  customerId,
  onClose,
  onChanged,
}: {
  id: number | null;
  customerId?: number;
  onClose(): void;
  onChanged(id: number): void;
}) {
  const { t } = useTranslation();
  const { can } = useSession();
  const { message, showError } = useFeedback();
  const [form] = Form.useForm();
  const [k, setK] = useState<ComplaintDetail | null>(null);
  const [loading, setLoading] = useState(id != null);
  const [saving, setSaving] = useState(false);
  const [contacts, setContacts] = useState<ContactRow[]>([]);
  const [files, setFiles] = useState<UploadFile[]>([]);
  const [dialog, setDialog] = useState<'note' | 'tech' | 'back' | 'close' | null>(null);
  const bodyRef = useRef<HTMLDivElement>(null);
  const cust = Form.useWatch('customer_id', form) as number | undefined;

  const reload = useCallback(
    (kid: number) => call('complaints.get', { id: kid }).then(setK).catch(showError),
    [showError],
  );

  useEffect(() => {
    if (id == null) {
      form.setFieldsValue({
        customer_id: customerId,
        kind: 'complaint',
        cause: 'quality',
        severity: 'medium',
      });
      return;
    }
    let live = true;
    call('complaints.get', { id })
      .then((d) => live && setK(d))
      .catch((e) => {
        showError(e);
        onClose();
      })
      .finally(() => live && setLoading(false));
    return () => {
      live = false;
    };
  }, [id, customerId, form, showError, onClose]);

  useEffect(() => {
    if (!cust) return;
    call('customers.get', { id: cust })
      .then((c) => setContacts(c.contacts.filter((x) => x.active)))
      .catch(() => setContacts([]));
  }, [cust]);

  const create = async () => {
    let v: Record<string, unknown>;
    try {
      v = await form.validateFields();
    } catch {
      return;
    }
    setSaving(true);
    try {
      const attachments = [];
      for (const f of files) {
        const raw = f.originFileObj as File | undefined;
        if (!raw) continue;
        if (raw.size > MAX_ATTACHMENT_BYTES) throw new Error(t('crm.fileTooLarge', { name: raw.name }));
        attachments.push({
          kind: raw.type.startsWith('image/') ? ('photo' as const) : ('other' as const),
          file_name: raw.name,
          mime: raw.type || 'application/octet-stream',
          content_base64: await readAsBase64(raw),
        });
      }
      const d = await call('complaints.create', {
        kind: v.kind as 'complaint',
        customer_id: v.customer_id as number,
        contact_id: (v.contact_id as number) ?? null,
        product_id: (v.product_id as number) ?? null,
        cause: v.cause as 'quality',
        severity: v.severity as 'medium',
        description: String(v.description ?? ''),
        owner_id: (v.owner_id as number) ?? undefined,
        attachments,
      });
      message.success(t('crm.complaintCreated', { code: d.code }));
      setK(d);
      onChanged(d.id);
    } catch (e) {
      if (!applyFieldErrors(form, e)) showError(e);
    } finally {
      setSaving(false);
    }
  };
  useFormKeys(bodyRef, () => {
    if (!k) void create();
  });

  const act = async (p: Promise<ComplaintDetail>, done: string) => {
    try {
      const d = await p;
      setK(d);
      message.success(done);
      onChanged(d.id);
      setDialog(null);
    } catch (e) {
      showError(e);
    }
  };

  const req = [{ required: true, message: t('crm.required') }];
  const newForm = (
    <Form form={form} layout="vertical" onValuesChange={clearErrorsOnChange(form)}>
      <Row gutter={12}>
        <Col span={12}>
          <Form.Item name="customer_id" label={fl('customer_id')} rules={req}>
            <RemoteSelect
              method="customers.options"
              disabled={!!customerId}
              data-testid="complaint-customer"
            />
          </Form.Item>
        </Col>
        <Col span={12}>
          <Form.Item name="contact_id" label={fl('contact_id')}>
            <Select allowClear options={contacts.map((c) => ({ value: c.id, label: c.name }))} />
          </Form.Item>
        </Col>
        <Col span={8}>
          <Form.Item name="kind" label={fl('kind')}>
            <Select
              options={optionsOf(COMPLAINT_KINDS, COMPLAINT_KIND_LABELS)}
              data-testid="complaint-kind"
            />
          </Form.Item>
        </Col>
        <Col span={8}>
          <Form.Item name="cause" label={fl('cause')}>
            <Select options={optionsOf(COMPLAINT_CAUSES, COMPLAINT_CAUSE_LABELS)} />
          </Form.Item>
        </Col>
        <Col span={8}>
          <Form.Item name="severity" label={fl('severity')}>
            <Select options={optionsOf(SEVERITIES, SEVERITY_LABELS)} />
          </Form.Item>
        </Col>
        <Col span={12}>
          <Form.Item name="product_id" label={fl('product_id')}>
            <RemoteSelect method="products.options" />
          </Form.Item>
        </Col>
        <Col span={12}>
          <Form.Item name="owner_id" label={t('crm.handler')} extra={t('crm.handlerHint')}>
            <RemoteSelect method="users.options" />
          </Form.Item>
        </Col>
        <Col span={24}>
          <Form.Item name="description" label={fl('description')} rules={req}>
            <Input.TextArea rows={4} maxLength={4000} data-testid="complaint-description" />
          </Form.Item>
        </Col>
        <Col span={24}>
          <Upload
            multiple
            fileList={files}
            beforeUpload={() => false}
            onChange={({ fileList }) => setFiles(fileList.slice(0, 5))}
          >
            <a>
              <PaperClipOutlined /> {t('crm.addFiles')}
            </a>
          </Upload>
        </Col>
      </Row>
    </Form>
  );

  const detail = k && (
    <>
      {k.escalated_at ? (
        <Alert
          type="error"
          showIcon
          style={{ marginBottom: 12 }}
          title={t('crm.escalatedInfo', { at: dateTime(k.escalated_at), to: k.supervisor_name ?? '—' })}
        />
      ) : k.status !== 'closed' ? (
        <Alert
          type="info"
          showIcon
          style={{ marginBottom: 12 }}
          title={t('crm.escalatesAt', { at: dateTime(k.escalate_at) })}
        />
      ) : null}
      <Descriptions size="small" bordered column={2}>
        <Descriptions.Item label={fl('customer_id')}>
          <a onClick={() => openCustomer(k.customer_id)}>{k.customer_name}</a>
        </Descriptions.Item>
        <Descriptions.Item label={fl('contact_id')}>{k.contact_name ?? '—'}</Descriptions.Item>
        <Descriptions.Item label={fl('kind')}>{label(COMPLAINT_KIND_LABELS, k.kind)}</Descriptions.Item>
        <Descriptions.Item label={fl('cause')}>{label(COMPLAINT_CAUSE_LABELS, k.cause)}</Descriptions.Item>
        <Descriptions.Item label={fl('product_id')}>{k.product_name ?? '—'}</Descriptions.Item>
        <Descriptions.Item label={fl('severity')}>
          <Tag color={SEVERITY_COLORS[k.severity]}>{label(SEVERITY_LABELS, k.severity)}</Tag>
        </Descriptions.Item>
        <Descriptions.Item label={t('crm.handler')}>{k.owner_name}</Descriptions.Item>
        <Descriptions.Item label={t('crm.openedAt')}>{dateTime(k.opened_at)}</Descriptions.Item>
        {k.tech_user_name ? (
          <Descriptions.Item label={fl('tech_user_id')} span={2}>
            {k.tech_user_name}
            {k.tech_result ? ` — ${k.tech_result}` : ''}
          </Descriptions.Item>
        ) : null}
        <Descriptions.Item label={fl('description')} span={2}>
          <Typography.Paragraph style={{ margin: 0, whiteSpace: 'pre-wrap' }}>
            {k.description}
          </Typography.Paragraph>
        </Descriptions.Item>
        {k.status === 'closed' ? (
          <>
            <Descriptions.Item label={fl('solution')} span={2}>
              {k.solution}
            </Descriptions.Item>
            <Descriptions.Item label={fl('satisfaction')}>
              <Rate disabled value={k.satisfaction ?? 0} />
            </Descriptions.Item>
            <Descriptions.Item label={t('crm.resolveTime')}>
              {k.resolve_minutes != null ? t('crm.hours', { n: (k.resolve_minutes / 60).toFixed(1) }) : '—'}
            </Descriptions.Item>
          </>
        ) : null}
      </Descriptions>
      <Typography.Title level={5} style={{ marginTop: 16 }}>
        {t('crm.handlingLog')}
      </Typography.Title>
      <Timeline
        data-testid="complaint-log"
        items={k.logs.map((l) => ({
          color: l.action === 'escalate' ? 'red' : l.action === 'close' ? 'green' : 'blue',
          content: (
            <div>
              <Space size={6}>
                <Typography.Text strong>{dateTime(l.at)}</Typography.Text>
                <Tag>{label(COMPLAINT_LOG_LABELS, l.action)}</Tag>
                <span>{l.user_name ?? t('crm.system')}</span>
              </Space>
              {l.note ? <div className="crm-activity-summary">{l.note}</div> : null}
            </div>
          ),
        }))}
      />
      <Typography.Title level={5}>{fl('attachments')}</Typography.Title>
      <Attachments
        entity="complaint"
        id={k.id}
        items={k.attachments}
        canEdit={k.can_handle && can('service.write')}
        kinds={['photo', 'other']}
        onChanged={() => void reload(k.id)}
      />
    </>
  );

  const footer = (
    <Space style={{ width: '100%', justifyContent: 'space-between' }} wrap>
      <Space wrap>
        {k?.can_handle && can('service.write') ? (
          <>
            <Button onClick={() => setDialog('note')} data-testid="complaint-note">
              {t('crm.addNote')}
            </Button>
            {k.status === 'open' ? (
              <Button onClick={() => setDialog('tech')} data-testid="complaint-tech">
                {t('crm.routeToTech')}
              </Button>
            ) : null}
            {k.status === 'technical' ? (
              <Button
                type="primary"
                ghost
                onClick={() => setDialog('back')}
                data-testid="complaint-tech-back"
              >
                {t('crm.techReturn')}
              </Button>
            ) : null}
            {k.status === 'open' ? (
              <Button type="primary" onClick={() => setDialog('close')} data-testid="complaint-close">
                {t('crm.closeComplaint')}
              </Button>
            ) : null}
          </>
        ) : null}
      </Space>
      <Space>
        <Button onClick={onClose}>{t('common.close')}</Button>
        {!k ? (
          <Button type="primary" loading={saving} onClick={() => void create()} data-testid="complaint-save">
            {t('common.saveShortcut')}
          </Button>
        ) : null}
      </Space>
    </Space>
  );

  return (
    <Drawer
      open
      size={760}
      onClose={onClose}
      destroyOnHidden
      title={
        <Space>
          {k ? `${k.code} ${label(COMPLAINT_KIND_LABELS, k.kind)}` : t('crm.newComplaint')}
          {k ? (
            <Tag color={COMPLAINT_STATUS_COLORS[k.status]}>{label(COMPLAINT_STATUS_LABELS, k.status)}</Tag>
          ) : null}
          {k?.escalated_at ? <Tag color="error">{t('crm.escalated')}</Tag> : null}
        </Space>
      }
      footer={footer}
    >
      <div ref={bodyRef} data-testid="complaint-drawer">
        <Spin spinning={loading}>{k ? detail : newForm}</Spin>
      </div>
      {k && dialog ? (
        <ComplaintAction
          kind={dialog}
          onClose={() => setDialog(null)}
          onOk={(v) => {
            if (dialog === 'note')
              void act(call('complaints.addLog', { id: k.id, note: v.text }), t('common.saved'));
            if (dialog === 'tech')
              void act(
                call('complaints.routeToTech', { id: k.id, tech_user_id: v.user!, note: v.text }),
                t('crm.routedToTech'),
              );
            if (dialog === 'back')
              void act(call('complaints.techReturn', { id: k.id, result: v.text }), t('common.saved'));
            if (dialog === 'close')
              void act(
                call('complaints.close', { id: k.id, solution: v.text, satisfaction: v.satisfaction! }),
                t('crm.complaintClosed'),
              );
          }}
        />
      ) : null}
    </Drawer>
  );
}

function ComplaintAction({
  kind,
  onClose,
  onOk,
}: {
  kind: 'note' | 'tech' | 'back' | 'close';
  onClose(): void;
  onOk(v: { text: string; user?: number; satisfaction?: number }): void;
}) {
  const { t } = useTranslation();
  const [form] = Form.useForm();
  const titles = {
    note: t('crm.addNote'),
    tech: t('crm.routeToTech'),
    back: t('crm.techReturn'),
    close: t('crm.closeComplaint'),
  };
  const textLabel = {
    note: fl('note'),
    tech: t('crm.techRequest'),
    back: fl('result'),
    close: fl('solution'),
  };
  return (
    <Modal
      open
      title={titles[kind]}
      onCancel={onClose}
      destroyOnHidden
      okButtonProps={{ 'data-testid': 'complaint-action-ok' } as never}
      onOk={async () => {
        const v = await form.validateFields();
        onOk({ text: String(v.text).trim(), user: v.user as number, satisfaction: v.satisfaction as number });
      }}
    >
      <Form form={form} layout="vertical">
        {kind === 'tech' ? (
          <Form.Item
            name="user"
            label={fl('tech_user_id')}
            rules={[{ required: true, message: t('crm.required') }]}
          >
            <RemoteSelect method="users.options" data-testid="complaint-tech-user" />
          </Form.Item>
        ) : null}
        <Form.Item
          name="text"
          label={textLabel[kind]}
          rules={[{ required: true, whitespace: true, message: t('crm.required') }]}
        >
          <Input.TextArea rows={3} maxLength={2000} data-testid="complaint-action-text" />
        </Form.Item>
        {kind === 'close' ? (
          <Form.Item
            name="satisfaction"
            label={fl('satisfaction')}
            rules={[{ required: true, message: t('crm.required') }]}
          >
            <Rate data-testid="complaint-satisfaction" />
          </Form.Item>
        ) : null}
      </Form>
    </Modal>
  );
}
