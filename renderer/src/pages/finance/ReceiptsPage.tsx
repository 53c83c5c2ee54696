import { Button, Input, Segmented, Space, Typography } from 'antd';
import { PlusOutlined, ReloadOutlined } from '@ant-design/icons';
import { useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Page } from '../../components/Page';
import { ServerGrid, moneyColumn, type GridColDef, type ServerGridHandle } from '../../components/ServerGrid';
import { StatusTag } from '../../components/StatusTag';
import { useFeedback } from '../../components/feedback';
import { useSession } from '../../session';
import { navigate } from '../../router';
import { ExportButton, labelsSpec, statusSpec } from '../../components/ExportButton';
import { bi, fl } from '../../i18n';
import { RECEIPT_METHOD_LABELS, type ReceiptRow } from '../../../../shared/contract/finance';

type View = 'all' | 'unapplied' | 'today' | 'reversed';
const VIEWS: View[] = ['all', 'unapplied', 'today', 'reversed'];

export function ReceiptsPage() {
  const initial = (/[?&]view=(\w+)/.exec(window.location.hash)?.[1] ?? 'all') as View;
  const { t } = useTranslation();
  const { can } = useSession();
  const { showError } = useFeedback();
  const grid = useRef<ServerGridHandle>(null);
  const [view, setView] = useState<View>(VIEWS.includes(initial) ? initial : 'all');
  const [q, setQ] = useState('');
  const [total, setTotal] = useState<number | null>(null);

  const columns = useMemo<GridColDef<ReceiptRow>[]>(
    () => [
      { field: 'number', headerName: '单号', width: 150, pinned: 'left' },
      {
        field: 'status',
        headerName: t('common.status'),
        width: 90,
        filter: false,
        cellRenderer: (p: { value?: string }) => (p.value ? <StatusTag status={p.value} /> : null),
      },
      { field: 'customer_name', headerName: fl('customer_id'), flex: 2, minWidth: 220 },
      { field: 'receipt_date', headerName: fl('receipt_date'), width: 120, filter: 'agDateColumnFilter' },
      {
        field: 'method',
        headerName: fl('method'),
        width: 100,
        filter: false,
        valueFormatter: (p) =>
          p.value ? bi(RECEIPT_METHOD_LABELS[p.value as keyof typeof RECEIPT_METHOD_LABELS]) : '',
      },
      moneyColumn<ReceiptRow>('amount', t('fin.receipt')),
      moneyColumn<ReceiptRow>('applied_total', t('fin.applied')),
      moneyColumn<ReceiptRow>('unapplied', t('fin.unappliedAmt'), {
        width: 140,
        cellStyle: (p) => (p.value > 0 ? { color: '#d46b08', fontWeight: 600 } : null),
      }),
      { field: 'reference', headerName: fl('reference'), width: 150 },
      { field: 'bill_no', headerName: fl('bill_no'), width: 130 },
      { field: 'order_number', headerName: t('fin.advanceFor'), width: 140 },
    ],
    [t],
  );

  return (
    <Page
      title={t('fin.receipts')}
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
            options={VIEWS.map((v) => ({ value: v, label: t(`fin.receiptViews.${v}`) }))}
            data-testid="receipt-views"
          />
          <Input.Search
            allowClear
            placeholder="单号 / 客户 / 参考号"
            onSearch={(v) => setQ(v.trim())}
            style={{ width: 200 }}
          />
          <Button icon={<ReloadOutlined />} onClick={() => grid.current?.refresh()} />
          <ExportButton
            grid={grid}
            method="receipts.list"
            params={{ view, q: q || undefined }}
            columns={columns}
            specs={{
              status: statusSpec(),
              method: labelsSpec(RECEIPT_METHOD_LABELS),
            }}
            title={t('fin.receipts')}
          />
          {can('receipts.write') ? (
            <>
              <Button onClick={() => navigate('/matching')}>{t('fin.matching')}</Button>
              <Button
                type="primary"
                icon={<PlusOutlined />}
                onClick={() => navigate('/receipts/new')}
                data-testid="receipt-new"
              >
                {t('fin.newReceipt')}
              </Button>
            </>
          ) : null}
        </Space>
      }
    >
      <ServerGrid
        ref={grid}
        method="receipts.list"
        columns={columns}
        params={{ view, q: q || undefined }}
        onRowDoubleClicked={(r) => navigate(`/receipts/${r.id}`)}
        onTotal={setTotal}
        onError={showError}
        testId="receipt-grid"
      />
    </Page>
  );
}
