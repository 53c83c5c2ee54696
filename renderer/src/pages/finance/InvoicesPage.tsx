import { Button, Input, Segmented, Select, Space, Tag, Typography } from 'antd';
import { PlusOutlined, ReloadOutlined } from '@ant-design/icons';
import { useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import { Page } from '../../components/Page';
import { ServerGrid, moneyColumn, type GridColDef, type ServerGridHandle } from '../../components/ServerGrid';
import { StatusTag } from '../../components/StatusTag';
import { useFeedback } from '../../components/feedback';
import { useSession } from '../../session';
import { navigate } from '../../router';
import { bi } from '../../i18n';
import { CREDIT_KIND_LABELS, type InvoiceRow } from '../../../../shared/contract/finance';
import type { OutputOf } from '../../../../shared/contract';
import { CreditNoteModal } from './CreditNoteModal';
import { ExportButton, statusSpec } from '../../components/ExportButton';

type View = 'to_invoice' | 'all' | 'open' | 'overdue' | 'drafts' | 'awaiting';
const VIEWS: View[] = ['all', 'open', 'overdue', 'drafts', 'awaiting', 'to_invoice'];
type ToInvoiceRow = OutputOf<'invoices.toInvoice'>['rows'][number];

export const invoiceTitle = (t: TFunction, r: { number: string | null; id: number }) =>
  r.number ?? t('fin.draftNo', { id: r.id });

/** Invoice statuses in finance's words: approved = issued (已开具), checked = waiting to be issued. */
export function InvoiceStatusTag({ status }: { status: string }) {
  const { t } = useTranslation();
  const label =
    status === 'approved' ? t('fin.statusIssued') : status === 'checked' ? t('fin.statusChecked') : undefined;
  return <StatusTag status={status} label={label} />;
}

export function InvoicesPage() {
  const initial = (/[?&]view=(\w+)/.exec(window.location.hash)?.[1] ?? 'all') as View;
  const { t } = useTranslation();
  const { can } = useSession();
  const { showError } = useFeedback();
  const grid = useRef<ServerGridHandle>(null);
  const [view, setView] = useState<View>(VIEWS.includes(initial) ? initial : 'all');
  const [kind, setKind] = useState<'invoice' | 'credit_note' | undefined>(undefined);
  const [q, setQ] = useState('');
  const [total, setTotal] = useState<number | null>(null);
  const [creditOpen, setCreditOpen] = useState(false);

  const columns = useMemo<GridColDef<InvoiceRow>[]>(
    () => [
      {
        field: 'number',
        headerName: t('common.number', { defaultValue: '单号' }),
        width: 150,
        pinned: 'left',
        valueFormatter: (p) => (p.data ? invoiceTitle(t, p.data) : ''),
      },
      {
        field: 'kind',
        headerName: t('fin.kindCol'),
        width: 100,
        filter: false,
        cellRenderer: (p: { data?: InvoiceRow }) =>
          p.data?.kind === 'credit_note' ? (
            <Tag color="red" bordered={false}>
              {p.data.credit_kind
                ? bi(CREDIT_KIND_LABELS[p.data.credit_kind as keyof typeof CREDIT_KIND_LABELS])
                : t('fin.creditNote')}
            </Tag>
          ) : p.data?.opening ? (
            <Tag color="gold" bordered={false} title={`${t('fin.legacyNo')} ${p.data.legacy_number ?? ''}`}>
              {t('fin.opening')}
            </Tag>
          ) : p.data ? (
            <Tag bordered={false}>{t('fin.kinds.invoice')}</Tag>
          ) : null,
      },
      {
        field: 'status',
        headerName: t('common.status'),
        width: 180,
        filter: false,
        cellRenderer: (p: { value?: string; data?: InvoiceRow }) => (
          <Space size={2}>
            {p.value ? <InvoiceStatusTag status={p.value} /> : null}
            {p.data && p.data.days_overdue > 0 ? (
              <Tag color="red" bordered={false}>
                {t('fin.overdueDays', { n: p.data.days_overdue })}
              </Tag>
            ) : null}
          </Space>
        ),
      },
      { field: 'customer_name', headerName: '客户', flex: 2, minWidth: 220 },
      { field: 'salesperson_name', headerName: '业务员', width: 100 },
      { field: 'invoice_date', headerName: '发票日期', width: 120, filter: 'agDateColumnFilter' },
      { field: 'due_date', headerName: '到期日', width: 120, filter: 'agDateColumnFilter' },
      moneyColumn<InvoiceRow>('total', '价税合计'),
      moneyColumn<InvoiceRow>('open_amount', t('fin.open'), {
        cellStyle: (p) => (p.value > 0 && p.data?.days_overdue ? { color: '#cf1322' } : null),
      }),
      { field: 'vat_invoice_no', headerName: t('fin.vatNo'), width: 140 },
    ],
    [t],
  );

  const toInvoiceColumns = useMemo<GridColDef<ToInvoiceRow>[]>(
    () => [
      { field: 'customer_code', headerName: '客户编码', width: 120 },
      { field: 'customer_name', headerName: '客户', flex: 2, minWidth: 240 },
      { field: 'salesperson_name', headerName: '业务员', width: 110 },
      moneyColumn<ToInvoiceRow>('delivered_uninvoiced', t('fin.cards.toInvoice'), { width: 160 }),
      moneyColumn<ToInvoiceRow>('receivable', t('fin.cards.receivable'), { width: 160 }),
    ],
    [t],
  );

  return (
    <Page
      title={t('fin.invoices')}
      sub={
        total != null ? (
          <Typography.Text type="secondary">{t('common.total', { n: total })}</Typography.Text>
        ) : null
      }
      extra={
        <Space wrap>
          <Segmented<View>
            value={view}
            onChange={(v) => {
              setTotal(null);
              setView(v);
            }}
            options={VIEWS.map((v) => ({
              value: v,
              label: v === 'to_invoice' ? t('fin.cards.toInvoice') : t(`fin.views.${v}`),
            }))}
            data-testid="invoice-views"
          />
          {view !== 'to_invoice' ? (
            <Select
              value={kind ?? 'all'}
              onChange={(v) => setKind(v === 'all' ? undefined : (v as 'invoice' | 'credit_note'))}
              style={{ width: 110 }}
              options={(['all', 'invoice', 'credit_note'] as const).map((k) => ({
                value: k,
                label: t(`fin.kinds.${k}`),
              }))}
            />
          ) : null}
          <Input.Search
            allowClear
            placeholder="单号 / 原单号 / 客户 / 拼音"
            onSearch={(v) => setQ(v.trim())}
            style={{ width: 230 }}
          />
          <Button icon={<ReloadOutlined />} onClick={() => grid.current?.refresh()} />
          {view === 'to_invoice' ? (
            <ExportButton
              grid={grid}
              method="invoices.toInvoice"
              params={{ q: q || undefined }}
              columns={toInvoiceColumns}
              title={t('fin.cards.toInvoice')}
            />
          ) : (
            <ExportButton
              grid={grid}
              method="invoices.list"
              params={{ view, kind, q: q || undefined }}
              columns={columns}
              specs={{
                status: statusSpec({ approved: t('fin.statusIssued'), checked: t('fin.statusChecked') }),
                kind: { labels: { invoice: t('fin.kinds.invoice'), credit_note: t('fin.creditNote') } },
              }}
              title={t('fin.invoices')}
            />
          )}
          {can('invoices.write') ? (
            <>
              <Button onClick={() => setCreditOpen(true)} data-testid="credit-note-new">
                {t('fin.newCreditNote')}
              </Button>
              <Button
                type="primary"
                icon={<PlusOutlined />}
                onClick={() => navigate('/invoices/new')}
                data-testid="invoice-new"
              >
                {t('fin.newInvoice')}
              </Button>
            </>
          ) : null}
        </Space>
      }
    >
      {view === 'to_invoice' ? (
        <ServerGrid
          key="to-invoice"
          ref={grid}
          method="invoices.toInvoice"
          columns={toInvoiceColumns}
          params={{ q: q || undefined }}
          onRowDoubleClicked={(r) => navigate(`/invoices/new?customer=${r.id}`)}
          onTotal={setTotal}
          onError={showError}
          testId="to-invoice-grid"
        />
      ) : (
        <ServerGrid
          key="invoices"
          ref={grid}
          method="invoices.list"
          columns={columns}
          params={{ view, kind, q: q || undefined }}
          onRowDoubleClicked={(r) => navigate(`/invoices/${r.id}`)}
          onTotal={setTotal}
          onError={showError}
          testId="invoice-grid"
        />
      )}
      <CreditNoteModal
        open={creditOpen}
        onClose={(created) => {
          setCreditOpen(false);
          if (created) navigate(`/invoices/${created}`);
        }}
      />
    </Page>
  );
}
