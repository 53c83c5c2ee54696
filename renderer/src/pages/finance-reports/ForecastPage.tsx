import { Button, Card, DatePicker, Space, Typography } from 'antd';
import { ReloadOutlined } from '@ant-design/icons';
import dayjs, { type Dayjs } from 'dayjs';
import { lazy, Suspense, useCallback, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ColDef } from 'ag-grid-community';
import { call } from '../../api';
import { Page } from '../../components/Page';
import { useFeedback } from '../../components/feedback';
import type { OutputOf } from '../../../../shared/contract';
import { ReportGrid } from './ReportGrid';
import { amountText, iso, serverLabel } from './common';
import type { ChartSeries } from './ForecastChart';
import './finance-reports.css';

const ForecastChart = lazy(() => import('./ForecastChart'));

type Forecast = OutputOf<'reports.forecast'>;
type Row = Forecast['rows'][number];
const TOP = 5;

/**
 * The server's periods: 上旬 / 中旬 / 下旬 of the start date's month and the next two. Those that end
 * before the start date hold nothing (what fell due earlier is overdue), so they are not shown.
 */
function periodShown(from: string, i: number): boolean {
  const month = dayjs(from)
    .startOf('month')
    .add(Math.floor(i / 3), 'month');
  const end = i % 3 === 0 ? month.date(10) : i % 3 === 1 ? month.date(20) : month.endOf('month');
  return end.format('YYYY-MM-DD') >= from;
}

/** 收款预定表: what falls due per 10th / 20th / month-end over the next three months, by customer. */
export function ForecastPage() {
  const { t, i18n } = useTranslation();
  const { showError } = useFeedback();
  const [from, setFrom] = useState<Dayjs>(() => dayjs());
  const [labels, setLabels] = useState<string[]>([]);
  const [first, setFirst] = useState<Forecast | null>(null);
  const [nonce, setNonce] = useState(0);

  const load = useCallback(
    async (offset: number, limit: number) => {
      const r = await call('reports.forecast', { from: iso(from), offset, limit });
      if (offset === 0) {
        setLabels(r.labels);
        setFirst(r);
      }
      const totals: Row = { customer_id: -1, customer_name: '', ...r.totals };
      return { rows: r.rows, count: r.count, totals: [totals] };
    },
    [from],
  );

  const columns = useMemo<ColDef<Row>[]>(() => {
    const amount = (
      headerName: string,
      value: (r: Row) => number,
      extra: Partial<ColDef<Row>> = {},
    ): ColDef<Row> => ({
      headerName,
      valueGetter: (p) => (p.data ? value(p.data) : null),
      valueFormatter: (p) => amountText(p.value as number | null),
      // (a cellClass replaces the one of type rightAligned: keep it)
      cellClass: (p) => ['ag-right-aligned-cell', p.value === 0 ? 'fr-zero' : ''],
      type: 'rightAligned',
      flex: 1,
      minWidth: 88,
      ...extra,
    });
    return [
      {
        field: 'customer_name',
        headerName: t('freports.col.customer'),
        pinned: 'left',
        width: 210,
        valueFormatter: (p) => (p.node?.rowPinned ? t('freports.total') : String(p.value ?? '')),
      },
      amount(t('freports.forecast.overdue'), (r) => r.overdue, {
        colId: 'overdue',
        cellClass: (p) => ['ag-right-aligned-cell', p.value ? 'fr-red' : 'fr-zero'],
      }),
      ...labels.flatMap((l, i) =>
        periodShown(iso(from), i)
          ? [amount(serverLabel(t, l), (r) => r.buckets[i] ?? 0, { colId: `b${i}` })]
          : [],
      ),
      amount(t('freports.total'), (r) => r.total, {
        colId: 'total',
        cellClass: ['ag-right-aligned-cell', 'fr-strong'],
        flex: undefined,
        width: 116,
        pinned: 'right',
      }),
    ];
  }, [t, labels, from]);

  // The chart: the biggest customers of the first page stacked, the rest as "others" (from the totals).
  const chart = useMemo(() => {
    if (!first || first.count === 0) return null;
    const shown = first.labels.map((_, i) => periodShown(iso(from), i));
    const periods = [
      t('freports.forecast.overdue'),
      ...first.labels.filter((_, i) => shown[i]).map((l) => serverLabel(t, l)),
    ];
    const vec = (r: { overdue: number; buckets: number[] }) => [
      r.overdue,
      ...r.buckets.filter((_, i) => shown[i]),
    ];
    const top = [...first.rows].sort((a, b) => b.total - a.total).slice(0, TOP);
    const series: ChartSeries[] = top.map((r) => ({ name: r.customer_name, data: vec(r) }));
    const rest = vec(first.totals).map((v, i) => v - top.reduce((s, r) => s + vec(r)[i]!, 0));
    if (rest.some((v) => v !== 0)) series.push({ name: t('freports.forecast.others'), data: rest });
    return { periods, series };
  }, [first, t, from]);

  const en = i18n.language === 'en';
  const axisLabel = useCallback(
    (v: number) => (v >= 10000 ? (en ? `${v / 1000}k` : `${v / 10000}万`) : String(v)),
    [en],
  );

  return (
    <Page
      title={t('freports.forecast.title')}
      sub={<Typography.Text type="secondary">{t('freports.forecast.sub')}</Typography.Text>}
      extra={
        <Space wrap>
          <DatePicker
            value={from}
            onChange={(d) => d && setFrom(d)}
            allowClear={false}
            prefix={<span className="fr-prefix">{t('freports.forecast.from')}</span>}
            data-testid="forecast-from"
          />
          <Button icon={<ReloadOutlined />} onClick={() => setNonce((n) => n + 1)} />
        </Space>
      }
    >
      <div className="fr-stack">
        {chart ? (
          <Card size="small" styles={{ body: { padding: '8px 12px' } }}>
            <Suspense fallback={<div style={{ height: 200 }} />}>
              <ForecastChart
                periods={chart.periods}
                series={chart.series}
                axisLabel={axisLabel}
                height={200}
              />
            </Suspense>
          </Card>
        ) : null}
        <div className="fr-fill">
          <ReportGrid<Row>
            columns={columns}
            load={load}
            reloadKey={`${iso(from)}#${nonce}`}
            rowId={(r) => String(r.customer_id)}
            onError={showError}
            testId="forecast-grid"
          />
        </div>
      </div>
    </Page>
  );
}
