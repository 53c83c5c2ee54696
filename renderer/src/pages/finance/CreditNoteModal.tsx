import { Alert, DatePicker, Form, Input, InputNumber, Modal, Select } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { call } from '../../api';
import { bi, fl } from '../../i18n';
import { RemoteSelect } from '../../components/RemoteSelect';
import { MoneyInput } from '../../components/MoneyInput';
import { useFeedback } from '../../components/feedback';
import { applyFieldErrors, clearErrorsOnChange } from '../../components/formErrors';
import { formatFen } from '../../../../shared/money';
import { CREDIT_KIND_LABELS, type InvoiceRow } from '../../../../shared/contract/finance';

/** Open (issued, not fully paid) invoices of a customer, searchable by number. */
export function OpenInvoiceSelect({
  customerId,
  value,
  onChange,
  ...rest
}: {
  customerId: number | null;
  value?: number | null;
  onChange?: (v: number | null) => void;
  placeholder?: string;
  'data-testid'?: string;
}) {
  const [rows, setRows] = useState<InvoiceRow[]>([]);
  useEffect(() => {
    if (!customerId) return;
    let live = true;
    call('invoices.list', { customer_id: customerId, kind: 'invoice', view: 'open', limit: 200 })
      .then((r) => live && setRows(r.rows))
      .catch(() => undefined);
    return () => {
      live = false;
    };
  }, [customerId]);
  return (
    <Select
      allowClear
      showSearch={{ optionFilterProp: 'label' }}
      value={customerId ? (value ?? undefined) : undefined}
      onChange={(v) => onChange?.((v as number | undefined) ?? null)}
      options={(customerId ? rows : []).map((r) => ({
        value: r.id,
        label: `${r.number ?? r.id} · ${r.invoice_date} · ¥${formatFen(r.open_amount)}`,
      }))}
      {...rest}
    />
  );
}

/** Price correction / write-off / other credit note: saved as a draft, approved on its page. */
export function CreditNoteModal({
  open,
  onClose,
  customerId,
  targetInvoiceId,
}: {
  open: boolean;
  onClose: (createdId?: number) => void;
  customerId?: number;
  targetInvoiceId?: number;
}) {
  const { t } = useTranslation();
  const { showError } = useFeedback();
  const [form] = Form.useForm();
  const [busy, setBusy] = useState(false);
  const cid = Form.useWatch('customer_id', form) as number | undefined;

  useEffect(() => {
    if (open)
      form.setFieldsValue({
        customer_id: customerId,
        target_invoice_id: targetInvoiceId ?? null,
        credit_kind: 'price',
        invoice_date: dayjs(),
        tax_rate: 13,
        total: null,
        reason: '',
      });
  }, [open, customerId, targetInvoiceId, form]);

  const save = async () => {
    const v = await form.validateFields();
    setBusy(true);
    try {
      const cn = await call('creditNotes.create', {
        customer_id: v.customer_id as number,
        credit_kind: v.credit_kind as 'price' | 'writeoff' | 'other',
        invoice_date: (v.invoice_date as Dayjs).format('YYYY-MM-DD'),
        target_invoice_id: (v.target_invoice_id as number | null) ?? null,
        total: (v.total as number | null) ?? 0,
        tax_rate: Math.round(Number(v.tax_rate ?? 0) * 100),
        reason: String(v.reason ?? ''),
      });
      onClose(cn.id);
    } catch (e) {
      if (!applyFieldErrors(form, e)) showError(e);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Modal
      open={open}
      title={t('fin.newCreditNote')}
      onCancel={() => onClose()}
      onOk={() => void save().catch(() => undefined)}
      okText={t('common.save')}
      confirmLoading={busy}
      destroyOnHidden
      width={560}
    >
      <Alert type="info" showIcon style={{ marginBottom: 12 }} title={t('fin.creditHint')} />
      <Form form={form} layout="vertical" onValuesChange={clearErrorsOnChange(form)} className="compact-form">
        <Form.Item name="customer_id" label={fl('customer_id')} rules={[{ required: true }]}>
          <RemoteSelect
            method="customers.options"
            disabled={customerId != null}
            onChange={() => form.setFieldsValue({ target_invoice_id: null })}
            data-testid="cn-customer"
          />
        </Form.Item>
        <div style={{ display: 'flex', gap: 12 }}>
          <Form.Item name="credit_kind" label={t('fin.creditKind')} style={{ flex: 1 }}>
            <Select
              options={(['price', 'writeoff', 'other'] as const).map((k) => ({
                value: k,
                label: bi(CREDIT_KIND_LABELS[k]),
              }))}
            />
          </Form.Item>
          <Form.Item
            name="invoice_date"
            label={fl('doc_date')}
            rules={[{ required: true }]}
            style={{ flex: 1 }}
          >
            <DatePicker style={{ width: '100%' }} allowClear={false} />
          </Form.Item>
        </div>
        <Form.Item name="target_invoice_id" label={t('fin.creditTo')}>
          <OpenInvoiceSelect
            customerId={cid ?? null}
            placeholder={t('fin.targetOptional')}
            data-testid="cn-target"
          />
        </Form.Item>
        <div style={{ display: 'flex', gap: 12 }}>
          <Form.Item name="total" label={fl('total')} rules={[{ required: true }]} style={{ flex: 2 }}>
            <MoneyInput data-testid="cn-total" />
          </Form.Item>
          <Form.Item name="tax_rate" label={t('fin.taxRate')} style={{ flex: 1 }}>
            <InputNumber min={0} max={100} suffix="%" style={{ width: '100%' }} />
          </Form.Item>
        </div>
        <Form.Item name="reason" label={fl('reason')} rules={[{ required: true }]}>
          <Input.TextArea rows={2} maxLength={200} data-testid="cn-reason" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
