import {
  Alert,
  Button,
  DatePicker,
  Descriptions,
  Drawer,
  Form,
  Input,
  InputNumber,
  Modal,
  Select,
  Space,
  Table,
  Typography,
} from 'antd';
import { PlusOutlined, ReloadOutlined } from '@ant-design/icons';
import dayjs, { type Dayjs } from 'dayjs';
import { useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError, call } from '../../api';
import { bi, fl } from '../../i18n';
import { Page } from '../../components/Page';
import { ServerGrid, moneyColumn, type GridColDef, type ServerGridHandle } from '../../components/ServerGrid';
import { StatusTag } from '../../components/StatusTag';
import { useFeedback } from '../../components/feedback';
import { applyFieldErrors, clearErrorsOnChange } from '../../components/formErrors';
import { useSession } from '../../session';
import { navigate } from '../../router';
import { formatFen } from '../../../../shared/money';
import { QTY_SCALE, formatQty } from '../../../../shared/pricing';
import type { OutputOf } from '../../../../shared/contract';
import type { ReturnDetail } from '../../../../shared/contract/finance';
import type { ShipmentRow } from '../../../../shared/contract/sales';

type ReturnRow = OutputOf<'returns.list'>['rows'][number];
type Returnable = OutputOf<'returns.returnable'>[number];
const money = (v: number) => `¥${formatFen(v)}`;

export function ReturnsPage() {
  const { t } = useTranslation();
  const { can } = useSession();
  const { showError } = useFeedback();
  const grid = useRef<ServerGridHandle>(null);
  const [q, setQ] = useState('');
  const [total, setTotal] = useState<number | null>(null);
  const [open, setOpen] = useState<number | 'new' | null>(null);

  const columns = useMemo<GridColDef<ReturnRow>[]>(
    () => [
      {
        field: 'number',
        headerName: '单号',
        width: 150,
        valueFormatter: (p) => p.value ?? t('fin.draftNo', { id: p.data?.id }),
      },
      {
        field: 'status',
        headerName: t('common.status'),
        width: 90,
        filter: false,
        cellRenderer: (p: { value?: string }) => (p.value ? <StatusTag status={p.value} /> : null),
      },
      { field: 'customer_name', headerName: fl('customer_id'), flex: 2, minWidth: 220 },
      { field: 'shipment_number', headerName: t('fin.returnShipment'), width: 150 },
      { field: 'return_date', headerName: fl('return_date'), width: 120, filter: 'agDateColumnFilter' },
      { field: 'reason', headerName: fl('reason'), flex: 1, minWidth: 160 },
      moneyColumn<ReturnRow>('total', fl('total')),
    ],
    [t],
  );

  return (
    <Page
      title={t('fin.returns')}
      sub={
        total != null ? (
          <Typography.Text type="secondary">{t('common.total', { n: total })}</Typography.Text>
        ) : null
      }
      extra={
        <Space>
          <Input.Search
            allowClear
            placeholder="单号 / 客户"
            onSearch={(v) => setQ(v.trim())}
            style={{ width: 200 }}
          />
          <Button icon={<ReloadOutlined />} onClick={() => grid.current?.refresh()} />
          {can('returns.write') ? (
            <Button
              type="primary"
              icon={<PlusOutlined />}
              onClick={() => setOpen('new')}
              data-testid="return-new"
            >
              {t('fin.newReturn')}
            </Button>
          ) : null}
        </Space>
      }
    >
      <ServerGrid
        ref={grid}
        method="returns.list"
        columns={columns}
        params={{ q: q || undefined }}
        onRowDoubleClicked={(r) => setOpen(r.id)}
        onTotal={setTotal}
        onError={showError}
        testId="return-grid"
      />
      {open != null ? (
        <ReturnDrawer
          id={open === 'new' ? null : open}
          onClose={(changed) => {
            setOpen(null);
            if (changed) grid.current?.refresh();
          }}
        />
      ) : null}
    </Page>
  );
}

/** Shipments of the customer that can be returned against, searched on the server. */
function ShipmentSelect({ value, onChange }: { value?: number; onChange?: (v: number) => void }) {
  const [rows, setRows] = useState<ShipmentRow[]>([]);
  const seq = useRef(0);
  const search = (q: string) => {
    const n = ++seq.current;
    call('shipments.list', { status: ['approved'], q: q || undefined, limit: 30 })
      .then((r) => n === seq.current && setRows(r.rows))
      .catch(() => undefined);
  };
  useEffect(() => search(''), []);
  return (
    <Select
      showSearch={{ filterOption: false, onSearch: search }}
      value={value}
      onChange={onChange}
      options={rows.map((s) => ({
        value: s.id,
        label: `${s.number ?? s.id} · ${s.customer_name} · ${s.ship_date} · ${money(s.total)}`,
      }))}
      data-testid="return-shipment"
    />
  );
}

function ReturnDrawer({ id, onClose }: { id: number | null; onClose: (changed: boolean) => void }) {
  const { t } = useTranslation();
  const { can } = useSession();
  const { message, showError } = useFeedback();
  const [form] = Form.useForm();
  const [detail, setDetail] = useState<ReturnDetail | null>(null);
  const [lines, setLines] = useState<Returnable[]>([]);
  const [qty, setQty] = useState<Map<number, number>>(new Map());
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [changed, setChanged] = useState(false);
  const shipmentId = Form.useWatch('shipment_id', form) as number | undefined;

  useEffect(() => {
    if (id == null) {
      form.setFieldsValue({ return_date: dayjs() });
      return;
    }
    call('returns.get', { id }).then(setDetail).catch(showError);
  }, [form, id, showError]);

  useEffect(() => {
    if (!shipmentId || detail) return;
    call('returns.returnable', { shipment_id: shipmentId }).then(setLines).catch(showError);
  }, [detail, shipmentId, showError]);

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
      const d = await call('returns.create', {
        shipment_id: v.shipment_id as number,
        return_date: (v.return_date as Dayjs).format('YYYY-MM-DD'),
        reason: String(v.reason ?? ''),
        lines: [...qty.entries()]
          .filter(([, q]) => q > 0)
          .map(([shipment_line_id, q]) => ({ shipment_line_id, qty: q })),
      });
      setDetail(d);
      setChanged(true);
      message.success(t('fin.returnSaved'));
    } catch (e) {
      if (e instanceof ApiError) {
        if (!applyFieldErrors(form, e, (p) => p[0] !== 'lines')) showError(e);
        if (e.body.fields?.some((f) => f.path[0] === 'lines')) setError(bi(e.body));
      } else showError(e);
    } finally {
      setBusy(false);
    }
  };

  const approve = async () => {
    if (!detail) return;
    setBusy(true);
    try {
      const d = await call('returns.approve', { id: detail.id, version: detail.version });
      setDetail(d);
      setChanged(true);
      message.success(t('fin.returnApproved', { no: d.number }));
    } catch (e) {
      showError(e);
    } finally {
      setBusy(false);
    }
  };

  const remove = () =>
    detail &&
    Modal.confirm({
      title: t('fin.delete'),
      onOk: () =>
        call('returns.delete', { id: detail.id, version: detail.version })
          .then(() => {
            message.success(t('fin.deleted'));
            onClose(true);
          })
          .catch(showError),
    });

  return (
    <Drawer
      open
      size={860}
      onClose={() => onClose(changed)}
      title={
        detail
          ? `${t('fin.return')} ${detail.number ?? t('fin.draftNo', { id: detail.id })}`
          : t('fin.newReturn')
      }
      extra={detail ? <StatusTag status={detail.status} /> : null}
      footer={
        <Space style={{ float: 'right' }}>
          <Button onClick={() => onClose(changed)}>{t('common.close')}</Button>
          {detail?.status === 'draft' && can('returns.write') ? (
            <Button danger onClick={remove}>
              {t('fin.delete')}
            </Button>
          ) : null}
          {!detail && can('returns.write') ? (
            <Button type="primary" loading={busy} onClick={() => void save()} data-testid="return-save">
              {t('common.save')}
            </Button>
          ) : null}
          {detail?.status === 'draft' && can('returns.approve') ? (
            <Button type="primary" loading={busy} onClick={() => void approve()} data-testid="return-approve">
              {t('fin.approveReturn')}
            </Button>
          ) : null}
        </Space>
      }
    >
      <Alert type="info" showIcon style={{ marginBottom: 12 }} title={t('fin.returnHint')} />
      {error ? <Alert type="error" showIcon style={{ marginBottom: 12 }} title={error} /> : null}
      {detail ? (
        <>
          <Descriptions
            size="small"
            column={2}
            style={{ marginBottom: 12 }}
            items={[
              { key: 'c', label: fl('customer_id'), children: detail.customer_name },
              { key: 's', label: t('fin.returnShipment'), children: detail.shipment_number },
              { key: 'd', label: fl('return_date'), children: detail.return_date },
              { key: 'r', label: fl('reason'), children: detail.reason },
              { key: 't', label: fl('total'), children: money(detail.total) },
              ...(detail.credit_note_id
                ? [
                    {
                      key: 'cn',
                      label: t('fin.creditNote'),
                      children: (
                        <a onClick={() => navigate(`/invoices/${detail.credit_note_id}`)}>
                          {t('fin.creditNoteNo', { no: detail.credit_note_number ?? detail.credit_note_id })}
                        </a>
                      ),
                    },
                  ]
                : []),
            ]}
          />
          <Table
            size="small"
            rowKey="id"
            pagination={false}
            dataSource={detail.lines}
            data-testid="return-lines"
            columns={[
              { title: fl('product_id'), render: (_, l) => `${l.product_code} ${l.name}` },
              {
                title: t('fin.returnQty'),
                dataIndex: 'qty',
                align: 'right',
                render: (q: number, l) => `${formatQty(q)} ${l.unit}`,
              },
              { title: fl('total'), dataIndex: 'total', align: 'right', render: money },
              { title: t('fin.creditNote'), dataIndex: 'credited_total', align: 'right', render: money },
              {
                title: t('fin.cards.toInvoice'),
                dataIndex: 'uninvoiced_total',
                align: 'right',
                render: money,
              },
            ]}
          />
        </>
      ) : (
        <>
          <Form
            form={form}
            layout="vertical"
            onValuesChange={(c: Record<string, unknown>) => {
              clearErrorsOnChange(form)(c);
              if ('shipment_id' in c) setQty(new Map());
            }}
            className="compact-form"
          >
            <Form.Item name="shipment_id" label={t('fin.returnShipment')} rules={[{ required: true }]}>
              <ShipmentSelect />
            </Form.Item>
            <div style={{ display: 'flex', gap: 12 }}>
              <Form.Item
                name="return_date"
                label={fl('return_date')}
                rules={[{ required: true }]}
                style={{ width: 180 }}
              >
                <DatePicker style={{ width: '100%' }} allowClear={false} />
              </Form.Item>
              <Form.Item name="reason" label={fl('reason')} rules={[{ required: true }]} style={{ flex: 1 }}>
                <Input maxLength={200} data-testid="return-reason" />
              </Form.Item>
            </div>
          </Form>
          <Table<Returnable>
            size="small"
            rowKey="shipment_line_id"
            pagination={false}
            dataSource={lines}
            data-testid="returnable-lines"
            columns={[
              { title: fl('product_id'), render: (_, l) => `${l.product_code} ${l.name}` },
              {
                title: t('fin.shipped'),
                dataIndex: 'shipped_qty',
                align: 'right',
                render: (q: number) => formatQty(q),
              },
              {
                title: t('fin.returned'),
                dataIndex: 'returned_qty',
                align: 'right',
                render: (q: number) => formatQty(q),
              },
              {
                title: t('fin.returnable'),
                dataIndex: 'returnable_qty',
                align: 'right',
                render: (q: number, l) => `${formatQty(q)} ${l.unit}`,
              },
              {
                title: t('fin.returnQty'),
                width: 130,
                render: (_, l) => (
                  <InputNumber<number>
                    size="small"
                    min={0}
                    max={l.returnable_qty / QTY_SCALE}
                    precision={3}
                    disabled={l.returnable_qty <= 0}
                    value={qty.has(l.shipment_line_id) ? qty.get(l.shipment_line_id)! / QTY_SCALE : null}
                    onChange={(v) => {
                      const m = new Map(qty);
                      if (!v) m.delete(l.shipment_line_id);
                      else m.set(l.shipment_line_id, Math.round(v * QTY_SCALE));
                      setQty(m);
                    }}
                    style={{ width: '100%' }}
                    data-testid={`ret-qty-${l.product_code}`}
                  />
                ),
              },
            ]}
          />
        </>
      )}
    </Drawer>
  );
}
