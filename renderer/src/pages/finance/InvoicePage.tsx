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
  InputNumber,
  Modal,
  Row,
  Space,
  Spin,
  Table,
  Tag,
  Typography,
} from 'antd';
import { ArrowLeftOutlined } from '@ant-design/icons';
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
import { StatusTag } from '../../components/StatusTag';
import { useReasonPrompt } from '../sales/OrderPage';
import { formatFen, toChineseCapital } from '../../../../shared/money';
import { QTY_SCALE, formatQty, partialFigures, sumFigures } from '../../../../shared/pricing';
import {
  CREDIT_KIND_LABELS,
  type FinanceSettings,
  type InvoiceDetail,
  type InvoiceLine,
  type UninvoicedLine,
} from '../../../../shared/contract/finance';
import { AllocationsTable } from './AllocationsTable';
import { CreditNoteModal } from './CreditNoteModal';
import { InvoiceStatusTag, invoiceTitle } from './InvoicesPage';
import { PrintButton } from '../../components/PrintButton';

const iso = (v: Dayjs | null | undefined) => (v ? v.format('YYYY-MM-DD') : null);
const money = (v: number) => `¥${formatFen(v)}`;

/** The figures of invoicing `qty` of what is left on a shipment line (the same rule the server applies). */
function previewLine(l: UninvoicedLine, qty: number) {
  return partialFigures(
    {
      qty: l.remaining_qty,
      total: l.remaining_total,
      unit_price: l.unit_price,
      discount_bp: l.discount_bp,
      tax_rate: l.tax_rate,
    },
    0,
    0,
    qty,
  );
}

export function InvoicePage({ id }: { id: number | null }) {
  const { t } = useTranslation();
  const { can } = useSession();
  const { message, showError } = useFeedback();
  const askReason = useReasonPrompt();
  const [form] = Form.useForm();
  const pageRef = useRef<HTMLDivElement>(null);
  const [detail, setDetail] = useState<InvoiceDetail | null>(null);
  const [settings, setSettings] = useState<FinanceSettings | null>(null);
  const [uninvoiced, setUninvoiced] = useState<{ customerId: number; lines: UninvoicedLine[] } | null>(null);
  /** shipment line id → quantity (thousandths) to invoice */
  const [picked, setPicked] = useState<Map<number, number>>(new Map());
  const [loading, setLoading] = useState(id != null);
  const [busy, setBusy] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [creditOpen, setCreditOpen] = useState(false);
  const customerId = Form.useWatch('customer_id', form) as number | undefined;

  const status = detail?.status ?? 'draft';
  const isCredit = detail?.kind === 'credit_note';
  const editable = !isCredit && status === 'draft' && can('invoices.write');

  const fill = useCallback(
    (inv: InvoiceDetail) => {
      setDetail(inv);
      form.setFieldsValue({
        customer_id: inv.customer_id,
        invoice_date: dayjs(inv.invoice_date),
        vat_invoice_no: inv.vat_invoice_no,
        vat_invoice_date: inv.vat_invoice_date ? dayjs(inv.vat_invoice_date) : null,
        notes: inv.notes,
      });
      setPicked(
        new Map(inv.lines.filter((l) => l.shipment_line_id != null).map((l) => [l.shipment_line_id!, l.qty])),
      );
    },
    [form],
  );

  const reload = useCallback(async () => {
    if (id == null) return;
    try {
      fill(await call('invoices.get', { id }));
    } catch (e) {
      showError(e);
    } finally {
      setLoading(false);
    }
  }, [fill, id, showError]);

  useEffect(() => {
    call('finance.settings', {})
      .then(setSettings)
      .catch(() => undefined);
    if (id == null) {
      const c = /[?&]customer=(\d+)/.exec(window.location.hash)?.[1];
      form.setFieldsValue({ invoice_date: dayjs(), customer_id: c ? Number(c) : undefined });
      return;
    }
    let live = true;
    call('invoices.get', { id })
      .then((d) => live && fill(d))
      .catch(showError)
      .finally(() => live && setLoading(false));
    return () => {
      live = false;
    };
  }, [id, fill, form, showError]);

  // What can be invoiced: the customer's delivered-not-invoiced lines.
  useEffect(() => {
    if (!editable || !customerId) return;
    let live = true;
    call('invoices.uninvoiced', { customer_id: customerId })
      .then((lines) => live && setUninvoiced({ customerId, lines }))
      .catch(showError);
    return () => {
      live = false;
    };
  }, [customerId, editable, showError]);
  const current = editable && customerId != null && uninvoiced?.customerId === customerId;
  const available = useMemo(() => (current ? uninvoiced!.lines : []), [current, uninvoiced]);
  const loadingLines = editable && customerId != null && !current;

  const previewTotals = useMemo(() => {
    const figures = available
      .filter((l) => picked.has(l.shipment_line_id))
      .map((l) => previewLine(l, picked.get(l.shipment_line_id)!));
    return sumFigures(figures);
  }, [available, picked]);

  const totals = editable
    ? previewTotals
    : { amount: detail?.amount ?? 0, tax: detail?.tax ?? 0, total: detail?.total ?? 0 };

  const handle = (e: unknown) => {
    if (e instanceof ApiError) {
      if (!applyFieldErrors(form, e, (p) => p[0] !== 'lines')) showError(e);
      setError(e.body.fields?.some((f) => f.path[0] === 'lines') ? bi(e.body) : null);
    } else if (e instanceof Error && !('errorFields' in e)) {
      message.error(e.message);
    }
  };

  const save = async (silent = false): Promise<InvoiceDetail | null> => {
    setBusy('save');
    setError(null);
    try {
      const v = await form.validateFields();
      const lines = available
        .filter((l) => picked.has(l.shipment_line_id))
        .map((l) => ({ shipment_line_id: l.shipment_line_id, qty: picked.get(l.shipment_line_id)! }));
      if (lines.length === 0) throw new Error(t('fin.uninvoicedHint'));
      const input = {
        customer_id: v.customer_id as number,
        invoice_date: iso(v.invoice_date as Dayjs)!,
        vat_invoice_no: (v.vat_invoice_no as string) || null,
        vat_invoice_date: iso(v.vat_invoice_date as Dayjs | null),
        notes: (v.notes as string) || null,
        lines,
      };
      const inv = detail
        ? await call('invoices.update', { ...input, id: detail.id, version: detail.version })
        : await call('invoices.create', input);
      fill(inv);
      if (!detail) window.history.replaceState(null, '', `#/invoices/${inv.id}`);
      if (!silent) message.success(t('common.saved'));
      return inv;
    } catch (e) {
      handle(e);
      return null;
    } finally {
      setBusy(null);
    }
  };

  const act = async (name: string, fn: () => Promise<InvoiceDetail>, ok?: (d: InvoiceDetail) => string) => {
    setBusy(name);
    setError(null);
    try {
      const d = await fn();
      fill(d);
      message.success(ok ? ok(d) : t('common.saved'));
    } catch (e) {
      handle(e);
    } finally {
      setBusy(null);
    }
  };

  /** Saves the draft when it changed, then runs the step on the saved version. */
  const saveThen = async (
    name: string,
    step: (d: InvoiceDetail) => Promise<InvoiceDetail>,
    ok: (d: InvoiceDetail) => string,
  ) => {
    const d = editable ? await save(true) : detail;
    if (!d) return;
    await act(name, () => step(d), ok);
  };

  const issue = () =>
    saveThen(
      'issue',
      (d) => call('invoices.issue', { id: d.id, version: d.version }),
      (d) => t('fin.issued', { no: d.number }),
    );
  const submit = () =>
    saveThen(
      'submit',
      (d) => call('invoices.submit', { id: d.id, version: d.version }),
      () => t('fin.submitted'),
    );

  useFormKeys(pageRef, editable ? () => void save() : undefined);

  const workflow = settings?.invoice_workflow ?? false;
  const v = detail?.version ?? 0;
  const title = detail ? invoiceTitle(t, detail) : t('fin.newInvoice');

  const setVat = () => {
    if (!detail) return;
    let no = detail.vat_invoice_no ?? '';
    let date = dayjs();
    Modal.confirm({
      title: t('fin.setVat'),
      content: (
        <Space orientation="vertical" style={{ width: '100%' }}>
          <Input
            autoFocus
            defaultValue={no}
            maxLength={40}
            placeholder={fl('vat_invoice_no')}
            onChange={(e) => (no = e.target.value)}
            data-testid="vat-no"
          />
          <DatePicker defaultValue={date} onChange={(d) => (date = d ?? dayjs())} style={{ width: '100%' }} />
        </Space>
      ),
      onOk: () =>
        call('invoices.setVat', {
          id: detail.id,
          vat_invoice_no: no.trim(),
          vat_invoice_date: date.format('YYYY-MM-DD'),
        })
          .then((d) => {
            fill(d);
            message.success(t('fin.vatSaved'));
          })
          .catch((e: unknown) => {
            showError(e);
            throw e;
          }),
    });
  };

  return (
    <div className="page page-scroll" ref={pageRef} data-testid="invoice-page">
      <div className="page-head">
        <Space>
          <Button icon={<ArrowLeftOutlined />} type="text" onClick={() => navigate('/invoices')} />
          <Typography.Title level={4} style={{ margin: 0 }} data-testid="invoice-title">
            {isCredit ? t('fin.creditNote') : t('fin.invoice')} {title}
          </Typography.Title>
          {isCredit ? <StatusTag status={status} /> : <InvoiceStatusTag status={status} />}
          {isCredit && detail?.credit_kind ? (
            <Tag color="red" bordered={false}>
              {bi(CREDIT_KIND_LABELS[detail.credit_kind as keyof typeof CREDIT_KIND_LABELS])}
            </Tag>
          ) : null}
          {detail?.opening ? (
            <Tag color="gold" bordered={false} data-testid="invoice-opening">
              {t('fin.opening')}
            </Tag>
          ) : null}
          {detail && detail.days_overdue > 0 ? (
            <Tag color="red">{t('fin.overdueDays', { n: detail.days_overdue })}</Tag>
          ) : null}
        </Space>
        <Space wrap>
          {editable ? (
            <>
              <Button onClick={() => void save()} loading={busy === 'save'} data-testid="invoice-save">
                {t('fin.save')}
              </Button>
              {workflow ? (
                <Button
                  type="primary"
                  onClick={() => void submit()}
                  loading={busy === 'submit'}
                  data-testid="invoice-submit"
                >
                  {t('fin.submit')}
                </Button>
              ) : can('invoices.issue') ? (
                <Button
                  type="primary"
                  onClick={() => void issue()}
                  loading={busy === 'issue'}
                  data-testid="invoice-issue"
                >
                  {t('fin.issue')}
                </Button>
              ) : null}
            </>
          ) : null}
          {detail && !isCredit && status === 'submitted' && can('sales.approve') ? (
            <>
              <Button
                type="primary"
                loading={busy === 'check'}
                onClick={() =>
                  void act(
                    'check',
                    () => call('invoices.check', { id: detail.id, version: v }),
                    () => t('fin.checked'),
                  )
                }
                data-testid="invoice-check"
              >
                {t('fin.check')}
              </Button>
              <Button
                onClick={async () => {
                  const r = await askReason(t('fin.reject'));
                  if (r)
                    void act(
                      'reject',
                      () => call('invoices.reject', { id: detail.id, version: v, reason: r }),
                      () => t('fin.rejected'),
                    );
                }}
              >
                {t('fin.reject')}
              </Button>
            </>
          ) : null}
          {detail && !isCredit && status === 'checked' && can('invoices.issue') ? (
            <Button
              type="primary"
              loading={busy === 'issue'}
              onClick={() => void issue()}
              data-testid="invoice-issue"
            >
              {t('fin.issue')}
            </Button>
          ) : null}
          {detail && isCredit && status === 'draft' && can('credit_notes.approve') ? (
            <Button
              type="primary"
              loading={busy === 'approve'}
              onClick={() =>
                void act(
                  'approve',
                  () => call('creditNotes.approve', { id: detail.id, version: v }),
                  (d) => t('fin.creditApproved', { no: d.number }),
                )
              }
              data-testid="credit-approve"
            >
              {t('fin.approveCredit')}
            </Button>
          ) : null}
          {detail && status !== 'void' ? (
            <PrintButton
              type="invoice"
              docKey={String(detail.id)}
              disabled={status !== 'approved'}
              hint={t('docs.print.needsNumber')}
              testId="invoice-print"
            />
          ) : null}
          {detail && !isCredit && status === 'approved' && can('invoices.issue') ? (
            <Button onClick={setVat} data-testid="invoice-vat">
              {t('fin.setVat')}
            </Button>
          ) : null}
          {detail && !isCredit && status === 'approved' && detail.open_amount > 0 && can('invoices.write') ? (
            <Button onClick={() => setCreditOpen(true)}>{t('fin.newCreditNote')}</Button>
          ) : null}
          {detail && !isCredit && status === 'approved' && detail.open_amount > 0 && can('receipts.write') ? (
            <Button
              onClick={() => navigate(`/receipts/new?customer=${detail.customer_id}&invoice=${detail.id}`)}
            >
              {t('fin.newReceipt')}
            </Button>
          ) : null}
          {detail && status === 'draft' && can('invoices.write') ? (
            <Button
              danger
              onClick={() =>
                Modal.confirm({
                  title: t('fin.delete'),
                  onOk: () =>
                    call('invoices.delete', { id: detail.id, version: v })
                      .then(() => {
                        message.success(t('fin.deleted'));
                        navigate('/invoices');
                      })
                      .catch(showError),
                })
              }
            >
              {t('fin.delete')}
            </Button>
          ) : null}
        </Space>
      </div>
      <Spin spinning={loading}>
        {detail?.reason && !isCredit ? (
          <Alert
            type="error"
            showIcon
            style={{ marginBottom: 12 }}
            title={`${t('fin.reject')}：${detail.reason}`}
          />
        ) : null}
        {error ? <Alert type="error" showIcon style={{ marginBottom: 12 }} title={error} /> : null}
        <Row gutter={16} wrap={false}>
          <Col flex="auto" style={{ minWidth: 0 }}>
            <Card size="small" style={{ marginBottom: 12 }}>
              <Form
                form={form}
                layout="vertical"
                disabled={!editable}
                onValuesChange={(c: Record<string, unknown>) => {
                  clearErrorsOnChange(form)(c);
                  if ('customer_id' in c) setPicked(new Map());
                }}
                className="compact-form"
              >
                <Row gutter={12}>
                  <Col span={10}>
                    <Form.Item name="customer_id" label={fl('customer_id')} rules={[{ required: true }]}>
                      <RemoteSelect
                        method="customers.options"
                        autoFocus={id == null}
                        data-testid="invoice-customer"
                      />
                    </Form.Item>
                  </Col>
                  <Col span={4}>
                    <Form.Item name="invoice_date" label={fl('invoice_date')} rules={[{ required: true }]}>
                      <DatePicker style={{ width: '100%' }} allowClear={false} />
                    </Form.Item>
                  </Col>
                  <Col span={5}>
                    <Form.Item name="vat_invoice_no" label={fl('vat_invoice_no')}>
                      <Input maxLength={40} />
                    </Form.Item>
                  </Col>
                  <Col span={5}>
                    <Form.Item name="vat_invoice_date" label={fl('vat_invoice_date')}>
                      <DatePicker style={{ width: '100%' }} />
                    </Form.Item>
                  </Col>
                  <Col span={24}>
                    <Form.Item name="notes" label={fl('notes')}>
                      <Input maxLength={500} />
                    </Form.Item>
                  </Col>
                </Row>
              </Form>
            </Card>
            <Card
              size="small"
              title={editable ? t('fin.uninvoiced') : t('fin.lines')}
              extra={
                editable && available.length > 0 ? (
                  <Space>
                    <Typography.Text type="secondary">
                      {t('fin.selected', { n: picked.size })}
                    </Typography.Text>
                    <Button
                      size="small"
                      onClick={() =>
                        setPicked(new Map(available.map((l) => [l.shipment_line_id, l.remaining_qty])))
                      }
                      data-testid="invoice-pick-all"
                    >
                      全选
                    </Button>
                  </Space>
                ) : null
              }
            >
              {editable ? (
                <UninvoicedTable
                  lines={available}
                  picked={picked}
                  onChange={setPicked}
                  loading={loadingLines}
                  empty={customerId ? t('fin.noUninvoiced') : t('fin.pickCustomer')}
                />
              ) : (
                <InvoiceLinesTable
                  lines={detail?.lines ?? []}
                  descriptive={isCredit || Boolean(detail?.opening)}
                />
              )}
              <div className="doc-totals" data-testid="invoice-totals">
                <span>
                  {t('sales.amount')} <b>{money(totals.amount)}</b>
                </span>
                <span>
                  {t('sales.tax')} <b>{money(totals.tax)}</b>
                </span>
                <span className="doc-total">
                  {fl('total')} <b data-testid="invoice-total">{money(totals.total)}</b>
                </span>
                <span className="doc-capital">
                  {t('sales.capital')}：{toChineseCapital(totals.total)}
                </span>
              </div>
            </Card>
            {detail && detail.status === 'approved' ? (
              <Card size="small" title={t('fin.allocations')} style={{ marginTop: 12 }}>
                <AllocationsTable
                  rows={detail.allocations}
                  side={isCredit ? 'receipt' : 'invoice'}
                  onChanged={() => void reload()}
                />
              </Card>
            ) : null}
          </Col>
          <Col flex="300px">
            <Card size="small" title={isCredit ? t('fin.creditNote') : t('fin.invoice')}>
              <Descriptions
                size="small"
                column={1}
                items={[
                  { key: 'total', label: fl('total'), children: money(totals.total) },
                  ...(detail?.status === 'approved'
                    ? [
                        {
                          key: 'paid',
                          label: isCredit ? t('fin.applied') : t('fin.paid'),
                          children: money(detail.total - detail.open_amount),
                        },
                        {
                          key: 'open',
                          label: isCredit ? t('fin.unappliedAmt') : t('fin.open'),
                          children: (
                            <b
                              style={{ color: detail.days_overdue > 0 ? '#cf1322' : undefined }}
                              data-testid="invoice-open"
                            >
                              {money(detail.open_amount)}
                            </b>
                          ),
                        },
                      ]
                    : []),
                  ...(!isCredit
                    ? [
                        {
                          key: 'due',
                          label: fl('due_date'),
                          children: detail?.due_date ?? (
                            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                              {t('fin.dueFromTerms')}
                            </Typography.Text>
                          ),
                        },
                      ]
                    : []),
                  ...(detail?.delivered_on && !detail.opening
                    ? [{ key: 'del', label: t('fin.shipDate'), children: detail.delivered_on }]
                    : []),
                  ...(detail?.legacy_number
                    ? [{ key: 'legacy', label: t('fin.legacyNo'), children: detail.legacy_number }]
                    : []),
                  ...(detail?.vat_invoice_no
                    ? [
                        {
                          key: 'vat',
                          label: fl('vat_invoice_no'),
                          children: `${detail.vat_invoice_no} ${detail.vat_invoice_date ?? ''}`,
                        },
                      ]
                    : []),
                  ...(isCredit && detail?.target_invoice_id
                    ? [
                        {
                          key: 'target',
                          label: t('fin.creditTo'),
                          children: (
                            <a onClick={() => navigate(`/invoices/${detail.target_invoice_id}`)}>
                              #{detail.target_invoice_id}
                            </a>
                          ),
                        },
                      ]
                    : []),
                  ...(isCredit && detail?.reason
                    ? [{ key: 'reason', label: fl('reason'), children: detail.reason }]
                    : []),
                ]}
              />
              {detail?.approved_by || detail?.checked_by ? (
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                  {detail.checked_by ? (
                    <div>{t('fin.checkedBy', { name: detail.checked_by.name })}</div>
                  ) : null}
                  {detail.approved_by ? (
                    <div>
                      {t('fin.approvedBy', {
                        name: detail.approved_by.name,
                        at: detail.approved_at?.slice(0, 16).replace('T', ' ') ?? '',
                      })}
                    </div>
                  ) : null}
                </Typography.Text>
              ) : null}
            </Card>
          </Col>
        </Row>
      </Spin>
      {detail ? (
        <CreditNoteModal
          open={creditOpen}
          customerId={detail.customer_id}
          targetInvoiceId={detail.id}
          onClose={(created) => {
            setCreditOpen(false);
            if (created) navigate(`/invoices/${created}`);
          }}
        />
      ) : null}
    </div>
  );
}

function UninvoicedTable({
  lines,
  picked,
  onChange,
  loading,
  empty,
}: {
  lines: UninvoicedLine[];
  picked: Map<number, number>;
  onChange: (m: Map<number, number>) => void;
  loading: boolean;
  empty: string;
}) {
  const { t } = useTranslation();
  const set = (id: number, qty: number | null) => {
    const m = new Map(picked);
    if (qty == null || qty <= 0) m.delete(id);
    else m.set(id, qty);
    onChange(m);
  };
  return (
    <Table<UninvoicedLine>
      size="small"
      rowKey="shipment_line_id"
      loading={loading}
      pagination={false}
      dataSource={lines}
      scroll={{ y: 420 }}
      locale={{ emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={empty} /> }}
      data-testid="uninvoiced-lines"
      rowSelection={{
        selectedRowKeys: [...picked.keys()],
        onChange: (keys) => {
          const m = new Map<number, number>();
          for (const k of keys as number[]) {
            const l = lines.find((x) => x.shipment_line_id === k);
            if (l) m.set(k, picked.get(k) ?? l.remaining_qty);
          }
          onChange(m);
        },
      }}
      columns={[
        { title: t('fin.shipment'), dataIndex: 'shipment_number', width: 135 },
        { title: t('fin.shipDate'), dataIndex: 'ship_date', width: 105 },
        { title: t('fin.order'), dataIndex: 'order_number', width: 135 },
        {
          title: fl('product_id'),
          width: 260,
          render: (_, l) => (
            <span>
              {l.product_code} {l.name}
              {l.spec ? <Typography.Text type="secondary"> {l.spec}</Typography.Text> : null}
            </span>
          ),
        },
        { title: fl('unit_price'), dataIndex: 'unit_price', align: 'right', width: 100, render: money },
        {
          title: t('fin.remaining'),
          dataIndex: 'remaining_qty',
          align: 'right',
          width: 90,
          render: (q: number, l) => `${formatQty(q)} ${l.unit}`,
        },
        {
          title: t('fin.invoiceQty'),
          width: 120,
          render: (_, l) => (
            <InputNumber<number>
              size="small"
              min={0}
              max={l.remaining_qty / QTY_SCALE}
              precision={3}
              value={picked.has(l.shipment_line_id) ? picked.get(l.shipment_line_id)! / QTY_SCALE : null}
              onChange={(v) => set(l.shipment_line_id, v == null ? null : Math.round(v * QTY_SCALE))}
              style={{ width: '100%' }}
              data-testid={`inv-qty-${l.shipment_line_id}`}
            />
          ),
        },
        {
          title: fl('total'),
          align: 'right',
          width: 120,
          render: (_, l) =>
            picked.has(l.shipment_line_id) ? (
              money(previewLine(l, picked.get(l.shipment_line_id)!).total)
            ) : (
              <Typography.Text type="secondary">{money(l.remaining_total)}</Typography.Text>
            ),
        },
      ]}
    />
  );
}

/** `descriptive`: one line that says what it is (credit notes, opening items): no shipment, quantity or price. */
function InvoiceLinesTable({ lines, descriptive }: { lines: InvoiceLine[]; descriptive: boolean }) {
  const { t } = useTranslation();
  return (
    <Table<InvoiceLine>
      size="small"
      rowKey="id"
      pagination={false}
      dataSource={lines}
      data-testid="invoice-lines"
      columns={[
        { title: '#', dataIndex: 'line_no', width: 40 },
        ...(descriptive
          ? []
          : [
              { title: t('fin.shipment'), dataIndex: 'shipment_number', width: 145 },
              { title: t('fin.order'), dataIndex: 'order_number', width: 145 },
            ]),
        {
          title: fl('product_id'),
          width: 260,
          render: (_: unknown, l: InvoiceLine) => (
            <span>
              {l.product_code ? `${l.product_code} ` : ''}
              {l.description}
              {l.spec ? <Typography.Text type="secondary"> {l.spec}</Typography.Text> : null}
            </span>
          ),
        },
        ...(descriptive
          ? []
          : [
              {
                title: fl('qty'),
                dataIndex: 'qty',
                align: 'right' as const,
                width: 90,
                render: (q: number, l: InvoiceLine) => `${formatQty(q)} ${l.unit ?? ''}`,
              },
              {
                title: fl('unit_price'),
                dataIndex: 'unit_price',
                align: 'right' as const,
                width: 100,
                render: money,
              },
            ]),
        { title: t('sales.amount'), dataIndex: 'amount', align: 'right', width: 110, render: money },
        {
          title: t('fin.taxRate'),
          dataIndex: 'tax_rate',
          align: 'right',
          width: 70,
          render: (v: number) => `${v / 100}%`,
        },
        { title: fl('tax'), dataIndex: 'tax', align: 'right', width: 100, render: money },
        { title: fl('total'), dataIndex: 'total', align: 'right', width: 120, render: money },
      ]}
    />
  );
}
