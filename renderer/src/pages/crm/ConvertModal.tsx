import { Checkbox, Col, DatePicker, Divider, Form, Input, Modal, Radio, Row, Select } from 'antd';
import type { Dayjs } from 'dayjs';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError, call } from '../../api';
import { bi, fl } from '../../i18n';
import { useFeedback } from '../../components/feedback';
import { applyFieldErrors, clearErrorsOnChange } from '../../components/formErrors';
import { useFormKeys } from '../../components/keyboard';
import { MoneyInput } from '../../components/MoneyInput';
import { RemoteSelect } from '../../components/RemoteSelect';
import {
  CUSTOMER_GRADE_LABELS,
  CUSTOMER_GRADES,
  CUSTOMER_TYPE_LABELS,
  CUSTOMER_TYPES,
} from '../../../../shared/contract/customers';
import type { LeadDetail } from '../../../../shared/contract/crm';
import { optionsOf } from './util';

type Result = { customer_id: number; opportunity_id: number | null };

/** 线索转化: a customer (new or existing), its contact and an opportunity, in one action. */
export function ConvertModal({
  lead,
  onClose,
  onDone,
}: {
  lead: LeadDetail;
  onClose(): void;
  onDone(r: Result): void;
}) {
  const { t } = useTranslation();
  const { message, modal, showError } = useFeedback();
  const [form] = Form.useForm();
  const [saving, setSaving] = useState(false);
  const bodyRef = useRef<HTMLDivElement>(null);
  const mode = Form.useWatch('mode', form) as 'new' | 'existing' | undefined;
  const withContact = Form.useWatch('with_contact', form) as boolean | undefined;
  const withOpp = Form.useWatch('with_opportunity', form) as boolean | undefined;

  const submit = async (confirmSimilar = false) => {
    let v: Record<string, unknown>;
    try {
      v = await form.validateFields();
    } catch {
      return;
    }
    setSaving(true);
    try {
      const c = (v.customer ?? {}) as Record<string, unknown>;
      const ct = (v.contact ?? {}) as Record<string, unknown>;
      const o = (v.opportunity ?? {}) as Record<string, unknown>;
      const r = await call('leads.convert', {
        id: lead.id,
        customer_id: v.mode === 'existing' ? (v.customer_id as number) : undefined,
        customer:
          v.mode === 'existing'
            ? undefined
            : {
                legal_name: String(c.legal_name ?? ''),
                short_name: (c.short_name as string) ?? null,
                credit_code: (c.credit_code as string) ?? null,
                phone: (c.phone as string) ?? null,
                address: (c.address as string) ?? null,
                customer_type: (c.customer_type as 'cash') ?? 'cash',
                grade: (c.grade as 'potential') ?? 'potential',
                confirm_similar: confirmSimilar,
              },
        contact: v.with_contact
          ? {
              name: String(ct.name ?? ''),
              title: (ct.title as string) ?? null,
              mobile: (ct.mobile as string) ?? null,
              email: (ct.email as string) ?? null,
            }
          : null,
        opportunity: v.with_opportunity
          ? {
              name: String(o.name ?? ''),
              budget: (o.budget as number) ?? null,
              expected_amount: (o.expected_amount as number) ?? null,
              expected_bid_date: o.expected_bid_date
                ? (o.expected_bid_date as Dayjs).format('YYYY-MM-DD')
                : null,
            }
          : null,
      });
      message.success(t('crm.converted'));
      onDone(r);
    } catch (e) {
      if (
        e instanceof ApiError &&
        e.code === 'DUPLICATE' &&
        (e.body.details as { kind?: string })?.kind === 'similar'
      ) {
        modal.confirm({
          title: t('customers.confirmSimilarTitle'),
          content: bi(e.body),
          okText: t('customers.confirmSimilarOk'),
          cancelText: t('common.cancel'),
          onOk: () => submit(true),
        });
        return;
      }
      if (!applyFieldErrors(form, e)) showError(e);
    } finally {
      setSaving(false);
    }
  };
  useFormKeys(bodyRef, () => void submit());

  const req = [{ required: true, message: t('crm.required') }];
  return (
    <Modal
      open
      width={780}
      title={t('crm.convertTitle', { code: lead.code })}
      onCancel={onClose}
      onOk={() => void submit()}
      okText={t('crm.convert')}
      confirmLoading={saving}
      destroyOnHidden
      okButtonProps={{ 'data-testid': 'convert-submit' } as never}
    >
      <div ref={bodyRef} data-testid="convert-form">
        <Form
          form={form}
          layout="vertical"
          onValuesChange={clearErrorsOnChange(form)}
          initialValues={{
            mode: 'new',
            customer: {
              legal_name: lead.company,
              phone: lead.phone,
              customer_type: 'cash',
              grade: 'potential',
            },
            with_contact: !!lead.contact_name,
            contact: {
              name: lead.contact_name,
              title: lead.contact_title,
              mobile: lead.phone,
              email: lead.email,
            },
            with_opportunity: true,
            opportunity: { name: `${lead.company}${t('crm.projectSuffix')}` },
          }}
        >
          <Form.Item name="mode">
            <Radio.Group
              optionType="button"
              options={[
                { value: 'new', label: t('crm.newCustomer') },
                { value: 'existing', label: t('crm.existingCustomer') },
              ]}
            />
          </Form.Item>
          {mode === 'existing' ? (
            <Form.Item name="customer_id" label={fl('customer_id')} rules={req}>
              <RemoteSelect method="customers.options" />
            </Form.Item>
          ) : (
            <Row gutter={12}>
              <Col span={16}>
                <Form.Item name={['customer', 'legal_name']} label={fl('legal_name')} rules={req}>
                  <Input maxLength={200} data-testid="convert-legal-name" />
                </Form.Item>
              </Col>
              <Col span={8}>
                <Form.Item name={['customer', 'short_name']} label={fl('short_name')}>
                  <Input maxLength={50} />
                </Form.Item>
              </Col>
              <Col span={12}>
                <Form.Item name={['customer', 'credit_code']} label={fl('credit_code')}>
                  <Input maxLength={20} />
                </Form.Item>
              </Col>
              <Col span={12}>
                <Form.Item name={['customer', 'phone']} label={fl('phone')}>
                  <Input maxLength={50} />
                </Form.Item>
              </Col>
              <Col span={12}>
                <Form.Item name={['customer', 'address']} label={fl('address')}>
                  <Input maxLength={200} />
                </Form.Item>
              </Col>
              <Col span={6}>
                <Form.Item name={['customer', 'customer_type']} label={fl('customer_type')}>
                  <Select options={optionsOf(CUSTOMER_TYPES, CUSTOMER_TYPE_LABELS)} />
                </Form.Item>
              </Col>
              <Col span={6}>
                <Form.Item name={['customer', 'grade']} label={fl('grade')}>
                  <Select options={optionsOf(CUSTOMER_GRADES, CUSTOMER_GRADE_LABELS)} />
                </Form.Item>
              </Col>
            </Row>
          )}
          <Divider titlePlacement="start" plain>
            <Form.Item name="with_contact" valuePropName="checked" noStyle>
              <Checkbox>{t('crm.withContact')}</Checkbox>
            </Form.Item>
          </Divider>
          {withContact ? (
            <Row gutter={12}>
              <Col span={8}>
                <Form.Item name={['contact', 'name']} label={fl('name')} rules={req}>
                  <Input maxLength={50} />
                </Form.Item>
              </Col>
              <Col span={8}>
                <Form.Item name={['contact', 'title']} label={fl('title')}>
                  <Input maxLength={50} />
                </Form.Item>
              </Col>
              <Col span={8}>
                <Form.Item name={['contact', 'mobile']} label={fl('mobile')}>
                  <Input maxLength={30} />
                </Form.Item>
              </Col>
            </Row>
          ) : null}
          <Divider titlePlacement="start" plain>
            <Form.Item name="with_opportunity" valuePropName="checked" noStyle>
              <Checkbox data-testid="convert-with-opportunity">{t('crm.withOpportunity')}</Checkbox>
            </Form.Item>
          </Divider>
          {withOpp ? (
            <Row gutter={12}>
              <Col span={24}>
                <Form.Item name={['opportunity', 'name']} label={t('crm.opportunityName')} rules={req}>
                  <Input maxLength={200} data-testid="convert-opp-name" />
                </Form.Item>
              </Col>
              <Col span={8}>
                <Form.Item name={['opportunity', 'expected_amount']} label={fl('expected_amount')}>
                  <MoneyInput data-testid="convert-opp-amount" />
                </Form.Item>
              </Col>
              <Col span={8}>
                <Form.Item name={['opportunity', 'budget']} label={fl('budget')}>
                  <MoneyInput />
                </Form.Item>
              </Col>
              <Col span={8}>
                <Form.Item name={['opportunity', 'expected_bid_date']} label={fl('expected_bid_date')}>
                  <DatePicker style={{ width: '100%' }} />
                </Form.Item>
              </Col>
            </Row>
          ) : null}
        </Form>
      </div>
    </Modal>
  );
}
