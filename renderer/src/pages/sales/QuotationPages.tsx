import {
  Alert,
  Button,
  Card,
  Col,
  DatePicker,
  Form,
  Input,
  InputNumber,
  Modal,
  Row,
  Select,
  Space,
  Spin,
  Table,
  Tag,
  Typography,
} from 'antd';
import { ArrowLeftOutlined, PlusOutlined, ReloadOutlined } from '@ant-design/icons';
import dayjs, { type Dayjs } from 'dayjs';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError, call } from '../../api';
import { bi, fl } from '../../i18n';
import { useSession } from '../../session';
import { navigate } from '../../router';
import { Page } from '../../components/Page';
import { ServerGrid, moneyColumn, type GridColDef, type ServerGridHandle } from '../../components/ServerGrid';
import { StatusTag } from '../../components/StatusTag';
import { useFeedback } from '../../components/feedback';
import { applyFieldErrors, clearErrorsOnChange } from '../../components/formErrors';
import { RemoteSelect } from '../../components/RemoteSelect';
import { formatFen, toChineseCapital } from '../../../../shared/money';
import { formatQty } from '../../../../shared/pricing';
import type { QuotationDetail, QuotationRow } from '../../../../shared/contract/sales';
import type { ContactRow } from '../../../../shared/contract/customers';
import { LineEditor, documentTotals, newLine, priceLines, type EditLine } from './LineEditor';
import { useReasonPrompt } from './OrderPage';
import { PrintButton } from '../../components/PrintButton';

const d = (v: string | null | undefined) => (v ? dayjs(v) : null);
const iso = (v: Dayjs | null | undefined) => (v ? v.format('YYYY-MM-DD') : null);

export function QuotationsPage() {
  const { t } = useTranslation();
  const { can } = useSession();
  const { showError } = useFeedback();
  const grid = useRef<ServerGridHandle>(null);
  const [q, setQ] = useState('');
  const columns = useMemo<GridColDef<QuotationRow>[]>(
    () => [
      {
        field: 'number',
        headerName: '单号',
        width: 150,
        valueFormatter: (p) => (p.value ? String(p.value) : t('sales.draftNo', { id: p.data?.id })),
      },
      {
        field: 'status',
        headerName: t('common.status'),
        width: 100,
        filter: false,
        cellRenderer: (p: { value?: string }) => (p.value ? <StatusTag status={p.value} /> : null),
      },
      {
        field: 'conversion',
        headerName: '转单',
        width: 110,
        filter: false,
        sortable: false,
        cellRenderer: (p: { value?: 'none' | 'partial' | 'full' }) =>
          p.value && p.value !== 'none' ? (
            <Tag color={p.value === 'full' ? 'blue' : 'cyan'}>{t(`sales.conversion.${p.value}`)}</Tag>
          ) : null,
      },
      { field: 'customer_name', headerName: '客户', flex: 2, minWidth: 220 },
      { field: 'salesperson_name', headerName: '业务员', width: 100 },
      { field: 'quote_date', headerName: '报价日期', width: 120, filter: 'agDateColumnFilter' },
      { field: 'valid_until', headerName: t('sales.validUntil'), width: 120, filter: 'agDateColumnFilter' },
      moneyColumn<QuotationRow>('total', '价税合计'),
    ],
    [t],
  );
  return (
    <Page
      title={t('sales.quotations')}
      extra={
        <Space>
          <Input.Search
            allowClear
            placeholder="单号 / 客户 / 拼音"
            onSearch={(v) => setQ(v.trim())}
            style={{ width: 220 }}
          />
          <Button icon={<ReloadOutlined />} onClick={() => grid.current?.refresh()} />
          {can('quotations.write') ? (
            <Button
              type="primary"
              icon={<PlusOutlined />}
              onClick={() => navigate('/quotations/new')}
              data-testid="quotation-new"
            >
              {t('sales.newQuotation')}
            </Button>
          ) : null}
        </Space>
      }
    >
      <ServerGrid
        ref={grid}
        method="quotations.list"
        columns={columns}
        params={{ q: q || undefined }}
        onRowDoubleClicked={(r) => navigate(`/quotations/${r.id}`)}
        onError={showError}
        testId="quotation-grid"
      />
    </Page>
  );
}

function toLines(q: QuotationDetail): EditLine[] {
  return q.lines.map((l) => ({
    key: `q${l.id}`,
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
  }));
}

export function QuotationPage({ id }: { id: number | null }) {
  const { t } = useTranslation();
  const { can } = useSession();
  const { message, showError } = useFeedback();
  const askReason = useReasonPrompt();
  const [form] = Form.useForm();
  const [detail, setDetail] = useState<QuotationDetail | null>(null);
  const [lines, setLines] = useState<EditLine[]>([newLine()]);
  const [loading, setLoading] = useState(id != null);
  const [busy, setBusy] = useState<string | null>(null);
  const [contacts, setContacts] = useState<ContactRow[]>([]);
  const [convert, setConvert] = useState(false);
  const customerId = Form.useWatch('customer_id', form) as number | undefined;
  const status = detail?.status ?? 'draft';
  const editable = status === 'draft' && can('quotations.write');
  const totals = useMemo(() => documentTotals(lines), [lines]);

  const fill = useCallback(
    (q: QuotationDetail) => {
      setDetail(q);
      form.setFieldsValue({ ...q, quote_date: d(q.quote_date), valid_until: d(q.valid_until) });
      setLines(toLines(q));
    },
    [form],
  );

  useEffect(() => {
    if (id == null) {
      form.setFieldsValue({
        quote_date: dayjs(),
        valid_until: dayjs().add(30, 'day'),
        terms: '以上价格含 13% 增值税，含运费；交货期：收到订单后 7 天内；付款方式：按合同约定。',
      });
      return;
    }
    let live = true;
    call('quotations.get', { id })
      .then((q) => live && fill(q))
      .catch(showError)
      .finally(() => live && setLoading(false));
    return () => {
      live = false;
    };
  }, [id, fill, form, showError]);

  useEffect(() => {
    if (!customerId) return;
    let live = true;
    call('customers.get', { id: customerId })
      .then((c) => live && setContacts(c.contacts.filter((x) => x.active)))
      .catch(() => undefined);
    return () => {
      live = false;
    };
  }, [customerId]);

  const save = async (): Promise<QuotationDetail | null> => {
    setBusy('save');
    try {
      const v = await form.validateFields();
      const real = lines.filter((l) => l.product_id);
      if (!real.length) throw new Error(t('sales.noLines'));
      const input = {
        customer_id: v.customer_id,
        contact_id: v.contact_id ?? null,
        salesperson_id: v.salesperson_id ?? undefined,
        quote_date: iso(v.quote_date)!,
        valid_until: iso(v.valid_until),
        terms: v.terms ?? null,
        notes: v.notes ?? null,
        lines: real.map((l) => ({
          product_id: l.product_id!,
          qty: l.qty ?? 0,
          unit_price: l.unit_price ?? 0,
          discount_bp: l.discount_bp,
          tax_rate: l.tax_rate,
        })),
      };
      const q = detail
        ? await call('quotations.update', { ...input, id: detail.id, version: detail.version })
        : await call('quotations.create', input);
      fill(q);
      message.success(t('common.saved'));
      if (!detail) navigate(`/quotations/${q.id}`);
      return q;
    } catch (e) {
      if (e instanceof ApiError) {
        if (!applyFieldErrors(form, e, (p) => p[0] !== 'lines')) showError(e);
      } else if (e instanceof Error && !('errorFields' in e)) message.error(e.message);
      return null;
    } finally {
      setBusy(null);
    }
  };

  const act = async (name: string, fn: () => Promise<QuotationDetail>) => {
    setBusy(name);
    try {
      fill(await fn());
    } catch (e) {
      showError(e);
    } finally {
      setBusy(null);
    }
  };

  const v = detail?.version ?? 0;
  return (
    <div className="page page-scroll" data-testid="quotation-page">
      <div className="page-head">
        <Space>
          <Button icon={<ArrowLeftOutlined />} type="text" onClick={() => navigate('/quotations')} />
          <Typography.Title level={4} style={{ margin: 0 }}>
            {t('sales.quotation')} {detail ? (detail.number ?? t('sales.draftNo', { id: detail.id })) : ''}
          </Typography.Title>
          <StatusTag status={status} />
          {detail && detail.conversion !== 'none' ? (
            <Tag color="cyan">{t(`sales.conversion.${detail.conversion}`)}</Tag>
          ) : null}
        </Space>
        <Space wrap>
          {editable ? (
            <>
              <Button onClick={() => void save()} loading={busy === 'save'} data-testid="quotation-save">
                {t('sales.save')}
              </Button>
              <Button
                type="primary"
                loading={busy === 'submit'}
                onClick={async () => {
                  const q = await save();
                  if (q)
                    void act('submit', () => call('quotations.submit', { id: q.id, version: q.version }));
                }}
                data-testid="quotation-submit"
              >
                {t('sales.submit')}
              </Button>
            </>
          ) : null}
          {detail && status === 'submitted' && can('sales.approve') ? (
            <>
              <Button
                type="primary"
                onClick={() =>
                  void act('approve', () => call('quotations.approve', { id: detail.id, version: v }))
                }
              >
                {t('sales.approve')}
              </Button>
              <Button
                onClick={async () => {
                  const r = await askReason(t('sales.reject'));
                  if (r)
                    void act('reject', () =>
                      call('quotations.reject', { id: detail.id, version: v, reason: r }),
                    );
                }}
              >
                {t('sales.reject')}
              </Button>
            </>
          ) : null}
          {detail && status !== 'void' ? (
            <PrintButton
              type="quotation"
              docKey={String(detail.id)}
              // A draft prints what is on screen: its edits are saved first.
              prepare={editable ? async () => (await save()) !== null : undefined}
              testId="quotation-print"
            />
          ) : null}
          {detail && status === 'approved' && can('orders.write') ? (
            <Button type="primary" onClick={() => setConvert(true)} data-testid="quotation-convert">
              {t('sales.convert')}
            </Button>
          ) : null}
          {detail && status === 'approved' && can('quotations.write') ? (
            <Button
              onClick={async () => {
                const r = await askReason(t('sales.close'));
                if (r)
                  void act('close', () => call('quotations.close', { id: detail.id, version: v, reason: r }));
              }}
            >
              {t('sales.close')}
            </Button>
          ) : null}
          {detail && ['draft', 'submitted', 'approved'].includes(status) && can('quotations.write') ? (
            <Button
              danger
              onClick={async () => {
                const r = await askReason(t('sales.void'));
                if (r)
                  void act('void', () => call('quotations.void', { id: detail.id, version: v, reason: r }));
              }}
            >
              {t('sales.void')}
            </Button>
          ) : null}
        </Space>
      </div>
      <Spin spinning={loading}>
        {detail?.approval_reason && status !== 'approved' ? (
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
        <Card size="small" style={{ marginBottom: 12 }}>
          <Form
            form={form}
            layout="vertical"
            disabled={!editable}
            onValuesChange={clearErrorsOnChange(form)}
            className="compact-form"
          >
            <Row gutter={12}>
              <Col span={9}>
                <Form.Item name="customer_id" label={fl('customer_id')} rules={[{ required: true }]}>
                  <RemoteSelect
                    method="customers.options"
                    onChange={async (cid) => {
                      if (!cid) return;
                      const ids = lines.filter((l) => l.product_id).map((l) => l.product_id!);
                      setLines(
                        await priceLines(
                          cid as number,
                          null,
                          lines.map((l) => ({ ...l, unit_price: null })),
                          ids,
                        ),
                      );
                    }}
                    data-testid="quotation-customer"
                  />
                </Form.Item>
              </Col>
              <Col span={5}>
                <Form.Item name="contact_id" label={fl('contact_id')}>
                  <Select allowClear options={contacts.map((c) => ({ value: c.id, label: c.name }))} />
                </Form.Item>
              </Col>
              <Col span={4}>
                <Form.Item name="salesperson_id" label={fl('salesperson_id')}>
                  <RemoteSelect method="users.options" />
                </Form.Item>
              </Col>
              <Col span={3}>
                <Form.Item name="quote_date" label={fl('quote_date')} rules={[{ required: true }]}>
                  <DatePicker style={{ width: '100%' }} allowClear={false} />
                </Form.Item>
              </Col>
              <Col span={3}>
                <Form.Item name="valid_until" label={fl('valid_until')}>
                  <DatePicker style={{ width: '100%' }} />
                </Form.Item>
              </Col>
              <Col span={24}>
                <Form.Item name="terms" label={fl('terms')}>
                  <Input.TextArea rows={2} maxLength={1000} />
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
            warehouseId={null}
            readOnly={!editable}
          />
          <div className="doc-totals">
            <span>
              {t('sales.amount')} <b>¥{formatFen(totals.amount)}</b>
            </span>
            <span>
              {t('sales.tax')} <b>¥{formatFen(totals.tax)}</b>
            </span>
            <span className="doc-total">
              {t('sales.total')} <b>¥{formatFen(totals.total)}</b>
            </span>
            <span className="doc-capital">
              {t('sales.capital')}：{toChineseCapital(totals.total)}
            </span>
          </div>
        </Card>
        {detail?.orders.length ? (
          <Card size="small" title={t('sales.orders')} style={{ marginTop: 12 }}>
            <Space wrap>
              {detail.orders.map((o) => (
                <Button key={o.id} size="small" onClick={() => navigate(`/orders/${o.id}`)}>
                  {o.number ?? t('sales.draftNo', { id: o.id })} · ¥{formatFen(o.total)}{' '}
                  <StatusTag status={o.status} />
                </Button>
              ))}
            </Space>
          </Card>
        ) : null}
      </Spin>
      {convert && detail ? <ConvertModal quotation={detail} onClose={() => setConvert(false)} /> : null}
    </div>
  );
}

function ConvertModal({ quotation, onClose }: { quotation: QuotationDetail; onClose(): void }) {
  const { t } = useTranslation();
  const { showError } = useFeedback();
  const [form] = Form.useForm();
  const [qty, setQty] = useState<Record<number, number>>(() =>
    Object.fromEntries(quotation.lines.map((l) => [l.id, Math.max(0, l.qty - l.converted_qty)])),
  );
  useEffect(() => {
    form.setFieldsValue({ order_date: dayjs(), delivery_date: dayjs().add(3, 'day') });
    call('warehouses.options', { limit: 1 })
      .then((w) => w[0] && form.setFieldsValue({ warehouse_id: w[0].id }))
      .catch(() => undefined);
  }, [form]);
  const ok = async () => {
    const v = await form.validateFields();
    try {
      const o = await call('quotations.toOrder', {
        id: quotation.id,
        warehouse_id: v.warehouse_id,
        order_date: iso(v.order_date)!,
        delivery_date: iso(v.delivery_date),
        lines: quotation.lines
          .filter((l) => (qty[l.id] ?? 0) > 0)
          .map((l) => ({ quotation_line_id: l.id, qty: qty[l.id]! })),
      });
      navigate(`/orders/${o.id}`);
    } catch (e) {
      if (!applyFieldErrors(form, e, (p) => p[0] !== 'lines')) showError(e);
    }
  };
  return (
    <Modal
      open
      width={760}
      title={t('sales.toOrderTitle')}
      onCancel={onClose}
      onOk={() => void ok()}
      okText={t('sales.convert')}
      okButtonProps={{ 'data-testid': 'convert-ok' } as never}
    >
      <Form form={form} layout="inline" style={{ marginBottom: 12 }}>
        <Form.Item name="warehouse_id" label={fl('warehouse_id')} rules={[{ required: true }]}>
          <RemoteSelect method="warehouses.options" style={{ width: 160 }} allowClear={false} />
        </Form.Item>
        <Form.Item name="order_date" label={fl('order_date')} rules={[{ required: true }]}>
          <DatePicker allowClear={false} />
        </Form.Item>
        <Form.Item name="delivery_date" label={fl('delivery_date')}>
          <DatePicker />
        </Form.Item>
      </Form>
      <Table
        size="small"
        rowKey="id"
        pagination={false}
        dataSource={quotation.lines}
        columns={[
          { title: '产品', render: (_v, l) => `${l.product_code} ${l.name}` },
          { title: '报价数量', align: 'right', render: (_v, l) => formatQty(l.qty) },
          {
            title: t('sales.remaining'),
            align: 'right',
            render: (_v, l) => formatQty(l.qty - l.converted_qty),
          },
          {
            title: '本次转单',
            width: 120,
            render: (_v, l) => (
              <InputNumber<number>
                min={0}
                max={(l.qty - l.converted_qty) / 1000}
                precision={3}
                value={(qty[l.id] ?? 0) / 1000}
                onChange={(x) => setQty((s) => ({ ...s, [l.id]: Math.round((x ?? 0) * 1000) }))}
              />
            ),
          },
        ]}
      />
      <Typography.Paragraph type="secondary" style={{ marginTop: 8 }}>
        {bi({
          zh: '未转部分保留在报价单上，可以以后再转。',
          en: 'What is not converted stays open on the quotation.',
        })}
      </Typography.Paragraph>
    </Modal>
  );
}
