import { Alert, DatePicker, Form, Input, Modal, Rate, Select } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { call } from '../../api';
import { bi, fl } from '../../i18n';
import { useFeedback } from '../../components/feedback';
import { applyFieldErrors, clearErrorsOnChange } from '../../components/formErrors';
import type { AftersalesTaskRow } from '../../../../shared/contract/crm';
import type { CustomerDetail } from '../../../../shared/contract/customers';

export const TASK_KIND_LABELS = {
  archive_check: { zh: '建档检查', en: 'Archive check' },
  first_call: { zh: '首次回访', en: 'First return call' },
  satisfaction_call: { zh: '满意度回访', en: 'Satisfaction call' },
} as const;

/** What the archive check looks at: the customer record a serviced customer must have within 2 days. */
function archiveGaps(c: CustomerDetail, t: (k: string) => string): string[] {
  const gaps: string[] = [];
  if (!c.address) gaps.push(fl('address'));
  if (!c.phone) gaps.push(fl('phone'));
  if (!c.contacts.some((x) => x.active && (x.mobile || x.phone))) gaps.push(t('crm.contactWithPhone'));
  return gaps;
}

/** Records an after-sales task: the archive check, or a return call with the customer's satisfaction. */
export function CompleteTaskModal({
  task,
  onClose,
  onDone,
}: {
  task: AftersalesTaskRow;
  onClose(): void;
  onDone(): void;
}) {
  const { t } = useTranslation();
  const { message, showError } = useFeedback();
  const [form] = Form.useForm();
  const [customer, setCustomer] = useState<CustomerDetail | null>(null);
  const [saving, setSaving] = useState(false);
  const isCall = task.kind !== 'archive_check';

  useEffect(() => {
    call('customers.get', { id: task.customer_id })
      .then(setCustomer)
      .catch(() => setCustomer(null));
  }, [task.customer_id]);

  const gaps = customer && !isCall ? archiveGaps(customer, t) : [];

  return (
    <Modal
      open
      title={`${bi(TASK_KIND_LABELS[task.kind])} · ${task.customer_name}`}
      onCancel={onClose}
      confirmLoading={saving}
      destroyOnHidden
      okText={t('crm.complete')}
      okButtonProps={{ 'data-testid': 'task-ok' } as never}
      onOk={async () => {
        let v: Record<string, unknown>;
        try {
          v = await form.validateFields();
        } catch {
          return;
        }
        setSaving(true);
        try {
          await call('aftersales.complete', {
            id: task.id,
            version: task.version,
            summary: String(v.summary ?? ''),
            satisfaction: isCall ? ((v.satisfaction as number) ?? null) : null,
            contact_id: (v.contact_id as number) ?? null,
            next_followup_on:
              isCall && v.next_followup_on ? (v.next_followup_on as Dayjs).format('YYYY-MM-DD') : null,
          });
          message.success(t('crm.taskDone'));
          onDone();
        } catch (e) {
          if (!applyFieldErrors(form, e)) showError(e);
        } finally {
          setSaving(false);
        }
      }}
    >
      {!isCall && customer ? (
        <Alert
          style={{ marginBottom: 12 }}
          type={gaps.length ? 'warning' : 'success'}
          showIcon
          title={gaps.length ? t('crm.archiveGaps', { items: gaps.join('、') }) : t('crm.archiveComplete')}
        />
      ) : null}
      <Form
        form={form}
        layout="vertical"
        onValuesChange={clearErrorsOnChange(form)}
        initialValues={{ next_followup_on: dayjs().add(30, 'day') }}
      >
        {isCall ? (
          <Form.Item name="contact_id" label={fl('contact_id')}>
            <Select
              allowClear
              options={(customer?.contacts ?? [])
                .filter((c) => c.active)
                .map((c) => ({ value: c.id, label: `${c.name}${c.mobile ? ` ${c.mobile}` : ''}` }))}
            />
          </Form.Item>
        ) : null}
        <Form.Item
          name="summary"
          label={isCall ? t('crm.callNotes') : t('crm.checkNotes')}
          rules={[{ required: true, message: t('crm.required') }]}
        >
          <Input.TextArea rows={3} maxLength={2000} data-testid="task-summary" />
        </Form.Item>
        {isCall ? (
          <>
            <Form.Item
              name="satisfaction"
              label={fl('satisfaction')}
              rules={[{ required: true, message: t('crm.required') }]}
            >
              <Rate data-testid="task-satisfaction" />
            </Form.Item>
            <Form.Item
              name="next_followup_on"
              label={fl('next_followup_on')}
              rules={[{ required: true, message: t('crm.required') }]}
            >
              <DatePicker style={{ width: '100%' }} />
            </Form.Item>
          </>
        ) : null}
      </Form>
    </Modal>
  );
}
