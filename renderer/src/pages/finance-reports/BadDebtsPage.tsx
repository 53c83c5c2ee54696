import { Alert, Button, Input, Space, Typography } from 'antd';
import { ReloadOutlined } from '@ant-design/icons';
import { useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { call } from '../../api';
import { Page } from '../../components/Page';
import { ServerGrid, moneyColumn, type GridColDef, type ServerGridHandle } from '../../components/ServerGrid';
import { useFeedback } from '../../components/feedback';
import { useSession } from '../../session';
import { navigate } from '../../router';
import type { OutputOf } from '../../../../shared/contract';
import './finance-reports.css';

type Row = OutputOf<'reports.badDebts'>['rows'][number];

/** 坏账: invoices still unpaid the configured number of months after the delivery they bill. */
export function BadDebtsPage() {
  const { t } = useTranslation();
  const { can } = useSession();
  const { showError } = useFeedback();
  const grid = useRef<ServerGridHandle>(null);
  const [months, setMonths] = useState<number | null>(null);
  const [q, setQ] = useState('');
  const [total, setTotal] = useState<number | null>(null);

  useEffect(() => {
    call('finance.settings', {})
      .then((s) => setMonths(s.bad_debt_months))
      .catch(showError);
  }, [showError]);

  const columns = useMemo<GridColDef<Row>[]>(
    () => [
      { field: 'number', headerName: t('freports.col.invoiceNo'), width: 140, pinned: 'left' },
      { field: 'customer_name', headerName: t('freports.col.customer'), flex: 2, minWidth: 220 },
      { field: 'salesperson_name', headerName: t('freports.col.salesperson'), width: 100 },
      {
        field: 'delivered_on',
        headerName: t('freports.col.deliveredOn'),
        width: 140,
        filter: 'agDateColumnFilter',
        valueFormatter: (p) => String(p.value ?? p.data?.invoice_date ?? ''),
      },
      {
        field: 'invoice_date',
        headerName: t('freports.col.invoiceDate'),
        width: 140,
        filter: 'agDateColumnFilter',
      },
      {
        field: 'months',
        headerName: t('freports.bad.months'),
        width: 130,
        type: 'rightAligned',
        sortable: false,
        filter: false,
        cellClass: ['ag-right-aligned-cell', 'fr-red'],
        valueFormatter: (p) => (p.value == null ? '' : t('freports.bad.monthsValue', { n: p.value })),
      },
      moneyColumn<Row>('open_amount', t('freports.col.open'), { width: 140 }),
    ],
    [t],
  );

  return (
    <Page
      title={t('freports.bad.title')}
      sub={
        total != null ? (
          <Typography.Text type="secondary">{t('freports.invoices', { n: total })}</Typography.Text>
        ) : null
      }
      extra={
        <Space wrap>
          <Input.Search
            allowClear
            placeholder={t('freports.bad.search')}
            onSearch={(v) => setQ(v.trim())}
            style={{ width: 200 }}
          />
          <Button icon={<ReloadOutlined />} onClick={() => grid.current?.refresh()} />
        </Space>
      }
    >
      <div className="fr-stack">
        <Alert
          type="info"
          showIcon
          data-testid="bad-note"
          title={months != null ? t('freports.bad.note', { n: months }) : t('common.loading')}
          action={
            can('settings.manage') ? (
              <Button size="small" type="link" onClick={() => navigate('/system/finance')}>
                {t('freports.bad.change')}
              </Button>
            ) : undefined
          }
        />
        <div className="fr-fill">
          <ServerGrid
            ref={grid}
            method="reports.badDebts"
            columns={columns}
            params={{ q: q || undefined }}
            rowId={(r) => String(r.invoice_id)}
            onTotal={setTotal}
            onError={showError}
            testId="bad-grid"
          />
        </div>
      </div>
    </Page>
  );
}
