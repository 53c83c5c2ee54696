import { Button, DatePicker, Form, Input, InputNumber, Modal, Select, Space, Switch, Table } from 'antd';
import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import dayjs from 'dayjs';
import { useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { call } from '../../api';
import { fl } from '../../i18n';
import { useSession } from '../../session';
import { Page } from '../../components/Page';
import { RemoteSelect } from '../../components/RemoteSelect';
import { ServerGrid, type GridColDef, type ServerGridHandle } from '../../components/ServerGrid';
import { useFeedback } from '../../components/feedback';
import { applyFieldErrors } from '../../components/formErrors';
import { formatQty } from '../../../../shared/pricing';
import type { StockRow } from '../../../../shared/contract/sales';

export function StockPage() {
  const { t } = useTranslation();
  const { can } = useSession();
  const { showError } = useFeedback();
  const grid = useRef<ServerGridHandle>(null);
  const [q, setQ] = useState('');
  const [warehouse, setWarehouse] = useState<number | undefined>();
  const [nonzero, setNonzero] = useState(true);
  const [adjust, setAdjust] = useState(false);
  const qtyCol = (field: keyof StockRow, name: string): GridColDef<StockRow> => ({
    field,
    headerName: name,
    width: 110,
    type: 'rightAligned',
    filter: 'agNumberColumnFilter',
    valueFormatter: (p) => formatQty(Number(p.value ?? 0)),
  });
  const columns = useMemo<GridColDef<StockRow>[]>(
    () => [
      { field: 'product_code', headerName: '编码', width: 130 },
      { field: 'product_name', headerName: '产品', flex: 2, minWidth: 200 },
      { field: 'spec', headerName: '规格', width: 140 },
      { field: 'unit', headerName: '单位', width: 70, sortable: false, filter: false },
      { field: 'warehouse_name', headerName: '仓库', width: 120 },
      qtyCol('on_hand', t('stock.onHand')),
      qtyCol('reserved', t('stock.reserved')),
      qtyCol('available', t('stock.available')),
    ],
    [t],
  );
  return (
    <Page
      title={t('stock.title')}
      extra={
        <Space wrap>
          <RemoteSelect
            method="warehouses.options"
            placeholder="仓库"
            value={warehouse}
            onChange={(v) => setWarehouse((v as number) ?? undefined)}
            style={{ width: 140 }}
          />
          <Input.Search
            allowClear
            placeholder="编码 / 名称 / 拼音"
            onSearch={(v) => setQ(v.trim())}
            style={{ width: 200 }}
          />
          <Space size={4}>
            <Switch size="small" checked={nonzero} onChange={setNonzero} />
            <span>仅显示有库存</span>
          </Space>
          {can('stock.write') ? (
            <Button
              type="primary"
              icon={<PlusOutlined />}
              onClick={() => setAdjust(true)}
              data-testid="stock-adjust"
            >
              {t('stock.adjust')}
            </Button>
          ) : null}
        </Space>
      }
    >
      <ServerGrid
        ref={grid}
        method="stock.list"
        columns={columns}
        params={{ q: q || undefined, warehouse_id: warehouse, only_nonzero: nonzero }}
        rowId={(r) => `${r.product_id}:${r.warehouse_id}`}
        onError={showError}
        testId="stock-grid"
      />
      {adjust ? (
        <AdjustModal
          onClose={() => setAdjust(false)}
          onDone={() => {
            setAdjust(false);
            grid.current?.refresh();
          }}
        />
      ) : null}
    </Page>
  );
}

function AdjustModal({ onClose, onDone }: { onClose(): void; onDone(): void }) {
  const { t } = useTranslation();
  const { message, showError } = useFeedback();
  const [form] = Form.useForm();
  const [rows, setRows] = useState<{ key: number; product_id: number | null; qty: number | null }[]>([
    { key: 1, product_id: null, qty: null },
  ]);
  const kind = Form.useWatch('kind', form) as string | undefined;
  const ok = async () => {
    const v = await form.validateFields();
    try {
      const r = await call('stock.adjust', {
        warehouse_id: v.warehouse_id,
        kind: v.kind,
        doc_date: dayjs(v.doc_date).format('YYYY-MM-DD'),
        reason: v.reason,
        lines: rows
          .filter((x) => x.product_id && x.qty)
          .map((x) => ({ product_id: x.product_id!, qty: Math.round(x.qty! * 1000) })),
      });
      message.success(t('stock.posted', { no: r.number }));
      onDone();
    } catch (e) {
      if (!applyFieldErrors(form, e, (p) => p[0] !== 'lines')) showError(e);
    }
  };
  return (
    <Modal
      open
      width={720}
      title={t('stock.adjust')}
      onCancel={onClose}
      onOk={() => void ok()}
      okText={t('common.save')}
    >
      <Form form={form} layout="vertical" initialValues={{ kind: 'receipt', doc_date: dayjs() }}>
        <Space wrap>
          <Form.Item name="warehouse_id" label={fl('warehouse_id')} rules={[{ required: true }]}>
            <RemoteSelect method="warehouses.options" style={{ width: 160 }} />
          </Form.Item>
          <Form.Item name="kind" label={fl('kind')}>
            <Select
              style={{ width: 130 }}
              options={(['opening', 'receipt', 'adjustment'] as const).map((k) => ({
                value: k,
                label: t(`stock.kinds.${k}`),
              }))}
            />
          </Form.Item>
          <Form.Item name="doc_date" label={fl('doc_date')} rules={[{ required: true }]}>
            <DatePicker allowClear={false} />
          </Form.Item>
        </Space>
        <Form.Item name="reason" label={fl('reason')} rules={[{ required: true }]}>
          <Input maxLength={200} />
        </Form.Item>
      </Form>
      <Table
        size="small"
        rowKey="key"
        pagination={false}
        dataSource={rows}
        columns={[
          {
            title: '产品',
            render: (_v, r, i) => (
              <RemoteSelect
                method="products.options"
                value={r.product_id ?? undefined}
                onChange={(v) =>
                  setRows((rs) =>
                    rs.map((x, k) => (k === i ? { ...x, product_id: (v as number) ?? null } : x)),
                  )
                }
                style={{ width: '100%' }}
              />
            ),
          },
          {
            title: kind === 'adjustment' ? `数量（${t('stock.qtyHint')}）` : '数量',
            width: 160,
            render: (_v, r, i) => (
              <InputNumber<number>
                precision={3}
                value={r.qty}
                onChange={(v) => setRows((rs) => rs.map((x, k) => (k === i ? { ...x, qty: v } : x)))}
                style={{ width: '100%' }}
              />
            ),
          },
          {
            width: 40,
            render: (_v, _r, i) => (
              <Button
                type="text"
                icon={<DeleteOutlined />}
                onClick={() => setRows((rs) => (rs.length > 1 ? rs.filter((_x, k) => k !== i) : rs))}
              />
            ),
          },
        ]}
      />
      <Button
        type="dashed"
        icon={<PlusOutlined />}
        style={{ marginTop: 8 }}
        onClick={() => setRows((rs) => [...rs, { key: Date.now(), product_id: null, qty: null }])}
      >
        添加行
      </Button>
    </Modal>
  );
}
