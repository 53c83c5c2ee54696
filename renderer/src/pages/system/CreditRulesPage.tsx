import { Button, Card, Checkbox, Col, Form, InputNumber, Row, Select, Space, Typography } from 'antd';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { call } from '../../api';
import { useFeedback } from '../../components/feedback';
import { applyFieldErrors } from '../../components/formErrors';
import type { CreditRules } from '../../../../shared/contract/sales';

const STAGES = ['order', 'shipment', 'invoice'] as const;

/** Percentages on screen, basis points in the rules. */
export function CreditRulesPage() {
  const { t } = useTranslation();
  const { message, showError } = useFeedback();
  const [form] = Form.useForm();
  useEffect(() => {
    call('credit.rules', {})
      .then((r) =>
        form.setFieldsValue({
          ...r,
          ...Object.fromEntries(
            STAGES.map((s) => [s, { mode: r[s].mode, warn: r[s].warn_bp / 100, block: r[s].block_bp / 100 }]),
          ),
          discount: r.discount_approval_bp / 100,
        }),
      )
      .catch(showError);
  }, [form, showError]);
  const save = async () => {
    const v = await form.validateFields();
    const rules: CreditRules = {
      order: {
        mode: v.order.mode,
        warn_bp: Math.round(v.order.warn * 100),
        block_bp: Math.round(v.order.block * 100),
      },
      shipment: {
        mode: v.shipment.mode,
        warn_bp: Math.round(v.shipment.warn * 100),
        block_bp: Math.round(v.shipment.block * 100),
      },
      invoice: {
        mode: v.invoice.mode,
        warn_bp: Math.round(v.invoice.warn * 100),
        block_bp: Math.round(v.invoice.block * 100),
      },
      overdue_block_days: v.overdue_block_days ?? null,
      cash_requires_payment: Boolean(v.cash_requires_payment),
      bad_record_prepay: Boolean(v.bad_record_prepay),
      discount_approval_bp: Math.round((v.discount ?? 0) * 100),
      floor_price_approval: Boolean(v.floor_price_approval),
    };
    try {
      await call('credit.setRules', rules);
      message.success(t('common.saved'));
    } catch (e) {
      if (!applyFieldErrors(form, e)) showError(e);
    }
  };
  return (
    <div className="page page-scroll">
      <Typography.Title level={4}>{t('credit.rules')}</Typography.Title>
      <Form form={form} layout="vertical" style={{ maxWidth: 900 }}>
        <Card size="small" style={{ marginBottom: 12 }}>
          {STAGES.map((s) => (
            <Row gutter={12} key={s} align="middle">
              <Col span={5}>
                <Typography.Text strong>{t(`credit.stage.${s}`)}</Typography.Text>
              </Col>
              <Col span={7}>
                <Form.Item name={[s, 'mode']} label="控制方式">
                  <Select
                    options={(['off', 'warn', 'block'] as const).map((m) => ({
                      value: m,
                      label: t(`credit.mode.${m}`),
                    }))}
                  />
                </Form.Item>
              </Col>
              <Col span={6}>
                <Form.Item name={[s, 'warn']} label={t('credit.warnAt')}>
                  <InputNumber min={0} max={1000} style={{ width: '100%' }} suffix="%" />
                </Form.Item>
              </Col>
              <Col span={6}>
                <Form.Item name={[s, 'block']} label={t('credit.blockAt')}>
                  <InputNumber min={0} max={1000} style={{ width: '100%' }} suffix="%" />
                </Form.Item>
              </Col>
            </Row>
          ))}
        </Card>
        <Card size="small" style={{ marginBottom: 12 }}>
          <Form.Item name="overdue_block_days" label={t('credit.overdueDays')}>
            <InputNumber min={0} max={3650} style={{ width: 160 }} />
          </Form.Item>
          <Form.Item name="cash_requires_payment" valuePropName="checked">
            <Checkbox>{t('credit.cashRule')}</Checkbox>
          </Form.Item>
          <Form.Item name="bad_record_prepay" valuePropName="checked">
            <Checkbox>{t('credit.badRule')}</Checkbox>
          </Form.Item>
          <Space align="end">
            <Form.Item name="discount" label={t('credit.discountLine')}>
              <InputNumber min={0} max={100} style={{ width: 160 }} suffix="%" />
            </Form.Item>
            <Form.Item name="floor_price_approval" valuePropName="checked">
              <Checkbox>{t('credit.floorRule')}</Checkbox>
            </Form.Item>
          </Space>
        </Card>
        <Button type="primary" onClick={() => void save()}>
          {t('common.save')}
        </Button>
      </Form>
    </div>
  );
}
