import { Button, DatePicker, Input, Segmented, Space, Typography } from 'antd';
import { ReloadOutlined } from '@ant-design/icons';
import dayjs, { type Dayjs } from 'dayjs';
import { useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Page } from '../../components/Page';
import { ServerGrid, moneyColumn, type GridColDef, type ServerGridHandle } from '../../components/ServerGrid';
import { useFeedback } from '../../components/feedback';
import type { OutputOf } from '../../../../shared/contract';
import { DaysTag, iso } from './common';
import { LettersButton } from './CustomerLetters';
import './finance-reports.css';

type Row = OutputOf<'reports.overdue'>['rows'][number];
const MIN_DAYS = [1, 30, 60, 90] as const;

/** 逾期清单: open invoices past their due date, longest first, with whom to call. */
export function OverduePage() {
  const { t } = useTranslation();
  const { showError } = useFeedback();
  const grid = useRef<ServerGridHandle>(null);
  const [asOf, setAsOf] = useState<Dayjs>(() => dayjs());
  const [minDays, setMinDays] = useState<number>(1);
  const [q, setQ] = useState('');
  const [total, setTotal] = useState<number | null>(null);

  const columns = useMemo<GridColDef<Row>[]>(
    () => [
      {
        field: 'days_overdue',
        headerName: t('freports.col.daysOverdue'),
        width: 110,
        pinned: 'left',
        filter: 'agNumberColumnFilter',
        cellRenderer: (p: { value?: number }) => (p.value == null ? null : <DaysTag days={p.value} />),
      },
      { field: 'number', headerName: t('freports.col.invoiceNo'), width: 140 },
      { field: 'customer_name', headerName: t('freports.col.customer'), flex: 2, minWidth: 220 },
      { field: 'salesperson_name', headerName: t('freports.col.salesperson'), width: 100 },
      { field: 'phone', headerName: t('freports.col.phone'), width: 140, sortable: false, filter: false },
      {
        field: 'invoice_date',
        headerName: t('freports.col.invoiceDate'),
        width: 140,
        filter: 'agDateColumnFilter',
      },
      { field: 'due_date', headerName: t('freports.col.dueDate'), width: 140, filter: 'agDateColumnFilter' },
      moneyColumn<Row>('open_amount', t('freports.col.open'), { width: 140 }),
      {
        colId: 'letters',
        headerName: t('common.actions'),
        width: 170,
        pinned: 'right',
        sortable: false,
        filter: false,
        cellRenderer: (p: { data?: Row }) =>
          p.data ? (
            <LettersButton customerId={p.data.customer_id} customerName={p.data.customer_name} asOf={asOf} />
          ) : null,
      },
    ],
    [t, asOf],
  );

  return (
    <Page
      title={t('freports.overdue.title')}
      sub={
        total != null ? (
          <Typography.Text type="secondary">{t('freports.invoices', { n: total })}</Typography.Text>
        ) : null
      }
      extra={
        <Space wrap>
          <DatePicker
            value={asOf}
            onChange={(d) => d && setAsOf(d)}
            allowClear={false}
            prefix={<span className="fr-prefix">{t('freports.asOf')}</span>}
          />
          <Segmented<number>
            value={minDays}
            onChange={setMinDays}
            options={MIN_DAYS.map((d) => ({
              value: d,
              label: d === 1 ? t('freports.overdue.all') : t('freports.overdue.over', { n: d }),
            }))}
            data-testid="overdue-min"
          />
          <Input.Search
            allowClear
            placeholder={t('freports.overdue.search')}
            onSearch={(v) => setQ(v.trim())}
            style={{ width: 200 }}
            data-testid="overdue-search"
          />
          <Button icon={<ReloadOutlined />} onClick={() => grid.current?.refresh()} />
        </Space>
      }
    >
      <ServerGrid
        ref={grid}
        method="reports.overdue"
        columns={columns}
        params={{ as_of: iso(asOf), min_days: minDays, q: q || undefined }}
        rowId={(r) => String(r.invoice_id)}
        onTotal={setTotal}
        onError={showError}
        testId="overdue-grid"
      />
    </Page>
  );
}
