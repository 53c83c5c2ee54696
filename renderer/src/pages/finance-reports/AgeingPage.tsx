import { Button, DatePicker, Drawer, Input, Popover, Segmented, Space, Typography } from 'antd';
import { EditOutlined, ReloadOutlined } from '@ant-design/icons';
import dayjs, { type Dayjs } from 'dayjs';
import { useCallback, useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CellClickedEvent, ColDef } from 'ag-grid-community';
import { call } from '../../api';
import { FileExportButton } from '../../components/ExportButton';
import { Page } from '../../components/Page';
import { useFeedback } from '../../components/feedback';
import { formatFen } from '../../../../shared/money';
import type { AgeingRow } from '../../../../shared/contract/finance';
import { ReportGrid } from './ReportGrid';
import { amountText, bucketLabels, iso, parseBounds, serverLabel } from './common';
import './finance-reports.css';

type Basis = 'due' | 'invoice';
type GroupBy = 'customer' | 'salesperson' | 'region';

/** -1: 未到期 (current); 0…n: the bucket columns. */
interface Drill {
  key?: number;
  name: string;
  bucket: number;
  label: string;
  amount: number;
}

/** 账龄分析: open receivables as of a date in age buckets, by customer, salesperson or region. */
export function AgeingPage() {
  const { t } = useTranslation();
  const { showError } = useFeedback();
  const [asOf, setAsOf] = useState<Dayjs>(() => dayjs());
  const [basis, setBasis] = useState<Basis>('due');
  const [groupBy, setGroupBy] = useState<GroupBy>('customer');
  const [q, setQ] = useState('');
  const [bounds, setBounds] = useState<number[] | null>(null);
  const [defaults, setDefaults] = useState<number[] | null>(null);
  const [count, setCount] = useState<number | null>(null);
  const [drill, setDrill] = useState<Drill | null>(null);
  const [nonce, setNonce] = useState(0);

  useEffect(() => {
    call('finance.settings', {})
      .then((s) => {
        setDefaults(s.ageing_buckets);
        setBounds((b) => b ?? s.ageing_buckets);
      })
      .catch(showError);
  }, [showError]);

  const labels = useMemo(() => (bounds ? bucketLabels(t, bounds) : []), [bounds, t]);

  const query = useMemo(
    () => ({
      as_of: iso(asOf),
      basis,
      group_by: groupBy,
      buckets: bounds ?? undefined,
      q: q || undefined,
    }),
    [asOf, basis, groupBy, bounds, q],
  );

  const load = useCallback(
    async (offset: number, limit: number) => {
      const r = await call('reports.ageing', { ...query, offset, limit });
      return { rows: r.rows, count: r.count, totals: [{ ...r.total, key: -1 }] };
    },
    [query],
  );

  const columns = useMemo<ColDef<AgeingRow>[]>(() => {
    const amount = (
      headerName: string,
      value: (r: AgeingRow) => number,
      drillBucket: number | null,
      extra: Partial<ColDef<AgeingRow>> = {},
    ): ColDef<AgeingRow> => ({
      headerName,
      colId: drillBucket == null ? headerName : `b${drillBucket}`,
      valueGetter: (p) => (p.data ? value(p.data) : null),
      valueFormatter: (p) => amountText(p.value as number | null),
      type: 'rightAligned',
      flex: 1,
      minWidth: 92,
      // (a cellClass replaces the one of type rightAligned: keep it)
      cellClass: (p) => [
        'ag-right-aligned-cell',
        drillBucket != null && p.value ? 'fr-drill' : p.value === 0 ? 'fr-zero' : '',
      ],
      ...extra,
    });
    return [
      {
        field: 'name',
        headerName: t(`freports.ageing.group.${groupBy}`),
        pinned: 'left',
        width: 220,
        valueFormatter: (p) =>
          p.node?.rowPinned ? t('freports.total') : serverLabel(t, String(p.value ?? '')),
      },
      amount(t('freports.current'), (r) => r.current, -1),
      ...labels.map((l, i) =>
        amount(l, (r) => r.buckets[i] ?? 0, i, {
          cellClassRules: { 'fr-late': (p) => i >= 2 && Boolean(p.value) },
        }),
      ),
      amount(t('freports.unapplied'), (r) => -r.unapplied, null, {
        headerTooltip: t('freports.unappliedHint'),
        colId: 'unapplied',
      }),
      amount(t('freports.total'), (r) => r.total, null, {
        colId: 'total',
        cellClass: ['ag-right-aligned-cell', 'fr-strong'],
        flex: undefined,
        width: 120,
        pinned: 'right',
      }),
    ];
  }, [t, labels, groupBy]);

  const onCellClicked = (e: CellClickedEvent<AgeingRow>) => {
    const col = e.colDef.colId ?? '';
    const m = /^b(-?\d+)$/.exec(col);
    if (!m || !e.data || !e.value) return;
    const bucket = Number(m[1]);
    const pinned = Boolean(e.node.rowPinned);
    setDrill({
      key: pinned ? undefined : e.data.key,
      name: pinned ? t('freports.total') : serverLabel(t, e.data.name),
      bucket,
      label: bucket === -1 ? t('freports.current') : labels[bucket]!,
      amount: Number(e.value),
    });
  };

  return (
    <Page
      title={t('freports.ageing.title')}
      sub={
        count != null ? (
          <Typography.Text type="secondary">{t('freports.rows', { n: count })}</Typography.Text>
        ) : null
      }
      extra={
        <Space wrap>
          <DatePicker
            value={asOf}
            onChange={(d) => d && setAsOf(d)}
            allowClear={false}
            prefix={<span className="fr-prefix">{t('freports.asOf')}</span>}
            data-testid="ageing-asof"
          />
          <Segmented<Basis>
            value={basis}
            onChange={setBasis}
            options={[
              { value: 'due', label: t('freports.ageing.byDue') },
              { value: 'invoice', label: t('freports.ageing.byInvoice') },
            ]}
            data-testid="ageing-basis"
          />
          <Segmented<GroupBy>
            value={groupBy}
            onChange={setGroupBy}
            options={(['customer', 'salesperson', 'region'] as const).map((g) => ({
              value: g,
              label: t(`freports.ageing.group.${g}`),
            }))}
            data-testid="ageing-group"
          />
          <BucketEditor bounds={bounds} defaults={defaults} onApply={setBounds} />
          <Input.Search
            allowClear
            placeholder={t('freports.ageing.search')}
            onSearch={(v) => setQ(v.trim())}
            style={{ width: 180 }}
            data-testid="ageing-search"
          />
          <Button icon={<ReloadOutlined />} onClick={() => setNonce((n) => n + 1)} />
          <FileExportButton run={() => call('exports.ageing', query)} disabled={!bounds} />
        </Space>
      }
    >
      {bounds ? (
        <ReportGrid<AgeingRow>
          columns={columns}
          load={load}
          reloadKey={`${JSON.stringify(query)}#${nonce}`}
          rowId={(r) => String(r.key)}
          onCellClicked={onCellClicked}
          onCount={setCount}
          onError={showError}
          testId="ageing-grid"
        />
      ) : null}
      {drill && bounds ? (
        <AgeingItemsDrawer drill={drill} query={query} onClose={() => setDrill(null)} />
      ) : null}
    </Page>
  );
}

/** Edits the bucket bounds of this view (not the saved settings) as a comma list. */
function BucketEditor({
  bounds,
  defaults,
  onApply,
}: {
  bounds: number[] | null;
  defaults: number[] | null;
  onApply: (b: number[]) => void;
}) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const [text, setText] = useState('');
  const parsed = parseBounds(text);
  const error = 'error' in parsed ? t(parsed.error) : null;
  const apply = () => {
    if ('bounds' in parsed) {
      onApply(parsed.bounds);
      setOpen(false);
    }
  };
  return (
    <Popover
      open={open}
      onOpenChange={(o) => {
        setOpen(o);
        if (o) setText((bounds ?? []).join(', '));
      }}
      trigger="click"
      placement="bottomRight"
      title={t('freports.buckets.title')}
      content={
        <div style={{ width: 300 }} data-testid="bucket-editor">
          <Input
            value={text}
            onChange={(e) => setText(e.target.value)}
            onPressEnter={apply}
            status={error ? 'error' : undefined}
            placeholder="30, 60, 90, 180, 365"
            data-testid="bucket-input"
            autoFocus
          />
          <div className="fr-hint">
            {error ? (
              <Typography.Text type="danger">{error}</Typography.Text>
            ) : (
              [t('freports.current'), ...bucketLabels(t, 'bounds' in parsed ? parsed.bounds : [])].join(' · ')
            )}
          </div>
          <Space style={{ marginTop: 8, width: '100%', justifyContent: 'space-between' }}>
            <Button size="small" onClick={() => defaults && setText(defaults.join(', '))}>
              {t('freports.buckets.reset')}
            </Button>
            <Button
              size="small"
              type="primary"
              disabled={Boolean(error)}
              onClick={apply}
              data-testid="bucket-apply"
            >
              {t('freports.buckets.apply')}
            </Button>
          </Space>
        </div>
      }
    >
      <Button icon={<EditOutlined />} data-testid="bucket-edit">
        {t('freports.buckets.button', { b: (bounds ?? []).join('/') })}
      </Button>
    </Popover>
  );
}

interface ItemRow {
  invoice_id: number;
  number: string | null;
  customer_name: string;
  salesperson_name: string;
  invoice_date: string;
  due_date: string | null;
  days: number;
  open: number;
}

/** The invoices behind one amount of the ageing: that row (or all rows) and that bucket. */
function AgeingItemsDrawer({
  drill,
  query,
  onClose,
}: {
  drill: Drill;
  query: {
    as_of: string;
    basis: Basis;
    group_by: GroupBy;
    buckets?: number[];
  };
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const { showError } = useFeedback();
  const [count, setCount] = useState<number | null>(null);
  const input = useMemo(
    () => ({
      as_of: query.as_of,
      basis: query.basis,
      group_by: query.group_by,
      buckets: query.buckets,
      key: drill.key,
      bucket: drill.bucket,
    }),
    [query.as_of, query.basis, query.group_by, query.buckets, drill.key, drill.bucket],
  );
  const load = useCallback(
    async (offset: number, limit: number) => {
      const r = await call('reports.ageingItems', { ...input, offset, limit });
      return { rows: r.rows, count: r.total };
    },
    [input],
  );
  const columns = useMemo<ColDef<ItemRow>[]>(
    () => [
      { field: 'number', headerName: t('freports.col.invoiceNo'), width: 140, pinned: 'left' },
      { field: 'customer_name', headerName: t('freports.col.customer'), flex: 1, minWidth: 180 },
      { field: 'salesperson_name', headerName: t('freports.col.salesperson'), width: 90 },
      { field: 'invoice_date', headerName: t('freports.col.invoiceDate'), width: 110 },
      { field: 'due_date', headerName: t('freports.col.dueDate'), width: 110 },
      {
        field: 'days',
        headerName:
          query.basis === 'due' ? t('freports.col.daysOverdue') : t('freports.col.daysSinceInvoice'),
        width: 96,
        type: 'rightAligned',
      },
      {
        field: 'open',
        headerName: t('freports.col.open'),
        width: 120,
        type: 'rightAligned',
        valueFormatter: (p) => formatFen(Number(p.value ?? 0)),
      },
    ],
    [t, query.basis],
  );
  return (
    <Drawer
      open
      size={900}
      onClose={onClose}
      title={t('freports.ageing.drillTitle', { name: drill.name, label: drill.label })}
      footer={
        <Space style={{ width: '100%', justifyContent: 'space-between' }}>
          <Typography.Text type="secondary" data-testid="drill-summary">
            {count != null ? t('freports.ageing.drillSummary', { n: count, a: formatFen(drill.amount) }) : ''}
          </Typography.Text>
          <Button onClick={onClose}>{t('common.close')}</Button>
        </Space>
      }
    >
      <Typography.Paragraph type="secondary" style={{ marginTop: -8 }}>
        {t('freports.ageing.drillSub', {
          asOf: query.as_of,
          basis: query.basis === 'due' ? t('freports.ageing.byDue') : t('freports.ageing.byInvoice'),
        })}
      </Typography.Paragraph>
      <ReportGrid<ItemRow>
        columns={columns}
        load={load}
        reloadKey={JSON.stringify(input)}
        rowId={(r) => String(r.invoice_id)}
        onCount={setCount}
        onError={showError}
        height="calc(100% - 40px)"
        testId="drill-grid"
      />
    </Drawer>
  );
}
