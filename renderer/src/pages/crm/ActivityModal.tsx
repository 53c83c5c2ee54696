import { Col, DatePicker, Form, Input, Modal, Row, Segmented, Select, Upload, type UploadFile } from 'antd';
import { PaperClipOutlined } from '@ant-design/icons';
import dayjs, { type Dayjs } from 'dayjs';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { call } from '../../api';
import { fl } from '../../i18n';
import { useFeedback } from '../../components/feedback';
import { applyFieldErrors, clearErrorsOnChange } from '../../components/formErrors';
import { useFormKeys } from '../../components/keyboard';
import { RemoteSelect } from '../../components/RemoteSelect';
import {
  ACTIVITY_TYPE_LABELS,
  ACTIVITY_TYPES,
  MAX_ATTACHMENT_BYTES,
  type ActivityRow,
  type ActivityType,
} from '../../../../shared/contract/crm';
import type { ContactRow } from '../../../../shared/contract/customers';
import { optionsOf, readAsBase64 } from './util';

export interface ActivityTarget {
  customer_id?: number;
  lead_id?: number;
  opportunity_id?: number;
  contact_id?: number;
  /** Shown in the title (customer or lead name). */
  name?: string;
  type?: ActivityType;
}

/**
 * 记录跟进 / 拜访: one form for every kind of contact. The next follow-up date is required; a visit
 * needs its check-in time and place.
 */
export function ActivityModal({
  target,
  onClose,
  onSaved,
}: {
  target: ActivityTarget;
  onClose(): void;
  onSaved(a: ActivityRow): void;
}) {
  const { t } = useTranslation();
  const { message, showError } = useFeedback();
  const [form] = Form.useForm();
  const [saving, setSaving] = useState(false);
  const [files, setFiles] = useState<UploadFile[]>([]);
  const [contacts, setContacts] = useState<ContactRow[]>([]);
  const bodyRef = useRef<HTMLDivElement>(null);
  const type = Form.useWatch('type', form) as ActivityType | undefined;
  const customerId = Form.useWatch('customer_id', form) as number | undefined;

  useEffect(() => {
    const now = dayjs();
    form.setFieldsValue({
      type: target.type ?? (target.lead_id ? 'call' : 'visit'),
      customer_id: target.customer_id,
      opportunity_id: target.opportunity_id,
      contact_id: target.contact_id,
      occurred_at: now,
      checkin_at: now,
      next_followup_on: now.add(7, 'day'),
    });
  }, [form, target]);

  useEffect(() => {
    if (!customerId) return;
    let live = true;
    call('customers.get', { id: customerId })
      .then((c) => live && setContacts(c.contacts.filter((x) => x.active)))
      .catch(() => live && setContacts([]));
    return () => {
      live = false;
    };
  }, [customerId]);

  const save = async () => {
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
      const isVisit = v.type === 'visit';
      const a = await call('activities.create', {
        type: v.type as ActivityType,
        customer_id: target.lead_id ? undefined : ((v.customer_id as number | undefined) ?? undefined),
        lead_id: target.lead_id,
        contact_id: (v.contact_id as number | undefined) ?? null,
        opportunity_id: (v.opportunity_id as number | undefined) ?? null,
        occurred_at: (v.occurred_at as Dayjs).toISOString(),
        checkin_at: isVisit && v.checkin_at ? (v.checkin_at as Dayjs).toISOString() : null,
        checkin_place: isVisit ? ((v.checkin_place as string | undefined) ?? null) : null,
        summary: (v.summary as string) ?? '',
        customer_requests: (v.customer_requests as string | undefined) ?? null,
        promises: (v.promises as string | undefined) ?? null,
        next_followup_on: v.next_followup_on ? (v.next_followup_on as Dayjs).format('YYYY-MM-DD') : '',
        attachments,
      });
      message.success(t('crm.activitySaved', { date: a.next_followup_on }));
      onSaved(a);
    } catch (e) {
      if (!applyFieldErrors(form, e)) showError(e);
    } finally {
      setSaving(false);
    }
  };
  useFormKeys(bodyRef, () => void save());

  const req = [{ required: true, message: t('crm.required') }];
  return (
    <Modal
      open
      width={760}
      title={`${t('crm.logActivity')}${target.name ? ` · ${target.name}` : ''}`}
      onCancel={onClose}
      onOk={() => void save()}
      okText={t('common.save')}
      confirmLoading={saving}
      destroyOnHidden
      okButtonProps={{ 'data-testid': 'activity-save' } as never}
    >
      <div ref={bodyRef} data-testid="activity-form">
        <Form form={form} layout="vertical" onValuesChange={clearErrorsOnChange(form)}>
          <Form.Item name="type" label={fl('type')}>
            <Segmented
              options={optionsOf(ACTIVITY_TYPES, ACTIVITY_TYPE_LABELS)}
              data-testid="activity-type"
            />
          </Form.Item>
          <Row gutter={12}>
            {!target.lead_id ? (
              <Col span={12}>
                <Form.Item name="customer_id" label={fl('customer_id')} rules={req}>
                  <RemoteSelect
                    method="customers.options"
                    disabled={!!target.customer_id}
                    onChange={() => form.setFieldsValue({ contact_id: undefined, opportunity_id: undefined })}
                    data-testid="activity-customer"
                  />
                </Form.Item>
              </Col>
            ) : null}
            {!target.lead_id ? (
              <Col span={12}>
                <Form.Item name="contact_id" label={fl('contact_id')}>
                  <Select
                    allowClear
                    options={contacts.map((c) => ({
                      value: c.id,
                      label: `${c.name}${c.title ? `（${c.title}）` : ''}`,
                    }))}
                    data-testid="activity-contact"
                  />
                </Form.Item>
              </Col>
            ) : null}
            {!target.lead_id ? (
              <Col span={12}>
                <Form.Item name="opportunity_id" label={fl('opportunity_id')}>
                  <RemoteSelect
                    method="opportunities.options"
                    params={{ customer_id: customerId }}
                    disabled={!!target.opportunity_id || !customerId}
                    data-testid="activity-opportunity"
                  />
                </Form.Item>
              </Col>
            ) : null}
            <Col span={12}>
              <Form.Item name="occurred_at" label={fl('occurred_at')} rules={req}>
                <DatePicker
                  showTime={{ format: 'HH:mm' }}
                  format="YYYY-MM-DD HH:mm"
                  style={{ width: '100%' }}
                />
              </Form.Item>
            </Col>
            {type === 'visit' ? (
              <>
                <Col span={12}>
                  <Form.Item name="checkin_at" label={fl('checkin_at')} rules={req}>
                    <DatePicker
                      showTime={{ format: 'HH:mm' }}
                      format="YYYY-MM-DD HH:mm"
                      style={{ width: '100%' }}
                    />
                  </Form.Item>
                </Col>
                <Col span={12}>
                  <Form.Item name="checkin_place" label={fl('checkin_place')} rules={req}>
                    <Input
                      maxLength={200}
                      placeholder={t('crm.checkinPlaceHint')}
                      data-testid="activity-place"
                    />
                  </Form.Item>
                </Col>
              </>
            ) : null}
            <Col span={24}>
              <Form.Item name="summary" label={fl('summary')} rules={req}>
                <Input.TextArea rows={3} maxLength={4000} data-testid="activity-summary" />
              </Form.Item>
            </Col>
            <Col span={12}>
              <Form.Item name="customer_requests" label={fl('customer_requests')}>
                <Input.TextArea rows={2} maxLength={4000} />
              </Form.Item>
            </Col>
            <Col span={12}>
              <Form.Item name="promises" label={fl('promises')}>
                <Input.TextArea rows={2} maxLength={4000} data-testid="activity-promises" />
              </Form.Item>
            </Col>
            <Col span={12}>
              <Form.Item name="next_followup_on" label={fl('next_followup_on')} rules={req}>
                <DatePicker style={{ width: '100%' }} data-testid="activity-next" />
              </Form.Item>
            </Col>
            <Col span={12}>
              <Form.Item label={fl('attachments')}>
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
              </Form.Item>
            </Col>
          </Row>
        </Form>
      </div>
    </Modal>
  );
}
