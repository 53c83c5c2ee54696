import {
  Button,
  Card,
  Checkbox,
  Col,
  DatePicker,
  Descriptions,
  Empty,
  Form,
  Input,
  Row,
  Space,
  Typography,
} from 'antd';
import dayjs from 'dayjs';
import { useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { call } from '../../api';
import { Page } from '../../components/Page';
import { ServerGrid, moneyColumn, type GridColDef, type ServerGridHandle } from '../../components/ServerGrid';
import { MoneyInput } from '../../components/MoneyInput';
import { useFeedback } from '../../components/feedback';
import { applyFieldErrors } from '../../components/formErrors';
import { navigate } from '../../router';
import { formatFen } from '../../../../shared/money';
import type { CreditCheck, OrderDetail, OrderRow } from '../../../../shared/contract/sales';
import { CreditBreakdownView } from './CreditPanel';

/** Finance's queue of orders on credit hold: the breakdown then and now, release (optionally with a temporary limit) or reject. */
export function CreditHoldsPage() {
  const { t } = useTranslation();
  const { message, showError } = useFeedback();
  const grid = useRef<ServerGridHandle>(null);
  const [selected, setSelected] = useState<number | null>(() => {
    const m = /[?&]order=(\d+)/.exec(window.location.hash);
    return m ? Number(m[1]) : null;
  });
  const [order, setOrder] = useState<OrderDetail | null>(null);
  const [now, setNow] = useState<CreditCheck | null>(null);
  const [form] = Form.useForm();
  const [busy, setBusy] = useState(false);
  const temp = Form.useWatch('temp', form) as boolean | undefined;

  useEffect(() => {
    if (!selected) return;
    let live = true;
    call('orders.get', { id: selected })
      .then(async (o) => {
        if (!live) return;
        setOrder(o);
        form.resetFields();
        form.setFieldsValue({ until: dayjs().endOf('month') });
        const c = await call('credit.preview', { customer_id: o.customer_id, amount: o.total });
        if (live) setNow(c);
      })
      .catch(showError);
    return () => {
      live = false;
    };
  }, [selected, form, showError]);

  const columns = useMemo<GridColDef<OrderRow>[]>(
    () => [
      { field: 'customer_name', headerName: '客户', flex: 2, minWidth: 200 },
      { field: 'salesperson_name', headerName: '业务员', width: 90 },
      { field: 'order_date', headerName: '订单日期', width: 110 },
      moneyColumn<OrderRow>('total', '订单金额', { width: 120 }),
      { field: 'id', headerName: '草稿号', width: 90, valueFormatter: (p) => `#${p.value}` },
    ],
    [],
  );

  const done = (msg: string) => {
    message.success(msg);
    setSelected(null);
    setOrder(null);
    setNow(null);
    grid.current?.refresh();
  };

  const release = async () => {
    if (!order) return;
    const v = await form.validateFields();
    setBusy(true);
    try {
      const r = await call('orders.release', {
        id: order.id,
        version: order.version,
        reason: v.reason,
        temp_limit: v.temp ? { extra: v.extra ?? 0, until: dayjs(v.until).format('YYYY-MM-DD') } : undefined,
      });
      done(t('credit.released', { no: r.order.number }));
    } catch (e) {
      if (!applyFieldErrors(form, e)) showError(e);
    } finally {
      setBusy(false);
    }
  };

  const reject = async () => {
    if (!order) return;
    const v = await form.validateFields(['reason']);
    setBusy(true);
    try {
      await call('orders.creditReject', { id: order.id, version: order.version, reason: v.reason });
      done(t('credit.rejected'));
    } catch (e) {
      showError(e);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Page title={t('credit.holdQueue')}>
      <Row gutter={16} style={{ height: '100%' }}>
        <Col span={11} style={{ height: '100%' }}>
          <ServerGrid
            ref={grid}
            method="orders.list"
            columns={columns}
            params={{ view: 'held' }}
            onRowClicked={(r) => setSelected(r.id)}
            onError={showError}
            testId="hold-grid"
          />
        </Col>
        <Col span={13} style={{ height: '100%', overflow: 'auto' }}>
          {!order ? (
            <Card>
              <Empty description={t('credit.selectHeld')} />
            </Card>
          ) : (
            <Space orientation="vertical" style={{ width: '100%' }} data-testid="hold-detail">
              <Card
                size="small"
                title={
                  <Space>
                    {order.customer_name}
                    <Typography.Text type="secondary">#{order.id}</Typography.Text>
                  </Space>
                }
                extra={
                  <Button type="link" onClick={() => navigate(`/orders/${order.id}`)}>
                    {t('sales.order')}
                  </Button>
                }
              >
                <Descriptions size="small" column={3}>
                  <Descriptions.Item label="订单金额">¥{formatFen(order.total)}</Descriptions.Item>
                  <Descriptions.Item label="业务员">{order.salesperson_name}</Descriptions.Item>
                  <Descriptions.Item label="交期">{order.delivery_date ?? '—'}</Descriptions.Item>
                </Descriptions>
                <Typography.Paragraph type="danger" style={{ marginBottom: 0 }}>
                  {order.credit_reason}
                </Typography.Paragraph>
              </Card>
              <Row gutter={12}>
                <Col span={12}>
                  <Card size="small" title="冻结时">
                    {order.credit_snapshot ? (
                      <CreditBreakdownView check={order.credit_snapshot} compact />
                    ) : (
                      '—'
                    )}
                  </Card>
                </Col>
                <Col span={12}>
                  <Card size="small" title="当前">
                    {now ? <CreditBreakdownView check={now} compact /> : '—'}
                  </Card>
                </Col>
              </Row>
              <Card size="small" title={t('credit.releaseTitle')}>
                <Form form={form} layout="vertical">
                  <Form.Item
                    name="reason"
                    label={t('common.reason')}
                    rules={[{ required: true, message: t('sales.reasonRequired') }]}
                  >
                    <Input.TextArea rows={2} maxLength={200} data-testid="release-reason" />
                  </Form.Item>
                  <Form.Item name="temp" valuePropName="checked">
                    <Checkbox data-testid="release-temp">{t('credit.tempLimit')}</Checkbox>
                  </Form.Item>
                  {temp ? (
                    <Row gutter={12}>
                      <Col span={12}>
                        <Form.Item name="extra" label={t('credit.tempExtra')} rules={[{ required: true }]}>
                          <MoneyInput data-testid="release-extra" />
                        </Form.Item>
                      </Col>
                      <Col span={12}>
                        <Form.Item name="until" label={t('credit.tempUntil')} rules={[{ required: true }]}>
                          <DatePicker style={{ width: '100%' }} />
                        </Form.Item>
                      </Col>
                    </Row>
                  ) : null}
                  <Space>
                    <Button
                      type="primary"
                      loading={busy}
                      onClick={() => void release()}
                      data-testid="release-ok"
                    >
                      {t('sales.release')}
                    </Button>
                    <Button danger loading={busy} onClick={() => void reject()} data-testid="release-reject">
                      {t('sales.creditReject')}
                    </Button>
                  </Space>
                </Form>
              </Card>
            </Space>
          )}
        </Col>
      </Row>
    </Page>
  );
}
