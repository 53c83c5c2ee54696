import {
  Alert,
  Button,
  Card,
  Drawer,
  Empty,
  Input,
  Modal,
  Space,
  Statistic,
  Table,
  Tag,
  Typography,
} from 'antd';
import { HistoryOutlined, StepForwardOutlined, ThunderboltOutlined } from '@ant-design/icons';
import { AgGridReact } from 'ag-grid-react';
import type { ColDef, GridApi, RowClassParams } from 'ag-grid-community';
import { AG_GRID_LOCALE_CN, AG_GRID_LOCALE_EN } from '@ag-grid-community/locale';
import dayjs from 'dayjs';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { call } from '../../api';
import { useSession } from '../../session';
import { navigate } from '../../router';
import { useFeedback } from '../../components/feedback';
import { RemoteSelect } from '../../components/RemoteSelect';
import { gridTheme } from '../../components/ServerGrid';
import { fl } from '../../i18n';
import { formatFen } from '../../../../shared/money';
import type { AllocationRow, MatchLine, OpenItem } from '../../../../shared/contract/finance';
import type { OutputOf } from '../../../../shared/contract';
import { AllocationsTable } from './AllocationsTable';

const money = (v: number) => `¥${formatFen(v)}`;
const key = (i: OpenItem) => `${i.type}:${i.id}`;

/** Splits a credit's open amount over the chosen invoices, due first; the last one may be paid in part. */
export function planMatch(credit: OpenItem, invoices: OpenItem[]): MatchLine[] {
  let left = credit.open;
  const out: MatchLine[] = [];
  const ordered = [...invoices].sort(
    (a, b) =>
      (a.due_date ?? a.date).localeCompare(b.due_date ?? b.date) ||
      a.date.localeCompare(b.date) ||
      a.id - b.id,
  );
  for (const inv of ordered) {
    if (left <= 0) break;
    const amount = Math.min(left, inv.open);
    if (amount > 0) {
      out.push({
        source_type: credit.type as 'receipt' | 'credit_note',
        source_id: credit.id,
        invoice_id: inv.id,
        amount,
      });
      left -= amount;
    }
  }
  return out;
}

/**
 * Matching (核销): a customer's unapplied receipts and credits on the left, open invoices on the right.
 * ↑↓ picks a receipt, Space ticks invoices, Enter matches. Invoices of exactly the receipt's amount come first.
 */
export function MatchingPage() {
  const { t, i18n } = useTranslation();
  const { can } = useSession();
  const { message, modal, showError } = useFeedback();
  const [customerId, setCustomerId] = useState<number | null>(
    Number(/[?&]customer=(\d+)/.exec(window.location.hash)?.[1]) || null,
  );
  const [data, setData] = useState<({ customerId: number } & OutputOf<'matching.items'>) | null>(null);
  const [reloads, setReloads] = useState(0);
  const [creditKey, setCreditKey] = useState<string | null>(null);
  const [ticked, setTicked] = useState<OpenItem[]>([]);
  const [filter, setFilter] = useState('');
  const [busy, setBusy] = useState(false);
  const [history, setHistory] = useState<AllocationRow[] | null>(null);
  const [auto, setAuto] = useState<OutputOf<'matching.autoPreview'> | null>(null);
  const [autoScope, setAutoScope] = useState<number | undefined>(undefined);
  const leftApi = useRef<GridApi<OpenItem> | null>(null);
  const rightApi = useRef<GridApi<OpenItem> | null>(null);
  const pageRef = useRef<HTMLDivElement>(null);
  const writable = can('receipts.write');

  useEffect(() => {
    if (!customerId) return;
    let live = true;
    call('matching.items', { customer_id: customerId })
      .then((r) => live && setData({ customerId, ...r }))
      .catch(showError);
    return () => {
      live = false;
    };
  }, [customerId, reloads, showError]);
  const current = customerId != null && data?.customerId === customerId;
  const credits = useMemo(() => (current ? data!.credits : []), [current, data]);
  const invoices = useMemo(() => (current ? data!.invoices : []), [current, data]);
  const truncated = current && data!.truncated;
  const loading = customerId != null && !current;
  const credit = credits.find((c) => key(c) === creditKey) ?? credits[0] ?? null;
  const reload = () => {
    rightApi.current?.deselectAll();
    setTicked([]);
    setReloads((n) => n + 1);
  };
  const chooseCustomer = (cid: number | null) => {
    setCustomerId(cid);
    setTicked([]);
    setCreditKey(null);
  };

  // Select the chosen credit in the left grid (keyboard focus follows).
  useEffect(() => {
    const api = leftApi.current;
    if (!api || !credit) return;
    const node = api.getRowNode(key(credit));
    if (node && !node.isSelected()) node.setSelected(true, true);
  }, [credit, credits]);

  const sameAmount = useCallback((i: OpenItem) => credit != null && i.open === credit.open, [credit]);

  /** Invoices: same amount as the chosen credit first, then due first; the quick filter narrows them. */
  const shownInvoices = useMemo(() => {
    const f = filter.trim().toLowerCase();
    const list = f
      ? invoices.filter(
          (i) =>
            (i.number ?? '').toLowerCase().includes(f) ||
            i.date.includes(f) ||
            (i.due_date ?? '').includes(f) ||
            formatFen(i.open, { grouping: false }).includes(f),
        )
      : invoices;
    return [...list].sort((a, b) => Number(sameAmount(b)) - Number(sameAmount(a)));
  }, [filter, invoices, sameAmount]);

  const plan = useMemo(() => (credit ? planMatch(credit, ticked) : []), [credit, ticked]);
  const planTotal = plan.reduce((s, l) => s + l.amount, 0);

  const apply = useCallback(async () => {
    if (!customerId || !credit || plan.length === 0 || busy) return;
    setBusy(true);
    try {
      const r = await call('matching.apply', { customer_id: customerId, lines: plan });
      message.success(t('fin.matched', { n: r.applied, amount: formatFen(r.amount) }));
      reload();
    } catch (e) {
      showError(e);
    } finally {
      setBusy(false);
    }
  }, [busy, credit, customerId, message, plan, showError, t]);

  // Enter matches (anywhere on the page but in a text box); F8 auto-matches this customer.
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (!pageRef.current?.contains(e.target as Node)) return;
      const tag = (e.target as HTMLElement).tagName;
      if (e.key === 'Enter' && tag !== 'INPUT' && tag !== 'TEXTAREA' && tag !== 'BUTTON') {
        e.preventDefault();
        void apply();
      }
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [apply]);

  const nextCustomer = async () => {
    try {
      const r = await call('receipts.list', {
        view: 'unapplied',
        limit: 20,
        sort: [{ field: 'receipt_date', dir: 'asc' }],
      });
      const next = r.rows.find((x) => x.customer_id !== customerId) ?? r.rows[0];
      if (!next) message.info(t('fin.noneLeft'));
      else chooseCustomer(next.customer_id);
    } catch (e) {
      showError(e);
    }
  };

  const preview = async (cid?: number) => {
    try {
      const p = await call('matching.autoPreview', cid ? { customer_id: cid } : {});
      if (p.matches === 0) {
        message.info(t('fin.autoNothing'));
        return;
      }
      setAutoScope(cid);
      setAuto(p);
    } catch (e) {
      showError(e);
    }
  };

  const commitAuto = async () => {
    if (!auto) return;
    setBusy(true);
    try {
      const r = await call('matching.autoCommit', {
        ...(autoScope ? { customer_id: autoScope } : {}),
        fingerprint: auto.fingerprint,
      });
      message.success(t('fin.autoDone', { matches: r.matches, amount: formatFen(r.amount) }));
      setAuto(null);
      reload();
    } catch (e) {
      showError(e);
      setAuto(null);
    } finally {
      setBusy(false);
    }
  };

  const showHistory = async () => {
    if (!credit) return;
    try {
      if (credit.type === 'receipt') setHistory(await call('matching.history', { receipt_id: credit.id }));
      else navigate(`/invoices/${credit.id}`);
    } catch (e) {
      showError(e);
    }
  };

  const today = dayjs().format('YYYY-MM-DD');
  const leftCols = useMemo<ColDef<OpenItem>[]>(
    () => [
      {
        field: 'type',
        headerName: t('fin.kindCol'),
        width: 76,
        valueFormatter: (p) => (p.value === 'receipt' ? t('fin.receipt') : t('fin.creditNote')),
      },
      { field: 'number', headerName: '单号', width: 130 },
      { field: 'date', headerName: t('fin.date'), width: 100 },
      { field: 'reference', headerName: fl('reference'), flex: 1, minWidth: 80, tooltipField: 'reference' },
      {
        field: 'open',
        headerName: t('fin.openCredit'),
        type: 'rightAligned',
        width: 120,
        valueFormatter: (p) => money(Number(p.value)),
      },
    ],
    [t],
  );
  const rightCols = useMemo<ColDef<OpenItem>[]>(
    () => [
      { field: 'number', headerName: t('fin.invoice'), width: 150, checkboxSelection: false },
      { field: 'date', headerName: fl('invoice_date'), width: 105 },
      {
        field: 'due_date',
        headerName: fl('due_date'),
        width: 105,
        cellStyle: (p) => (p.value && p.value < today ? { color: '#cf1322' } : null),
      },
      {
        field: 'total',
        headerName: fl('total'),
        type: 'rightAligned',
        width: 120,
        valueFormatter: (p) => money(Number(p.value)),
      },
      {
        field: 'open',
        headerName: t('fin.open'),
        type: 'rightAligned',
        flex: 1,
        minWidth: 120,
        valueFormatter: (p) => money(Number(p.value)),
      },
    ],
    [t, today],
  );

  const rowClassRules = useMemo(
    () => ({ 'row-same-amount': (p: RowClassParams<OpenItem>) => !!p.data && sameAmount(p.data) }),
    [sameAmount],
  );
  useEffect(() => {
    rightApi.current?.redrawRows();
  }, [rowClassRules]);

  const creditTotal = credits.reduce((s, c) => s + c.open, 0);
  const invoiceTotal = invoices.reduce((s, c) => s + c.open, 0);
  const localeText = i18n.language === 'en' ? AG_GRID_LOCALE_EN : AG_GRID_LOCALE_CN;

  return (
    <div className="page" ref={pageRef} data-testid="matching-page">
      <div className="page-head">
        <Space>
          <Typography.Title level={4} style={{ margin: 0 }}>
            {t('fin.matching')}
          </Typography.Title>
          <RemoteSelect
            method="customers.options"
            value={customerId ?? undefined}
            onChange={(v) => chooseCustomer((v as number | undefined) ?? null)}
            placeholder={fl('customer_id')}
            style={{ width: 300 }}
            data-testid="match-customer"
          />
          <Button icon={<StepForwardOutlined />} onClick={() => void nextCustomer()} data-testid="match-next">
            {t('fin.nextCustomer')}
          </Button>
        </Space>
        {writable ? (
          <Space>
            <Button
              icon={<ThunderboltOutlined />}
              disabled={!customerId}
              onClick={() => void preview(customerId ?? undefined)}
              data-testid="match-auto-this"
            >
              {t('fin.autoThis')}
            </Button>
            <Button onClick={() => void preview()} data-testid="match-auto-all">
              {t('fin.auto')}
            </Button>
          </Space>
        ) : null}
      </div>
      <Typography.Text type="secondary" style={{ marginBottom: 8, display: 'block' }}>
        {t('fin.matchHint')}
      </Typography.Text>
      {truncated ? (
        <Alert type="warning" showIcon title={t('fin.truncated')} style={{ marginBottom: 8 }} />
      ) : null}
      <div className="match-panes">
        <Card
          size="small"
          title={t('fin.credits')}
          extra={<Typography.Text type="secondary">{money(creditTotal)}</Typography.Text>}
          className="match-pane"
        >
          {customerId ? (
            <div style={{ height: '100%' }} data-testid="match-credits">
              <AgGridReact<OpenItem>
                theme={gridTheme}
                localeText={localeText}
                rowData={credits}
                columnDefs={leftCols}
                loading={loading}
                getRowId={(p) => key(p.data)}
                rowSelection={{ mode: 'singleRow', checkboxes: false, enableClickSelection: true }}
                onGridReady={(e) => (leftApi.current = e.api)}
                onSelectionChanged={(e) => {
                  const row = e.api.getSelectedRows()[0];
                  if (row && (credit == null || key(row) !== key(credit))) setCreditKey(key(row));
                }}
                onCellFocused={(e) => {
                  if (e.rowIndex == null) return;
                  const node = e.api.getDisplayedRowAtIndex(e.rowIndex);
                  if (node && !node.isSelected()) node.setSelected(true, true);
                }}
                overlayNoRowsTemplate={`<span>${t('fin.none')}</span>`}
              />
            </div>
          ) : (
            <Empty description={t('fin.pickCustomer')} />
          )}
        </Card>
        <Card
          size="small"
          title={t('fin.invoicesOpen')}
          extra={
            <Space>
              <Input
                allowClear
                size="small"
                placeholder={t('fin.quickFilter')}
                value={filter}
                onChange={(e) => setFilter(e.target.value)}
                style={{ width: 200 }}
                data-testid="match-filter"
              />
              <Typography.Text type="secondary">{money(invoiceTotal)}</Typography.Text>
            </Space>
          }
          className="match-pane"
        >
          {customerId ? (
            <div style={{ height: '100%' }} data-testid="match-invoices">
              <AgGridReact<OpenItem>
                theme={gridTheme}
                localeText={localeText}
                rowData={shownInvoices}
                columnDefs={rightCols}
                loading={loading}
                getRowId={(p) => key(p.data)}
                rowClassRules={rowClassRules}
                rowSelection={{ mode: 'multiRow', headerCheckbox: true, enableClickSelection: true }}
                onGridReady={(e) => (rightApi.current = e.api)}
                onSelectionChanged={(e) => setTicked(e.api.getSelectedRows())}
                overlayNoRowsTemplate={`<span>${t('fin.none')}</span>`}
              />
            </div>
          ) : (
            <Empty description={t('fin.pickCustomer')} />
          )}
        </Card>
      </div>
      <div className="match-bar" data-testid="match-bar">
        <Space size="large">
          <Statistic
            title={
              credit
                ? `${credit.type === 'receipt' ? t('fin.receipt') : t('fin.creditNote')} ${credit.number ?? ''}`
                : t('fin.selectCredit')
            }
            value={credit ? money(credit.open) : '—'}
          />
          <Statistic
            title={t('fin.selected', { n: ticked.length })}
            value={money(ticked.reduce((s, i) => s + i.open, 0))}
          />
          {credit && ticked.some((i) => i.open === credit.open) ? (
            <Tag color="green">{t('fin.sameAmount')}</Tag>
          ) : null}
        </Space>
        <Space>
          <Button icon={<HistoryOutlined />} disabled={!credit} onClick={() => void showHistory()}>
            {t('fin.history')}
          </Button>
          {writable ? (
            <Button
              type="primary"
              size="large"
              disabled={plan.length === 0}
              loading={busy}
              onClick={() => void apply()}
              data-testid="match-apply"
            >
              {plan.length
                ? t('fin.applyN', { n: plan.length, amount: formatFen(planTotal) })
                : t('fin.apply')}
            </Button>
          ) : null}
        </Space>
      </div>
      <Modal
        open={auto != null}
        title={t('fin.autoTitle')}
        width={720}
        onCancel={() => setAuto(null)}
        onOk={() =>
          modal.confirm({
            title: t('fin.autoCommit'),
            content: auto
              ? t('fin.autoSummary', {
                  customers: auto.customers,
                  matches: auto.matches,
                  amount: formatFen(auto.amount),
                })
              : null,
            onOk: commitAuto,
          })
        }
        okText={t('fin.autoCommit')}
        confirmLoading={busy}
        destroyOnHidden
      >
        {auto ? (
          <>
            <Alert
              type="info"
              showIcon
              style={{ marginBottom: 12 }}
              title={t('fin.autoSummary', {
                customers: auto.customers,
                matches: auto.matches,
                amount: formatFen(auto.amount),
              })}
              description={t('fin.autoRule')}
              data-testid="auto-summary"
            />
            <Typography.Text type="secondary">{t('fin.sample', { n: auto.sample.length })}</Typography.Text>
            <Table
              size="small"
              rowKey={(_, i) => String(i)}
              dataSource={auto.sample}
              pagination={{ pageSize: 8, size: 'small' }}
              columns={[
                { title: fl('customer_id'), dataIndex: 'customer_name' },
                { title: t('fin.source'), dataIndex: 'source_number', width: 140 },
                { title: t('fin.invoice'), dataIndex: 'invoice_number', width: 140 },
                { title: t('fin.thisApply'), dataIndex: 'amount', align: 'right', width: 120, render: money },
              ]}
            />
          </>
        ) : null}
      </Modal>
      <Drawer
        open={history != null}
        title={`${t('fin.history')} ${credit?.number ?? ''}`}
        size={720}
        onClose={() => setHistory(null)}
      >
        {history ? (
          <AllocationsTable
            rows={history}
            side="receipt"
            onChanged={() => {
              void showHistory();
              reload();
            }}
          />
        ) : null}
      </Drawer>
    </div>
  );
}
