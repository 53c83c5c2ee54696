import {
  Alert,
  Button,
  Checkbox,
  Col,
  DatePicker,
  Descriptions,
  Drawer,
  Form,
  Input,
  InputNumber,
  Row,
  Space,
  Table,
  Tabs,
  Tag,
  Typography,
} from 'antd';
import { ReloadOutlined, SendOutlined } from '@ant-design/icons';
import dayjs from 'dayjs';
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
import { formatFen } from '../../../../shared/money';
import { formatQty } from '../../../../shared/pricing';
import type { ShipmentDetail, ShipmentRow, ShipQueueRow } from '../../../../shared/contract/sales';
import { useReasonPrompt } from '../sales/OrderPage';
import { PrintButton } from '../../components/PrintButton';

/** The warehouse's day: what is cleared to ship (oldest requested date first), shipping notes, what left today. */
export function ShippingPage() {
  const { t } = useTranslation();
  const { can } = useSession();
  const { message, showError } = useFeedback();
  const queueRef = useRef<ServerGridHandle>(null);
  const shipRef = useRef<ServerGridHandle>(null);
  const [tab, setTab] = useState(() => (/shipment=\d+/.test(window.location.hash) ? 'shipments' : 'queue'));
  const [selected, setSelected] = useState<ShipQueueRow[]>([]);
  const [open, setOpen] = useState<{ lines: ShipQueueRow[] } | { id: number } | null>(() => {
    const m = /shipment=(\d+)/.exec(window.location.hash);
    return m ? { id: Number(m[1]) } : null;
  });
  const [q, setQ] = useState('');
  const today = dayjs().format('YYYY-MM-DD');

  const queueCols = useMemo<GridColDef<ShipQueueRow>[]>(
    () => [
      { field: 'order_number', headerName: t('shipping.orderNo'), width: 170 },
      { field: 'customer_name', headerName: '客户', flex: 2, minWidth: 200 },
      {
        field: 'delivery_date',
        headerName: t('shipping.requested'),
        width: 120,
        cellRenderer: (p: { value?: string | null; data?: ShipQueueRow }) => (
          <span>
            {p.value ?? '—'}{' '}
            {p.data?.late ? (
              <Tag color="red" bordered={false}>
                {t('sales.lateTag')}
              </Tag>
            ) : null}
          </span>
        ),
      },
      { field: 'product_code', headerName: '编码', width: 110 },
      { field: 'name', headerName: '产品', flex: 1, minWidth: 160 },
      { field: 'spec', headerName: '规格', width: 120, sortable: false, filter: false },
      {
        field: 'remaining_qty',
        headerName: t('shipping.remaining'),
        width: 90,
        type: 'rightAligned',
        filter: false,
        valueFormatter: (p) => `${formatQty(Number(p.value ?? 0))} ${p.data?.unit ?? ''}`,
      },
      {
        field: 'on_hand',
        headerName: t('shipping.onHand'),
        width: 90,
        type: 'rightAligned',
        filter: false,
        sortable: false,
        cellRenderer: (p: { value?: number; data?: ShipQueueRow }) => (
          <Typography.Text type={p.data && (p.value ?? 0) < p.data.remaining_qty ? 'danger' : undefined}>
            {formatQty(p.value ?? 0)}
          </Typography.Text>
        ),
      },
      { field: 'warehouse_name', headerName: '仓库', width: 100 },
    ],
    [t],
  );

  const shipCols = useMemo<GridColDef<ShipmentRow>[]>(
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
      { field: 'customer_name', headerName: '客户', flex: 2, minWidth: 200 },
      { field: 'ship_date', headerName: fl('ship_date'), width: 120, filter: 'agDateColumnFilter' },
      { field: 'orders', headerName: t('shipping.orderNo'), width: 180, sortable: false, filter: false },
      { field: 'carrier', headerName: t('shipping.carrier'), width: 110 },
      { field: 'waybill_no', headerName: t('shipping.waybill'), width: 140 },
      moneyColumn<ShipmentRow>('total', '价税合计'),
    ],
    [t],
  );

  const create = () => {
    const customers = new Set(selected.map((r) => r.customer_id));
    if (customers.size !== 1) {
      message.warning(selected.length ? t('shipping.oneCustomer') : t('shipping.selectLines'));
      return;
    }
    setOpen({ lines: selected });
  };

  return (
    <Page
      title={t('shipping.title')}
      extra={
        <Space>
          <Input.Search
            allowClear
            placeholder="订单号 / 客户 / 产品"
            onSearch={(v) => setQ(v.trim())}
            style={{ width: 220 }}
          />
          <Button
            icon={<ReloadOutlined />}
            onClick={() => (tab === 'queue' ? queueRef.current?.refresh() : shipRef.current?.refresh())}
          />
          {tab === 'queue' && can('shipments.write') ? (
            <Button type="primary" icon={<SendOutlined />} onClick={create} data-testid="ship-create">
              {t('shipping.create')}
              {selected.length ? ` (${selected.length})` : ''}
            </Button>
          ) : null}
        </Space>
      }
    >
      <div style={{ display: 'flex', flexDirection: 'column', height: '100%' }}>
        <Tabs
          activeKey={tab}
          onChange={setTab}
          items={[
            { key: 'queue', label: t('shipping.queue') },
            { key: 'today', label: t('shipping.today') },
            { key: 'shipments', label: t('shipping.shipments') },
          ]}
          style={{ marginBottom: 0 }}
        />
        <div style={{ flex: 1, minHeight: 0 }}>
          {tab === 'queue' ? (
            <ServerGrid
              ref={queueRef}
              method="shipments.queue"
              columns={queueCols}
              params={{ q: q || undefined }}
              multiSelect
              rowId={(r) => String(r.order_line_id)}
              onSelectionChanged={setSelected}
              onRowDoubleClicked={(r) => navigate(`/orders/${r.order_id}`)}
              onError={showError}
              testId="ship-queue"
            />
          ) : (
            <ServerGrid
              key={tab}
              ref={shipRef}
              method="shipments.list"
              columns={shipCols}
              params={{
                q: q || undefined,
                ship_date: tab === 'today' ? today : undefined,
                status: tab === 'today' ? ['approved'] : undefined,
              }}
              onRowDoubleClicked={(r) => setOpen({ id: r.id })}
              onError={showError}
              testId="shipment-grid"
            />
          )}
        </div>
      </div>
      {open ? (
        <ShipmentDrawer
          init={open}
          onClose={() => setOpen(null)}
          onChanged={() => {
            queueRef.current?.api()?.deselectAll();
            setSelected([]);
            queueRef.current?.refresh();
            shipRef.current?.refresh();
          }}
        />
      ) : null}
    </Page>
  );
}

function ShipmentDrawer({
  init,
  onClose,
  onChanged,
}: {
  init: { lines: ShipQueueRow[] } | { id: number };
  onClose(): void;
  onChanged(): void;
}) {
  const { t } = useTranslation();
  const { can } = useSession();
  const { message, showError } = useFeedback();
  const askReason = useReasonPrompt();
  const [form] = Form.useForm();
  const [detail, setDetail] = useState<ShipmentDetail | null>(null);
  const [picks, setPicks] = useState<{ row: ShipQueueRow; qty: number }[]>(() =>
    'lines' in init
      ? init.lines.map((row) => ({
          row,
          qty: Math.min(row.remaining_qty, Math.max(row.on_hand, 0)) || row.remaining_qty,
        }))
      : [],
  );
  const [busy, setBusy] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);

  const fill = useCallback(
    (s: ShipmentDetail) => {
      setDetail(s);
      form.setFieldsValue({ ...s, ship_date: dayjs(s.ship_date) });
    },
    [form],
  );

  useEffect(() => {
    if ('id' in init) {
      call('shipments.get', { id: init.id }).then(fill).catch(showError);
    } else {
      const first = init.lines[0]!;
      form.setFieldsValue({ ship_date: dayjs(), delivery_address: first.delivery_address });
    }
  }, [init, fill, form, showError]);

  const draft = detail?.status ?? 'draft';
  const editable = draft === 'draft' && !detail ? true : false;

  const saveDraft = async (): Promise<ShipmentDetail | null> => {
    if (detail) return detail;
    const v = await form.validateFields();
    const first = picks[0]!.row;
    try {
      const s = await call('shipments.create', {
        customer_id: first.customer_id,
        warehouse_id: first.warehouse_id,
        ship_date: dayjs(v.ship_date).format('YYYY-MM-DD'),
        carrier: v.carrier ?? null,
        vehicle_no: v.vehicle_no ?? null,
        waybill_no: v.waybill_no ?? null,
        receiver: v.receiver ?? null,
        receiver_phone: v.receiver_phone ?? null,
        delivery_address: v.delivery_address ?? null,
        collect_on_delivery: Boolean(v.collect_on_delivery),
        notes: v.notes ?? null,
        lines: picks
          .filter((p) => p.qty > 0)
          .map((p) => ({ order_line_id: p.row.order_line_id, qty: p.qty })),
      });
      fill(s);
      onChanged();
      return s;
    } catch (e) {
      if (!applyFieldErrors(form, e, (p) => p[0] !== 'lines')) showError(e);
      if (e instanceof ApiError) setError(bi(e.body));
      return null;
    }
  };

  const approve = async () => {
    setBusy('approve');
    setError(null);
    try {
      const s = await saveDraft();
      if (!s) return;
      const ok = await call('shipments.approve', { id: s.id, version: s.version });
      fill(ok);
      message.success(t('shipping.approved', { no: ok.number }));
      onChanged();
    } catch (e) {
      showError(e);
      if (e instanceof ApiError) setError(bi(e.body));
    } finally {
      setBusy(null);
    }
  };

  type ShipLineView = {
    key: number;
    order: string;
    code: string;
    name: string;
    spec: string | null;
    unit: string;
    qty: number;
    total: number | null;
    max?: number;
    onHand?: number;
  };
  const lines: ShipLineView[] = detail
    ? detail.lines.map((l) => ({
        key: l.id,
        order: l.order_number ?? '',
        code: l.product_code,
        name: l.name,
        spec: l.spec,
        unit: l.unit,
        qty: l.qty,
        total: l.total,
      }))
    : picks.map((p) => ({
        key: p.row.order_line_id,
        order: p.row.order_number,
        code: p.row.product_code,
        name: p.row.name,
        spec: p.row.spec,
        unit: p.row.unit,
        qty: p.qty,
        total: null as number | null,
        max: p.row.remaining_qty,
        onHand: p.row.on_hand,
      }));

  return (
    <Drawer
      open
      size={860}
      onClose={onClose}
      title={
        <Space>
          {t('shipping.shipment')}{' '}
          {detail?.number ?? (detail ? t('sales.draftNo', { id: detail.id }) : t('shipping.newShipment'))}
          {detail ? <StatusTag status={detail.status} /> : null}
        </Space>
      }
      footer={
        <Space style={{ width: '100%', justifyContent: 'space-between' }}>
          <span>
            {detail?.status === 'approved' && can('shipments.approve') ? (
              <Button
                danger
                onClick={async () => {
                  const r = await askReason(t('shipping.voidShipment'));
                  if (!r) return;
                  call('shipments.void', { id: detail.id, version: detail.version, reason: r })
                    .then((s) => {
                      fill(s);
                      onChanged();
                    })
                    .catch(showError);
                }}
              >
                {t('shipping.voidShipment')}
              </Button>
            ) : null}
          </span>
          <Space>
            {detail?.status === 'approved' ? (
              <PrintButton type="shipping_note" docKey={String(detail.id)} testId="ship-print" />
            ) : null}
            <Button onClick={onClose}>{t('common.close')}</Button>
            {!detail && can('shipments.write') ? (
              <Button onClick={() => void saveDraft()} data-testid="ship-save-draft">
                {t('common.save')}
              </Button>
            ) : null}
            {(!detail || detail.status === 'draft') && can('shipments.approve') ? (
              <Button
                type="primary"
                loading={busy === 'approve'}
                onClick={() => void approve()}
                data-testid="ship-approve"
              >
                {t('shipping.approve')}
              </Button>
            ) : null}
          </Space>
        </Space>
      }
    >
      {error ? (
        <Alert type="error" showIcon title={error} style={{ marginBottom: 12 }} data-testid="ship-error" />
      ) : null}
      <Form
        form={form}
        layout="vertical"
        disabled={!editable}
        onValuesChange={clearErrorsOnChange(form)}
        className="compact-form"
      >
        <Row gutter={12}>
          <Col span={6}>
            <Form.Item name="ship_date" label={fl('ship_date')} rules={[{ required: true }]}>
              <DatePicker style={{ width: '100%' }} allowClear={false} />
            </Form.Item>
          </Col>
          <Col span={6}>
            <Form.Item name="carrier" label={t('shipping.carrier')}>
              <Input maxLength={50} data-testid="ship-carrier" />
            </Form.Item>
          </Col>
          <Col span={6}>
            <Form.Item name="waybill_no" label={t('shipping.waybill')}>
              <Input maxLength={50} data-testid="ship-waybill" />
            </Form.Item>
          </Col>
          <Col span={6}>
            <Form.Item name="vehicle_no" label={t('shipping.vehicle')}>
              <Input maxLength={30} />
            </Form.Item>
          </Col>
          <Col span={12}>
            <Form.Item name="delivery_address" label={fl('delivery_address')}>
              <Input maxLength={200} />
            </Form.Item>
          </Col>
          <Col span={6}>
            <Form.Item name="receiver" label={t('shipping.receiver')}>
              <Input maxLength={50} />
            </Form.Item>
          </Col>
          <Col span={6}>
            <Form.Item name="receiver_phone" label={fl('receiver_phone')}>
              <Input maxLength={30} />
            </Form.Item>
          </Col>
          <Col span={24}>
            <Form.Item name="collect_on_delivery" valuePropName="checked" style={{ marginBottom: 8 }}>
              <Checkbox>{t('shipping.collect')}</Checkbox>
            </Form.Item>
          </Col>
        </Row>
      </Form>
      <Table<ShipLineView>
        size="small"
        rowKey="key"
        pagination={false}
        dataSource={lines}
        columns={[
          { title: t('shipping.orderNo'), dataIndex: 'order', width: 140 },
          { title: '产品', render: (_v, l) => `${l.code} ${l.name}` },
          { title: '规格', dataIndex: 'spec', width: 120 },
          {
            title: t('shipping.shipQty'),
            width: 140,
            render: (_v, l, i) =>
              detail ? (
                `${formatQty(l.qty)} ${l.unit}`
              ) : (
                <Space size={4}>
                  <InputNumber<number>
                    min={0}
                    max={(l.max ?? l.qty) / 1000}
                    precision={3}
                    value={l.qty / 1000}
                    onChange={(v) =>
                      setPicks((ps) =>
                        ps.map((p, k) => (k === i ? { ...p, qty: Math.round((v ?? 0) * 1000) } : p)),
                      )
                    }
                    style={{ width: 90 }}
                    data-testid={`ship-qty-${i}`}
                  />
                  {l.unit}
                </Space>
              ),
          },
          ...(detail
            ? [
                {
                  title: '价税合计',
                  width: 110,
                  align: 'right' as const,
                  render: (_v: unknown, l: ShipLineView) => (l.total == null ? '' : `¥${formatFen(l.total)}`),
                },
              ]
            : [
                {
                  title: t('shipping.onHand'),
                  width: 80,
                  align: 'right' as const,
                  render: (_v: unknown, l: ShipLineView) => formatQty(l.onHand ?? 0),
                },
              ]),
        ]}
      />
      {detail ? (
        <Descriptions size="small" column={3} style={{ marginTop: 12 }}>
          <Descriptions.Item label="价税合计">¥{formatFen(detail.total)}</Descriptions.Item>
          <Descriptions.Item label="审核">
            {detail.approved_by
              ? `${detail.approved_by.name} ${detail.approved_at?.slice(0, 16).replace('T', ' ')}`
              : '—'}
          </Descriptions.Item>
          {detail.void_reason ? (
            <Descriptions.Item label={t('sales.void')}>{detail.void_reason}</Descriptions.Item>
          ) : null}
        </Descriptions>
      ) : null}
    </Drawer>
  );
}
