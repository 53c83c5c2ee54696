import { Button, Card, Form, Input, InputNumber, Space, Switch, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError, call } from '../../api';
import { useFeedback } from '../../components/feedback';
import { applyFieldErrors, clearErrorsOnChange } from '../../components/formErrors';
import type { FinanceSettings } from '../../../../shared/contract/finance';
import { bucketLabels, parseBounds } from './common';
import './finance-reports.css';

interface FormValues {
  invoice_workflow: boolean;
  bad_debt_months: number;
  /** the bounds as typed: "30, 60, 90, 180, 365" */
  ageing_buckets: string;
  auto_apply_advances: boolean;
}

const toForm = (s: FinanceSettings): FormValues => ({ ...s, ageing_buckets: s.ageing_buckets.join(', ') });

/** A server error about one bound (ageing_buckets.2) belongs under the one text field of all bounds. */
function onFirstSegment(e: unknown): unknown {
  if (!(e instanceof ApiError) || !e.body.fields) return e;
  return new ApiError({
    ...e.body,
    fields: e.body.fields.map((f) => ({ ...f, path: f.path.slice(0, 1) })),
  });
}

/** 财务设置: invoice workflow, bad-debt months, ageing buckets, applying advances automatically. */
export function FinanceSettingsPage() {
  const { t } = useTranslation();
  const { message, showError } = useFeedback();
  const [form] = Form.useForm<FormValues>();
  const [busy, setBusy] = useState(false);
  const bucketsText = Form.useWatch('ageing_buckets', form) ?? '';
  const parsed = parseBounds(bucketsText);

  useEffect(() => {
    call('finance.settings', {})
      .then((s) => form.setFieldsValue(toForm(s)))
      .catch(showError);
  }, [form, showError]);

  const save = async () => {
    const v = await form.validateFields();
    const p = parseBounds(v.ageing_buckets);
    if (!('bounds' in p)) return;
    setBusy(true);
    try {
      const s = await call('finance.setSettings', {
        invoice_workflow: Boolean(v.invoice_workflow),
        bad_debt_months: v.bad_debt_months,
        ageing_buckets: p.bounds,
        auto_apply_advances: Boolean(v.auto_apply_advances),
      });
      form.setFieldsValue(toForm(s));
      message.success(t('common.saved'));
    } catch (e) {
      if (!applyFieldErrors(form, onFirstSegment(e))) showError(e);
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className="page page-scroll">
      <Typography.Title level={4}>{t('freports.settings.title')}</Typography.Title>
      <Form<FormValues>
        form={form}
        layout="vertical"
        style={{ maxWidth: 720 }}
        onValuesChange={clearErrorsOnChange(form)}
        data-testid="finance-settings"
      >
        <Card size="small" title={t('freports.settings.invoicing')} style={{ marginBottom: 12 }}>
          <Form.Item
            name="invoice_workflow"
            valuePropName="checked"
            label={t('freports.settings.workflow')}
            extra={t('freports.settings.workflowHint')}
          >
            <Switch data-testid="fs-workflow" />
          </Form.Item>
          <Form.Item
            name="auto_apply_advances"
            valuePropName="checked"
            label={t('freports.settings.autoApply')}
            extra={t('freports.settings.autoApplyHint')}
            style={{ marginBottom: 4 }}
          >
            <Switch data-testid="fs-auto-apply" />
          </Form.Item>
        </Card>
        <Card size="small" title={t('freports.settings.receivables')} style={{ marginBottom: 12 }}>
          <Form.Item
            name="bad_debt_months"
            label={t('freports.settings.badDebtMonths')}
            extra={t('freports.settings.badDebtHint')}
            rules={[{ required: true, message: t('freports.settings.required') }]}
          >
            <InputNumber<number>
              min={1}
              max={60}
              precision={0}
              style={{ width: 160 }}
              suffix={t('freports.settings.monthsUnit')}
              data-testid="fs-bad-months"
            />
          </Form.Item>
          <Form.Item
            name="ageing_buckets"
            label={t('freports.settings.buckets')}
            extra={
              'bounds' in parsed
                ? `${t('freports.settings.bucketsPreview')}${[t('freports.current'), ...bucketLabels(t, parsed.bounds)].join(' · ')}`
                : t('freports.settings.bucketsHint')
            }
            rules={[
              {
                validator: async (_r, value: string | undefined) => {
                  const r = parseBounds(value ?? '');
                  if ('error' in r) throw new Error(t(r.error));
                },
              },
            ]}
            style={{ marginBottom: 4 }}
          >
            <Input placeholder="30, 60, 90, 180, 365" style={{ maxWidth: 360 }} data-testid="fs-buckets" />
          </Form.Item>
        </Card>
        <Space>
          <Button type="primary" loading={busy} onClick={() => void save()} data-testid="fs-save">
            {t('common.save')}
          </Button>
        </Space>
      </Form>
    </div>
  );
}
