import {
  Alert,
  Button,
  Card,
  Col,
  DatePicker,
  Descriptions,
  Empty,
  Form,
  Input,
  Modal,
  Row,
  Select,
  Space,
  Spin,
  Table,
  Typography,
} from 'antd';
import { ArrowLeftOutlined, ThunderboltOutlined } from '@ant-design/icons';
import dayjs, { type Dayjs } from 'dayjs';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError, call } from '../../api';
import { bi, fl } from '../../i18n';
import { useSession } from '../../session';
import { navigate } from '../../router';
import { useFeedback } from '../../components/feedback';
import { applyFieldErrors, clearErrorsOnChange } from '../../components/formErrors';
import { useFormKeys } from '../../components/keyboard';
import { RemoteSelect } from '../../components/RemoteSelect';
import { MoneyInput } from '../../components/MoneyInput';
import { StatusTag } from '../../components/StatusTag';
import { formatFen, toChineseCapital } from '../../../../shared/money';
import {
  RECEIPT_METHODS,
  RECEIPT_METHOD_LABELS,
  type OpenItem,
  type ReceiptDetail,
} from '../../../../shared/contract/finance';
import type { OrderRow } from '../../../../shared/contract/sales';
import { AllocationsTable } from './AllocationsTable';
import { PrintButton } from '../../components/PrintButton';

const money = (v: number) => `¥${formatFen(v)}`;
const iso = (v: Dayjs | null | undefined) => (v ? v.format('YYYY-MM-DD') : null);

export function ReceiptPage({ id }: { id: number | null }) {
  return id == null ? <NewReceipt /> : <ReceiptView id={id} />;
}

/** Recording a receipt: the money, then how much of it pays which open invoice; the rest is an advance. */
function NewReceipt() {
  const { t } = useTranslation();
  const { message, showError } = useFeedback();
  const [form] = Form.useForm();
  const pageRef = useRef<HTMLDivElement>(null);
  const [items, setItems] = useState<{ customerId: number; invoices: OpenItem[]; orders: OrderRow[] } | null>(
    null,
  );
  const [alloc, setAlloc] = useState<Map<number, number>>(new Map());
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const customerId = Form.useWatch('customer_id', form) as number | undefined;
  const amount = (Form.useWatch('amount', form) as number | null | undefined) ?? 0;
  const method = Form.useWatch('method', form) as string | undefined;
  const wanted = useRef<number | null>(Number(/[?&]invoice=(\d+)/.exec(window.location.hash)?.[1]) || null);

  useEffect(() => {
    const c = /[?&]customer=(\d+)/.exec(window.location.hash)?.[1];
    form.setFieldsValue({
      customer_id: c ? Number(c) : undefined,
      receipt_date: dayjs(),
      method: 'bank_transfer',
      amount: null,
    });
  }, [form]);

  useEffect(() => {
    if (!customerId) return;
    let live = true;
    Promise.all([
      call('matching.items', { customer_id: customerId }),
      call('orders.list', { customer_id: customerId, view: 'open', limit: 50 }).catch(() => ({ rows: [] })),
    ])
      .then(([r, o]) => {
        if (!live) return;
        setItems({ customerId, invoices: r.invoices, orders: o.rows });
        // coming from an invoice: its open amount is the likely receipt
        const w = r.invoices.find((i) => i.id === wanted.current);
        if (w && !form.getFieldValue('amount')) {
          form.setFieldsValue({ amount: w.open });
          setAlloc(new Map([[w.id, w.open]]));
        }
        wanted.current = null;
      })
      .catch(showError);
    return () => {
      live = false;
    };
  }, [customerId, form, showError]);
  const current = customerId != null && items?.customerId === customerId;
  const invoices = useMemo(() => (current ? items!.invoices : []), [current, items]);
  const orders = current ? items!.orders : [];
  const loadingItems = customerId != null && !current;

  const applied = useMemo(() => [...alloc.values()].reduce((s, v) => s + v, 0), [alloc]);
  const left = amount - applied;

  const suggest = useCallback(async () => {
    if (!customerId || !amount) return;
    try {
      const r = await call('receipts.suggest', { customer_id: customerId, amount });
      setAlloc(new Map(r.map((x) => [x.invoice_id, x.amount])));
    } catch (e) {
      showError(e);
    }
  }, [amount, customerId, showError]);

  const save = async () => {
    setError(null);
    let v: Record<string, unknown>;
    try {
      v = await form.validateFields();
    } catch {
      return;
    }
    setBusy(true);
    try {
      const r = await call('receipts.create', {
        customer_id: v.customer_id as number,
        receipt_date: iso(v.receipt_date as Dayjs)!,
        method: v.method as (typeof RECEIPT_METHODS)[number],
        amount: (v.amount as number | null) ?? 0,
        bank_account: (v.bank_account as string) || null,
        reference: (v.reference as string) || null,
        bill_no: (v.bill_no as string) || null,
        bill_maturity: iso(v.bill_maturity as Dayjs | null),
        order_id: (v.order_id as number | null) ?? null,
        notes: (v.notes as string) || null,
        allocations: [...alloc.entries()]
          .filter(([, a]) => a > 0)
          .map(([invoice_id, a]) => ({ invoice_id, amount: a })),
      });
      message.success(t('fin.receiptSaved', { no: r.number }));
      navigate(`/receipts/${r.id}`);
    } catch (e) {
      if (e instanceof ApiError) {
        if (!applyFieldErrors(form, e, (p) => p[0] !== 'allocations')) showError(e);
        if (e.body.fields?.some((f) => f.path[0] === 'allocations')) setError(bi(e.body));
      } else showError(e);
    } finally {
      setBusy(false);
    }
  };

  useFormKeys(pageRef, () => void save());
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'F8') {
        e.preventDefault();
        void suggest();
      }
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [suggest]);

  return (
    <div className="page page-scroll" ref={pageRef} data-testid="receipt-page">
      <div className="page-head">
        <Space>
          <Button icon={<ArrowLeftOutlined />} type="text" onClick={() => navigate('/receipts')} />
          <Typography.Title level={4} style={{ margin: 0 }}>
            {t('fin.newReceipt')}
          </Typography.Title>
        </Space>
        <Button type="primary" loading={busy} onClick={() => void save()} data-testid="receipt-save">
          {t('fin.saveReceipt')}
        </Button>
      </div>
      {error ? <Alert type="error" showIcon style={{ marginBottom: 12 }} title={error} /> : null}
      <Card size="small" style={{ marginBottom: 12 }}>
        <Form
          form={form}
          layout="vertical"
          onValuesChange={(c: Record<string, unknown>) => {
            clearErrorsOnChange(form)(c);
            if ('customer_id' in c) {
              setAlloc(new Map());
              form.setFieldsValue({ order_id: null });
            }
          }}
          className="compact-form"
        >
          <Row gutter={12}>
            <Col span={9}>
              <Form.Item name="customer_id" label={fl('customer_id')} rules={[{ required: true }]}>
                <RemoteSelect method="customers.options" autoFocus data-testid="receipt-customer" />
              </Form.Item>
            </Col>
            <Col span={4}>
              <Form.Item name="receipt_date" label={fl('receipt_date')} rules={[{ required: true }]}>
                <DatePicker style={{ width: '100%' }} allowClear={false} />
              </Form.Item>
            </Col>
            <Col span={4}>
              <Form.Item name="method" label={fl('method')} rules={[{ required: true }]}>
                <Select
                  options={RECEIPT_METHODS.map((m) => ({ value: m, label: bi(RECEIPT_METHOD_LABELS[m]) }))}
                  data-testid="receipt-method"
                />
              </Form.Item>
            </Col>
            <Col span={7}>
              <Form.Item name="amount" label={fl('amount')} rules={[{ required: true }]}>
                <MoneyInput data-testid="receipt-amount" />
              </Form.Item>
            </Col>
            <Col span={6}>
              <Form.Item name="bank_account" label={fl('bank_account')}>
                <Input maxLength={60} />
              </Form.Item>
            </Col>
            <Col span={6}>
              <Form.Item name="reference" label={fl('reference')}>
                <Input maxLength={60} data-testid="receipt-reference" />
              </Form.Item>
            </Col>
            {method === 'acceptance_bill' ? (
              <>
                <Col span={6}>
                  <Form.Item name="bill_no" label={fl('bill_no')} rules={[{ required: true }]}>
                    <Input maxLength={40} data-testid="receipt-bill-no" />
                  </Form.Item>
                </Col>
                <Col span={6}>
                  <Form.Item name="bill_maturity" label={fl('bill_maturity')}>
                    <DatePicker style={{ width: '100%' }} />
                  </Form.Item>
                </Col>
              </>
            ) : (
              <Col span={12}>
                <Form.Item name="order_id" label={t('fin.advanceFor')}>
                  <Select
                    allowClear
                    placeholder={fl('order_id')}
                    options={orders.map((o) => ({
                      value: o.id,
                      label: `${o.number ?? o.id} · ${o.order_date} · ${money(o.total)}`,
                    }))}
                  />
                </Form.Item>
              </Col>
            )}
            <Col span={24}>
              <Form.Item name="notes" label={fl('notes')}>
                <Input maxLength={500} />
              </Form.Item>
            </Col>
          </Row>
          {amount > 0 ? (
            <Typography.Text type="secondary">
              {t('sales.capital')}：{toChineseCapital(amount)}
            </Typography.Text>
          ) : null}
        </Form>
      </Card>
      <Card
        size="small"
        title={t('fin.allocate')}
        extra={
          <Space>
            <Button
              size="small"
              icon={<ThunderboltOutlined />}
              disabled={!customerId || !amount || invoices.length === 0}
              onClick={() => void suggest()}
              data-testid="receipt-suggest"
            >
              {t('fin.suggest')}
            </Button>
            <Button size="small" onClick={() => setAlloc(new Map())} disabled={alloc.size === 0}>
              {t('fin.clearAlloc')}
            </Button>
          </Space>
        }
      >
        <OpenInvoicesTable
          items={invoices}
          alloc={alloc}
          onChange={setAlloc}
          loading={loadingItems}
          empty={customerId ? t('fin.noOpenInvoices') : t('fin.pickCustomer')}
        />
        <div className="doc-totals" data-testid="receipt-totals">
          <span>
            {t('fin.applied')} <b>{money(applied)}</b>
          </span>
          <span className="doc-total">
            {left >= 0 ? (
              <span data-testid="receipt-left">{t('fin.leftAsAdvance', { amount: formatFen(left) })}</span>
            ) : (
              <Typography.Text type="danger">
                {t('fin.overApplied', { amount: formatFen(-left) })}
              </Typography.Text>
            )}
          </span>
        </div>
      </Card>
    </div>
  );
}

function OpenInvoicesTable({
  items,
  alloc,
  onChange,
  loading,
  empty,
}: {
  items: OpenItem[];
  alloc: Map<number, number>;
  onChange: (m: Map<number, number>) => void;
  loading: boolean;
  empty: string;
}) {
  const { t } = useTranslation();
  const today = dayjs().format('YYYY-MM-DD');
  return (
    <Table<OpenItem>
      size="small"
      rowKey="id"
      loading={loading}
      pagination={false}
      dataSource={items}
      scroll={{ y: 380 }}
      locale={{ emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={empty} /> }}
      data-testid="receipt-open-invoices"
      columns={[
        { title: t('fin.invoice'), dataIndex: 'number', width: 150 },
        { title: fl('invoice_date'), dataIndex: 'date', width: 110 },
        {
          title: fl('due_date'),
          dataIndex: 'due_date',
          width: 110,
          render: (d: string | null) =>
            d && d < today ? <Typography.Text type="danger">{d}</Typography.Text> : d,
        },
        { title: fl('total'), dataIndex: 'total', align: 'right', render: money },
        { title: t('fin.open'), dataIndex: 'open', align: 'right', render: money },
        {
          title: t('fin.thisApply'),
          width: 180,
          render: (_, r) => (
            <MoneyInput
              size="small"
              max={r.open / 100}
              value={alloc.get(r.id) ?? null}
              onChange={(v) => {
                const m = new Map(alloc);
                if (!v) m.delete(r.id);
                else m.set(r.id, Math.min(v, r.open));
                onChange(m);
              }}
              data-testid={`alloc-${r.number}`}
            />
          ),
        },
      ]}
    />
  );
}

function ReceiptView({ id }: { id: number }) {
  const { t } = useTranslation();
  const { can } = useSession();
  const { message, showError } = useFeedback();
  const [r, setR] = useState<ReceiptDetail | null>(null);
  const [loading, setLoading] = useState(true);

  const reload = useCallback(async () => {
    try {
      setR(await call('receipts.get', { id }));
    } catch (e) {
      showError(e);
    } finally {
      setLoading(false);
    }
  }, [id, showError]);
  useEffect(() => {
    let live = true;
    call('receipts.get', { id })
      .then((d) => live && setR(d))
      .catch(showError)
      .finally(() => live && setLoading(false));
    return () => {
      live = false;
    };
  }, [id, showError]);

  const reverse = () => {
    if (!r) return;
    let reason = '';
    let date = dayjs();
    Modal.confirm({
      title: t('fin.reverseTitle'),
      width: 460,
      content: (
        <Space orientation="vertical" style={{ width: '100%' }}>
          <Input.TextArea
            autoFocus
            rows={2}
            maxLength={200}
            placeholder={t('fin.reverseReason')}
            onChange={(e) => (reason = e.target.value)}
            data-testid="reason-input"
          />
          <DatePicker defaultValue={date} onChange={(d) => (date = d ?? dayjs())} style={{ width: '100%' }} />
        </Space>
      ),
      okButtonProps: { danger: true },
      onOk: async () => {
        if (!reason.trim()) throw new Error(t('sales.reasonRequired'));
        try {
          setR(
            await call('receipts.reverse', {
              id: r.id,
              version: r.version,
              reason: reason.trim(),
              reversal_date: date.format('YYYY-MM-DD'),
            }),
          );
          message.success(t('fin.reversedOk'));
        } catch (e) {
          showError(e);
          throw e;
        }
      },
    });
  };

  return (
    <div className="page page-scroll" data-testid="receipt-page">
      <div className="page-head">
        <Space>
          <Button icon={<ArrowLeftOutlined />} type="text" onClick={() => navigate('/receipts')} />
          <Typography.Title level={4} style={{ margin: 0 }} data-testid="receipt-title">
            {t('fin.receipt')} {r?.number}
          </Typography.Title>
          {r ? <StatusTag status={r.status} /> : null}
        </Space>
        <Space>
          {r && r.status === 'approved' ? (
            <PrintButton
              type="receipt"
              docKey={String(r.id)}
              label={t('docs.print.receipt')}
              testId="receipt-print"
            />
          ) : null}
          {r && r.status === 'approved' && r.unapplied > 0 && can('receipts.write') ? (
            <Button type="primary" onClick={() => navigate(`/matching?customer=${r.customer_id}`)}>
              {t('fin.matching')}
            </Button>
          ) : null}
          {r && r.status === 'approved' && can('receipts.write') ? (
            <Button danger onClick={reverse} data-testid="receipt-reverse">
              {t('fin.reverse')}
            </Button>
          ) : null}
        </Space>
      </div>
      <Spin spinning={loading}>
        {r?.status === 'reversed' ? (
          <Alert
            type="error"
            showIcon
            style={{ marginBottom: 12 }}
            title={`${t('fin.reversal')} ${r.reversal_date ?? ''}：${r.reversal_reason ?? ''}`}
          />
        ) : null}
        {r ? (
          <Row gutter={16}>
            <Col span={16}>
              <Card size="small" title={t('fin.allocations')}>
                <AllocationsTable rows={r.allocations} side="receipt" onChanged={() => void reload()} />
              </Card>
            </Col>
            <Col span={8}>
              <Card size="small">
                <Descriptions
                  size="small"
                  column={1}
                  items={[
                    { key: 'c', label: fl('customer_id'), children: r.customer_name },
                    { key: 'd', label: fl('receipt_date'), children: r.receipt_date },
                    { key: 'm', label: fl('method'), children: bi(RECEIPT_METHOD_LABELS[r.method]) },
                    {
                      key: 'a',
                      label: t('fin.receiptAmount'),
                      children: <b data-testid="receipt-amount-view">{money(r.amount)}</b>,
                    },
                    { key: 'ap', label: t('fin.applied'), children: money(r.applied_total) },
                    {
                      key: 'un',
                      label: t('fin.unappliedAmt'),
                      children: <span data-testid="receipt-unapplied">{money(r.unapplied)}</span>,
                    },
                    ...(r.bank_account
                      ? [{ key: 'b', label: fl('bank_account'), children: r.bank_account }]
                      : []),
                    ...(r.reference ? [{ key: 'r', label: fl('reference'), children: r.reference }] : []),
                    ...(r.bill_no
                      ? [
                          {
                            key: 'bn',
                            label: fl('bill_no'),
                            children: `${r.bill_no} ${r.bill_maturity ?? ''}`,
                          },
                        ]
                      : []),
                    ...(r.order_number
                      ? [{ key: 'o', label: t('fin.advanceFor'), children: r.order_number }]
                      : []),
                    ...(r.notes ? [{ key: 'n', label: fl('notes'), children: r.notes }] : []),
                  ]}
                />
                {r.approved_by ? (
                  <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                    {t('fin.approvedBy', {
                      name: r.approved_by.name,
                      at: r.approved_at?.slice(0, 16).replace('T', ' ') ?? '',
                    })}
                  </Typography.Text>
                ) : null}
              </Card>
            </Col>
          </Row>
        ) : null}
      </Spin>
    </div>
  );
}
