import {
  Alert,
  Button,
  Card,
  Col,
  DatePicker,
  Form,
  Input,
  Modal,
  Row,
  Select,
  Space,
  Spin,
  Table,
  Tag,
  Typography,
} from 'antd';
import { ArrowLeftOutlined, CopyOutlined } from '@ant-design/icons';
import dayjs, { type Dayjs } from 'dayjs';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError, call } from '../../api';
import { bi, fl } from '../../i18n';
import { useSession } from '../../session';
import { navigate } from '../../router';
import { useFeedback } from '../../components/feedback';
import { applyFieldErrors, clearErrorsOnChange } from '../../components/formErrors';
import { RemoteSelect } from '../../components/RemoteSelect';
import { StatusTag } from '../../components/StatusTag';
import { formatFen, toChineseCapital } from '../../../../shared/money';
import { ORDER_MACHINE, STATUS_LABELS, can as canDo } from '../../../../shared/status';
import type { OrderDetail } from '../../../../shared/contract/sales';
import type { ContactRow } from '../../../../shared/contract/customers';
import { CreditPanel } from './CreditPanel';
import { PrintButton } from '../../components/PrintButton';
import { LineEditor, documentTotals, newLine, priceLines, type EditLine } from './LineEditor';

const d = (v: string | null | undefined) => (v ? dayjs(v) : null);
const iso = (v: Dayjs | null | undefined) => (v ? v.format('YYYY-MM-DD') : null);

export function linesFromDetail(detail: { lines: OrderDetail['lines'] }): EditLine[] {
  return detail.lines.map((l) => ({
    key: `l${l.id}`,
    product_id: l.product_id,
    product_label: `${l.product_code} ${l.name}`,
    spec: l.spec,
    unit: l.unit,
    qty: l.qty,
    unit_price: l.unit_price,
    discount_bp: l.discount_bp,
    tax_rate: l.tax_rate,
    floor_price: l.floor_price,
    list_price: null,
    last_price: null,
    last_date: null,
    available: null,
    delivered_qty: l.delivered_qty,
    invoiced_qty: l.invoiced_qty,
    reserved_qty: l.reserved_qty,
  }));
}

/** Asks for a reason (void, close, reject …) and resolves with it, or null when cancelled. */
export function useReasonPrompt() {
  const { modal } = useFeedback();
  const { t } = useTranslation();
  return useCallback(
    (title: string) =>
      new Promise<string | null>((resolve) => {
        let reason = '';
        modal.confirm({
          title,
          content: (
            <Input.TextArea
              autoFocus
              rows={2}
              maxLength={200}
              placeholder={t('common.reason')}
              onChange={(e) => (reason = e.target.value)}
              data-testid="reason-input"
            />
          ),
          onOk: () => {
            if (!reason.trim()) return Promise.reject(new Error(t('sales.reasonRequired')));
            resolve(reason.trim());
            return undefined;
          },
          onCancel: () => resolve(null),
        });
      }),
    [modal, t],
  );
}

export function OrderPage({ id }: { id: number | null }) {
  const { t } = useTranslation();
  const { can, me } = useSession();
  const { message, showError } = useFeedback();
  const askReason = useReasonPrompt();
  const [form] = Form.useForm();
  const [detail, setDetail] = useState<OrderDetail | null>(null);
  const [lines, setLines] = useState<EditLine[]>([newLine()]);
  const [loading, setLoading] = useState(id != null);
  const [busy, setBusy] = useState<string | null>(null);
  const [contacts, setContacts] = useState<ContactRow[]>([]);
  const [error, setError] = useState<string | null>(null);
  const customerId = Form.useWatch('customer_id', form) as number | undefined;
  const warehouseId = Form.useWatch('warehouse_id', form) as number | undefined;
  const pageRef = useRef<HTMLDivElement>(null);

  const status = detail?.status ?? 'draft';
  const editable = status === 'draft' && can('orders.write');
  const totals = useMemo(() => documentTotals(lines), [lines]);

  const fill = useCallback(
    (o: OrderDetail) => {
      setDetail(o);
      form.setFieldsValue({
        ...o,
        order_date: d(o.order_date),
        delivery_date: d(o.delivery_date),
      });
      setLines(linesFromDetail(o));
    },
    [form],
  );

  // load
  useEffect(() => {
    if (id == null) {
      form.setFieldsValue({ order_date: dayjs(), delivery_date: dayjs().add(3, 'day') });
      call('warehouses.options', { limit: 1 })
        .then(
          (w) =>
            w[0] && !form.getFieldValue('warehouse_id') && form.setFieldsValue({ warehouse_id: w[0].id }),
        )
        .catch(() => undefined);
      return;
    }
    let live = true;
    call('orders.get', { id })
      .then((o) => live && fill(o))
      .catch(showError)
      .finally(() => live && setLoading(false));
    return () => {
      live = false;
    };
  }, [id, fill, form, showError]);

  // the customer's contacts for the contact picker
  useEffect(() => {
    if (!customerId) return;
    let live = true;
    call('customers.get', { id: customerId })
      .then((c) => {
        if (!live) return;
        setContacts(c.contacts.filter((x) => x.active));
        if (editable && !form.getFieldValue('delivery_address'))
          form.setFieldsValue({ delivery_address: c.address });
        if (editable && !form.getFieldValue('contact_id')) {
          const primary = c.contacts.find((x) => x.is_primary && x.active);
          if (primary)
            form.setFieldsValue({
              contact_id: primary.id,
              receiver: form.getFieldValue('receiver') || primary.name,
              receiver_phone: form.getFieldValue('receiver_phone') || primary.mobile,
            });
        }
      })
      .catch(() => undefined);
    return () => {
      live = false;
    };
  }, [customerId, editable, form]);

  const onCustomerChange = async (cid: number | null) => {
    form.setFieldsValue({ contact_id: null, delivery_address: null, receiver: null, receiver_phone: null });
    if (!cid) return;
    // new customer: prices follow that customer's history (一客一价)
    const ids = lines.filter((l) => l.product_id).map((l) => l.product_id!);
    const reset = lines.map((l) => ({ ...l, unit_price: null, last_price: null }));
    setLines(await priceLines(cid, warehouseId ?? null, reset, ids));
  };

  const buildInput = async () => {
    const v = await form.validateFields();
    const real = lines.filter((l) => l.product_id);
    if (real.length === 0) throw new Error(t('sales.noLines'));
    return {
      customer_id: v.customer_id as number,
      contact_id: (v.contact_id as number | null) ?? null,
      salesperson_id: (v.salesperson_id as number | undefined) ?? undefined,
      order_date: iso(v.order_date)!,
      delivery_date: iso(v.delivery_date),
      warehouse_id: v.warehouse_id as number,
      delivery_address: (v.delivery_address as string) ?? null,
      receiver: (v.receiver as string) ?? null,
      receiver_phone: (v.receiver_phone as string) ?? null,
      customer_po: (v.customer_po as string) ?? null,
      notes: (v.notes as string) ?? null,
      lines: real.map((l) => ({
        product_id: l.product_id!,
        qty: l.qty ?? 0,
        unit_price: l.unit_price ?? 0,
        discount_bp: l.discount_bp,
        tax_rate: l.tax_rate,
      })),
    };
  };

  const handle = (e: unknown) => {
    if (e instanceof ApiError) {
      if (!applyFieldErrors(form, e, (p) => p[0] !== 'lines')) showError(e);
      setError(
        e.code === 'VALIDATION' && e.body.fields?.some((f) => f.path[0] === 'lines') ? bi(e.body) : null,
      );
    } else if (e instanceof Error && !('errorFields' in e)) {
      message.error(e.message);
    }
  };

  const save = async (): Promise<OrderDetail | null> => {
    setBusy('save');
    setError(null);
    try {
      const input = await buildInput();
      const o = detail
        ? await call('orders.update', { ...input, id: detail.id, version: detail.version })
        : await call('orders.create', input);
      fill(o);
      message.success(t('common.saved'));
      if (!detail) navigate(`/orders/${o.id}`);
      return o;
    } catch (e) {
      handle(e);
      return null;
    } finally {
      setBusy(null);
    }
  };

  const submit = async () => {
    const saved = editable ? await save() : detail;
    if (!saved) return;
    setBusy('submit');
    try {
      const r = await call('orders.submit', { id: saved.id, version: saved.version });
      fill(r.order);
      if (r.order.status === 'approved') message.success(t('sales.approved', { no: r.order.number }));
      else if (r.order.status === 'hold') message.warning(t('sales.held'));
      else if (r.order.status === 'submitted') message.info(t('sales.submitted'));
    } catch (e) {
      handle(e);
    } finally {
      setBusy(null);
    }
  };

  const act = async (name: string, fn: () => Promise<{ order: OrderDetail }>) => {
    setBusy(name);
    try {
      const r = await fn();
      fill(r.order);
      message.success(bi(STATUS_LABELS[r.order.status] ?? { zh: r.order.status, en: r.order.status }));
    } catch (e) {
      handle(e);
    } finally {
      setBusy(null);
    }
  };

  // Ctrl+S saves a draft, Ctrl+Enter submits it
  const keysRef = useRef({ save, submit });
  useEffect(() => {
    keysRef.current = { save, submit };
  });
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (!pageRef.current?.contains(e.target as Node)) return;
      if ((e.ctrlKey || e.metaKey) && e.key.toLowerCase() === 's') {
        e.preventDefault();
        if (editable) void keysRef.current.save();
      } else if ((e.ctrlKey || e.metaKey) && e.key === 'Enter') {
        e.preventDefault();
        if (editable) void keysRef.current.submit();
      }
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [editable]);

  const title = detail ? (detail.number ?? t('sales.draftNo', { id: detail.id })) : t('sales.newOrder');
  const v = detail?.version ?? 0;

  return (
    <div className="page page-scroll" ref={pageRef} data-testid="order-page">
      <div className="page-head">
        <Space>
          <Button icon={<ArrowLeftOutlined />} type="text" onClick={() => navigate('/orders')} />
          <Typography.Title level={4} style={{ margin: 0 }} data-testid="order-title">
            {t('sales.order')} {title}
          </Typography.Title>
          <StatusTag status={status} />
          {detail?.credit_status === 'warn' ? <Tag color="orange">{t('credit.outcome.warn')}</Tag> : null}
          {detail?.credit_status === 'released' ? <Tag color="purple">{t('sales.release')}</Tag> : null}
          {detail?.late ? <Tag color="red">{t('sales.lateTag')}</Tag> : null}
        </Space>
        <Space wrap>
          {editable ? (
            <>
              <Button onClick={() => void save()} loading={busy === 'save'} data-testid="order-save">
                {t('sales.save')}
              </Button>
              <Button
                type="primary"
                onClick={() => void submit()}
                loading={busy === 'submit'}
                data-testid="order-submit"
              >
                {t('sales.submit')}
              </Button>
            </>
          ) : null}
          {detail && status === 'submitted' && can('sales.approve') ? (
            <>
              <Button
                type="primary"
                loading={busy === 'approve'}
                onClick={() =>
                  void act('approve', () => call('orders.approve', { id: detail.id, version: v }))
                }
              >
                {t('sales.approve')}
              </Button>
              <Button
                onClick={async () => {
                  const r = await askReason(t('sales.reject'));
                  if (r)
                    void act('reject', () => call('orders.reject', { id: detail.id, version: v, reason: r }));
                }}
              >
                {t('sales.reject')}
              </Button>
            </>
          ) : null}
          {detail && status === 'hold' && can('credit.release') ? (
            <Button type="primary" onClick={() => navigate(`/credit/holds?order=${detail.id}`)}>
              {t('sales.release')}
            </Button>
          ) : null}
          {detail && status !== 'void' ? (
            <PrintButton
              type="contract"
              docKey={String(detail.id)}
              label={t('docs.print.contract')}
              disabled={!detail.number}
              hint={t('docs.print.needsNumber')}
              testId="order-print"
            />
          ) : null}
          {detail && can('orders.write') ? (
            <Button
              icon={<CopyOutlined />}
              onClick={() =>
                call('orders.copy', { id: detail.id })
                  .then((o) => navigate(`/orders/${o.id}`))
                  .catch(showError)
              }
              data-testid="order-copy"
            >
              {t('sales.copy')}
            </Button>
          ) : null}
          {detail && canDo(ORDER_MACHINE, status, 'close') && can('orders.manage') ? (
            <Button
              onClick={async () => {
                const r = await askReason(t('sales.close'));
                if (r)
                  void act('close', () => call('orders.close', { id: detail.id, version: v, reason: r }));
              }}
            >
              {t('sales.close')}
            </Button>
          ) : null}
          {detail &&
          status !== 'draft' &&
          canDo(ORDER_MACHINE, status, 'void') &&
          detail.delivered_total === 0 &&
          can('orders.write') ? (
            <Button
              danger
              onClick={async () => {
                const r = await askReason(t('sales.void'));
                if (r) void act('void', () => call('orders.void', { id: detail.id, version: v, reason: r }));
              }}
            >
              {t('sales.void')}
            </Button>
          ) : null}
          {detail && status === 'draft' && can('orders.write') ? (
            <Button
              danger
              onClick={() =>
                Modal.confirm({
                  title: t('sales.delete'),
                  onOk: () =>
                    call('orders.delete', { id: detail.id, version: v })
                      .then(() => {
                        message.success(t('sales.deleted'));
                        navigate('/orders');
                      })
                      .catch(showError),
                })
              }
            >
              {t('sales.delete')}
            </Button>
          ) : null}
        </Space>
      </div>
      <Spin spinning={loading}>
        {detail?.approval_reason && (status === 'submitted' || status === 'draft') ? (
          <Alert
            type="warning"
            showIcon
            style={{ marginBottom: 12 }}
            title={t('sales.needsApproval', { r: detail.approval_reason })}
          />
        ) : null}
        {detail?.reject_reason ? (
          <Alert
            type="error"
            showIcon
            style={{ marginBottom: 12 }}
            title={`${t('sales.reject')}：${detail.reject_reason}`}
          />
        ) : null}
        {status === 'hold' && detail?.credit_reason ? (
          <Alert
            type="error"
            showIcon
            style={{ marginBottom: 12 }}
            title={t('sales.creditReason', { r: detail.credit_reason })}
            data-testid="hold-alert"
          />
        ) : null}
        {error ? <Alert type="error" showIcon style={{ marginBottom: 12 }} title={error} /> : null}
        <Row gutter={16} wrap={false}>
          <Col flex="auto" style={{ minWidth: 0 }}>
            <Card size="small" title={t('sales.header')} style={{ marginBottom: 12 }}>
              <Form
                form={form}
                layout="vertical"
                disabled={!editable}
                onValuesChange={clearErrorsOnChange(form)}
                className="compact-form"
              >
                <Row gutter={12}>
                  <Col span={10}>
                    <Form.Item name="customer_id" label={fl('customer_id')} rules={[{ required: true }]}>
                      <RemoteSelect
                        method="customers.options"
                        autoFocus={id == null}
                        onChange={(v) => void onCustomerChange((v as number) ?? null)}
                        data-testid="order-customer"
                      />
                    </Form.Item>
                  </Col>
                  <Col span={5}>
                    <Form.Item name="contact_id" label={fl('contact_id')}>
                      <Select
                        allowClear
                        options={contacts.map((c) => ({
                          value: c.id,
                          label: c.title ? `${c.name}（${c.title}）` : c.name,
                        }))}
                      />
                    </Form.Item>
                  </Col>
                  <Col span={4}>
                    <Form.Item name="salesperson_id" label={fl('salesperson_id')}>
                      <RemoteSelect method="users.options" placeholder={me?.name} />
                    </Form.Item>
                  </Col>
                  <Col span={5}>
                    <Form.Item name="warehouse_id" label={fl('warehouse_id')} rules={[{ required: true }]}>
                      <RemoteSelect method="warehouses.options" allowClear={false} />
                    </Form.Item>
                  </Col>
                  <Col span={5}>
                    <Form.Item name="order_date" label={fl('order_date')} rules={[{ required: true }]}>
                      <DatePicker style={{ width: '100%' }} allowClear={false} />
                    </Form.Item>
                  </Col>
                  <Col span={5}>
                    <Form.Item name="delivery_date" label={fl('delivery_date')}>
                      <DatePicker style={{ width: '100%' }} />
                    </Form.Item>
                  </Col>
                  <Col span={14}>
                    <Form.Item name="delivery_address" label={fl('delivery_address')}>
                      <Input maxLength={200} />
                    </Form.Item>
                  </Col>
                  <Col span={5}>
                    <Form.Item name="receiver" label={fl('receiver')}>
                      <Input maxLength={50} />
                    </Form.Item>
                  </Col>
                  <Col span={5}>
                    <Form.Item name="receiver_phone" label={fl('receiver_phone')}>
                      <Input maxLength={30} />
                    </Form.Item>
                  </Col>
                  <Col span={5}>
                    <Form.Item name="customer_po" label={fl('customer_po')}>
                      <Input maxLength={50} />
                    </Form.Item>
                  </Col>
                  <Col span={9}>
                    <Form.Item name="notes" label={fl('notes')}>
                      <Input maxLength={1000} />
                    </Form.Item>
                  </Col>
                </Row>
              </Form>
            </Card>
            <Card size="small" title={t('sales.lines')}>
              <LineEditor
                lines={lines}
                onChange={setLines}
                customerId={customerId ?? null}
                warehouseId={warehouseId ?? null}
                readOnly={!editable}
                showFulfilment={status !== 'draft'}
              />
              <div className="doc-totals" data-testid="order-totals">
                <span>
                  {t('sales.amount')} <b>¥{formatFen(totals.amount)}</b>
                </span>
                <span>
                  {t('sales.tax')} <b>¥{formatFen(totals.tax)}</b>
                </span>
                <span className="doc-total">
                  {t('sales.total')} <b data-testid="order-total">¥{formatFen(totals.total)}</b>
                </span>
                <span className="doc-capital">
                  {t('sales.capital')}：{toChineseCapital(totals.total)}
                </span>
              </div>
            </Card>
            {detail && detail.trail.length > 1 ? (
              <Card size="small" title={t('sales.trail')} style={{ marginTop: 12 }}>
                <Table
                  size="small"
                  rowKey={(r) => `${r.kind}-${r.id}`}
                  pagination={false}
                  dataSource={detail.trail}
                  columns={[
                    {
                      title: fl('kind'),
                      dataIndex: 'kind',
                      render: (k: string) =>
                        ({
                          quotation: '报价单',
                          order: '订单',
                          shipment: '发货单',
                          invoice: '发票',
                          receipt: '收款单',
                          return: '退货',
                          credit_note: '红字',
                        })[k] ?? k,
                    },
                    {
                      title: fl('code'),
                      dataIndex: 'number',
                      render: (n: string | null, r) => n ?? `#${r.id}`,
                    },
                    {
                      title: t('common.status'),
                      dataIndex: 'status',
                      render: (s: string) => <StatusTag status={s} />,
                    },
                    { title: fl('doc_date'), dataIndex: 'date' },
                    {
                      title: t('sales.total'),
                      dataIndex: 'total',
                      align: 'right',
                      render: (v: number) => `¥${formatFen(v)}`,
                    },
                  ]}
                  onRow={(r) => ({
                    onDoubleClick: () => {
                      if (r.kind === 'quotation') navigate(`/quotations/${r.id}`);
                      if (r.kind === 'shipment') navigate(`/shipping?shipment=${r.id}`);
                    },
                  })}
                />
              </Card>
            ) : null}
          </Col>
          <Col flex="300px">
            <CreditPanel
              customerId={customerId ?? null}
              amount={status === 'draft' || status === 'submitted' || status === 'hold' ? totals.total : 0}
              preview={status === 'draft' || status === 'submitted' || status === 'hold'}
            />
            {detail ? (
              <Card size="small" style={{ marginTop: 12 }}>
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                  {detail.approved_by
                    ? `${t('sales.approve')}：${detail.approved_by.name} ${detail.approved_at?.slice(0, 16).replace('T', ' ') ?? ''}`
                    : null}
                  {detail.released_by ? (
                    <div>
                      {t('sales.release')}：{detail.released_by.name}，{detail.release_reason}
                    </div>
                  ) : null}
                  {detail.close_reason ? (
                    <div>
                      {t('sales.close')}：{detail.close_reason}
                    </div>
                  ) : null}
                  {detail.void_reason ? (
                    <div>
                      {t('sales.void')}：{detail.void_reason}
                    </div>
                  ) : null}
                </Typography.Text>
              </Card>
            ) : null}
          </Col>
        </Row>
      </Spin>
    </div>
  );
}
