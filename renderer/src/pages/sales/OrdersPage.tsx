import { Button, Input, Progress, Segmented, Space, Tag, Typography } from 'antd';
import { PlusOutlined, ReloadOutlined } from '@ant-design/icons';
import { useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Page } from '../../components/Page';
import { ServerGrid, moneyColumn, type GridColDef, type ServerGridHandle } from '../../components/ServerGrid';
import { StatusTag } from '../../components/StatusTag';
import { useFeedback } from '../../components/feedback';
import { useSession } from '../../session';
import { navigate } from '../../router';
import { ExportButton, statusSpec } from '../../components/ExportButton';
import type { OrderRow } from '../../../../shared/contract/sales';

type View = 'all' | 'open' | 'late' | 'held' | 'awaiting_approval' | 'drafts';

const VIEWS: View[] = ['all', 'open', 'late', 'held', 'awaiting_approval', 'drafts'];

export function OrdersPage() {
  const initialView = (/[?&]view=(\w+)/.exec(window.location.hash)?.[1] ?? 'all') as View;
  const { t } = useTranslation();
  const { can } = useSession();
  const { showError } = useFeedback();
  const grid = useRef<ServerGridHandle>(null);
  const [view, setView] = useState<View>(VIEWS.includes(initialView) ? initialView : 'all');
  const [q, setQ] = useState('');
  const [total, setTotal] = useState<number | null>(null);

  const columns = useMemo<GridColDef<OrderRow>[]>(
    () => [
      {
        field: 'number',
        headerName: '单号',
        width: 150,
        pinned: 'left',
        valueFormatter: (p) => (p.value ? String(p.value) : t('sales.draftNo', { id: p.data?.id })),
      },
      {
        field: 'status',
        headerName: t('common.status'),
        width: 110,
        filter: false,
        cellRenderer: (p: { value?: string; data?: OrderRow }) => (
          <Space size={2}>
            {p.value ? <StatusTag status={p.value} /> : null}
            {p.data?.late ? (
              <Tag color="red" bordered={false}>
                {t('sales.lateTag')}
              </Tag>
            ) : null}
          </Space>
        ),
      },
      { field: 'customer_name', headerName: '客户', flex: 2, minWidth: 220 },
      { field: 'salesperson_name', headerName: '业务员', width: 100 },
      { field: 'order_date', headerName: '订单日期', width: 120, filter: 'agDateColumnFilter' },
      { field: 'delivery_date', headerName: '要求交期', width: 120, filter: 'agDateColumnFilter' },
      moneyColumn<OrderRow>('total', '价税合计'),
      {
        field: 'per_delivered',
        headerName: t('sales.perDelivered'),
        width: 130,
        filter: false,
        cellRenderer: (p: { value?: number }) => (
          <Progress percent={Math.floor((p.value ?? 0) / 100)} size="small" />
        ),
      },
      { field: 'warehouse_name', headerName: '仓库', width: 100 },
      { field: 'region_name', headerName: '区域', width: 90 },
    ],
    [t],
  );

  return (
    <Page
      title={t('sales.orders')}
      sub={
        total != null ? (
          <Typography.Text type="secondary">{t('common.total', { n: total })}</Typography.Text>
        ) : null
      }
      extra={
        <Space wrap>
          <Segmented<View>
            value={view}
            onChange={setView}
            options={VIEWS.map((v) => ({ value: v, label: t(`sales.views.${v}`) }))}
            data-testid="order-views"
          />
          <Input.Search
            allowClear
            placeholder="单号 / 客户 / 拼音"
            onSearch={(v) => setQ(v.trim())}
            style={{ width: 200 }}
          />
          <Button icon={<ReloadOutlined />} onClick={() => grid.current?.refresh()} />
          <ExportButton
            grid={grid}
            method="orders.list"
            params={{ view, q: q || undefined }}
            columns={columns}
            specs={{ status: statusSpec() }}
            title={t('nav.orders')}
          />
          {can('orders.write') ? (
            <Button
              type="primary"
              icon={<PlusOutlined />}
              onClick={() => navigate('/orders/new')}
              data-testid="order-new"
            >
              {t('sales.newOrder')}
            </Button>
          ) : null}
        </Space>
      }
    >
      <ServerGrid
        ref={grid}
        method="orders.list"
        columns={columns}
        params={{ view, q: q || undefined }}
        onRowDoubleClicked={(r) => navigate(`/orders/${r.id}`)}
        onTotal={setTotal}
        onError={showError}
        testId="order-grid"
      />
    </Page>
  );
}
