import { Button, Card, DatePicker, Empty, Space, Spin, Table, Tooltip, Typography } from 'antd';
import { FileDoneOutlined, PrinterOutlined } from '@ant-design/icons';
import type { Dayjs } from 'dayjs';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { call } from '../../api';
import { RemoteSelect } from '../../components/RemoteSelect';
import { FileExportButton } from '../../components/ExportButton';
import { useFeedback } from '../../components/feedback';
import { useSession } from '../../session';
import { formatFen } from '../../../../shared/money';
import type { StatementData } from '../../../../shared/contract/finance';
import { docTypeLabel, iso, serverLabel, yuan } from './common';

/** Prints a customer's statement for a period (PDF is built by the documents team; see StatementsPage). */
export type StatementPrintHook = (customerId: number, from: string, to: string) => void;

interface EntryView {
  key: string;
  date: string;
  doc_type: string;
  doc_number: string | null;
  description: string | null;
  debit: number | null;
  credit: number | null;
  balance: number;
  edge?: boolean;
}

/** One customer's statement for a period, laid out like the printed sheet, with ageing of what is open. */
export function StatementPreview({
  period,
  onPeriod,
  onGenerated,
  onPrint,
}: {
  period: [Dayjs, Dayjs];
  onPeriod: (p: [Dayjs, Dayjs]) => void;
  onGenerated: () => void;
  onPrint?: StatementPrintHook;
}) {
  const { t } = useTranslation();
  const { can, companyName } = useSession();
  const { message, showError } = useFeedback();
  const [customer, setCustomer] = useState<number | null>(null);
  // The statement last loaded, with the request it answers; what is shown follows the current request.
  const [loaded, setLoaded] = useState<{ key: string; data: StatementData | null } | null>(null);
  const [busy, setBusy] = useState(false);
  const from = iso(period[0]);
  const to = iso(period[1]);
  const key = customer ? `${customer}|${from}|${to}` : '';
  const loading = Boolean(customer) && loaded?.key !== key;
  const data = customer ? (loaded?.data ?? null) : null;

  useEffect(() => {
    if (!customer) return;
    let live = true;
    const k = `${customer}|${from}|${to}`;
    call('statements.preview', { customer_id: customer, from, to })
      .then((d) => live && setLoaded({ key: k, data: d }))
      .catch((e: unknown) => {
        if (live) setLoaded({ key: k, data: null });
        showError(e);
      });
    return () => {
      live = false;
    };
  }, [customer, from, to, showError]);

  const generate = async () => {
    if (!customer) return;
    setBusy(true);
    try {
      const r = await call('statements.generate', { from, to, customer_ids: [customer] });
      message.success(t('freports.st.generatedOne', { a: formatFen(r.generated[0]?.closing ?? 0) }));
      onGenerated();
    } catch (e) {
      showError(e);
    } finally {
      setBusy(false);
    }
  };

  const rows: EntryView[] = data
    ? [
        {
          key: 'open',
          date: data.period_from,
          doc_type: '',
          doc_number: null,
          description: t('freports.st.opening'),
          debit: null,
          credit: null,
          balance: data.opening,
          edge: true,
        },
        ...data.entries.map((e, i) => ({ key: String(i), ...e })),
        {
          key: 'close',
          date: data.period_to,
          doc_type: '',
          doc_number: null,
          description: t('freports.st.periodTotal'),
          debit: data.debits,
          credit: data.credits,
          balance: data.closing,
          edge: true,
        },
      ]
    : [];

  const num = (v: number | null) => (v == null || v === 0 ? '' : formatFen(v));

  return (
    <div data-testid="statement-preview">
      <Space wrap style={{ marginBottom: 12 }}>
        <RemoteSelect
          method="customers.options"
          value={customer ?? undefined}
          onChange={(v) => setCustomer((v as number | undefined) ?? null)}
          placeholder={t('freports.st.pickCustomer')}
          style={{ width: 320 }}
          data-testid="st-customer"
        />
        <DatePicker.RangePicker
          value={period}
          allowClear={false}
          onChange={(v) => v?.[0] && v[1] && onPeriod([v[0], v[1]])}
          data-testid="st-period"
        />
        {can('statements.write') ? (
          <Button
            type="primary"
            icon={<FileDoneOutlined />}
            disabled={!data}
            loading={busy}
            onClick={() => void generate()}
            data-testid="st-generate"
          >
            {t('freports.st.generate')}
          </Button>
        ) : null}
        {/* Printing (PDF) comes from the documents team: they pass onPrint to StatementsPage. */}
        <Tooltip title={onPrint ? undefined : t('freports.st.printSoon')}>
          <Button
            icon={<PrinterOutlined />}
            disabled={!data || !onPrint}
            onClick={() => customer && onPrint?.(customer, from, to)}
            data-testid="st-print"
          >
            {t('freports.st.print')}
          </Button>
        </Tooltip>
        <FileExportButton
          run={() => call('exports.statement', { customer_id: customer!, from, to })}
          disabled={!data || !customer}
          testId="st-excel"
        />
      </Space>
      {!customer ? (
        <Card>
          <Empty description={t('freports.st.pickHint')} />
        </Card>
      ) : !data ? (
        <Card>
          <Spin spinning={loading}>
            <div style={{ height: 200 }} />
          </Spin>
        </Card>
      ) : (
        <Spin spinning={loading}>
          <Card className="fr-sheet" data-testid="statement-sheet">
            <div className="fr-sheet-title">{t('freports.st.sheetTitle')}</div>
            <div className="fr-sheet-company">{companyName}</div>
            <div className="fr-sheet-head">
              <span>
                {t('freports.st.customer')}
                <b data-testid="st-customer-name">{data.customer_name}</b>
                <Typography.Text type="secondary">（{data.customer_code}）</Typography.Text>
              </span>
              <span>
                {t('freports.st.period')}
                {t('freports.st.periodValue', { from: data.period_from, to: data.period_to })}
              </span>
              <span className="fr-hint" style={{ marginTop: 0 }}>
                {t('freports.st.unit')}
              </span>
            </div>
            <Table<EntryView>
              size="small"
              rowKey="key"
              pagination={false}
              dataSource={rows}
              rowClassName={(r) => (r.edge ? 'fr-sheet-row-edge' : '')}
              data-testid="st-entries"
              columns={[
                { title: t('freports.st.date'), dataIndex: 'date', width: 104 },
                {
                  title: t('freports.st.docTypeCol'),
                  dataIndex: 'doc_type',
                  width: 96,
                  render: (v: string) => docTypeLabel(t, v),
                },
                { title: t('freports.st.docNo'), dataIndex: 'doc_number', width: 140 },
                { title: t('freports.st.description'), dataIndex: 'description', ellipsis: true },
                {
                  title: t('freports.st.debit'),
                  dataIndex: 'debit',
                  width: 150,
                  align: 'right',
                  render: (v: number | null) => num(v),
                },
                {
                  title: t('freports.st.credit'),
                  dataIndex: 'credit',
                  width: 150,
                  align: 'right',
                  render: (v: number | null) => num(v),
                },
                {
                  title: t('freports.st.balance'),
                  dataIndex: 'balance',
                  width: 130,
                  align: 'right',
                  render: (v: number) => formatFen(v),
                },
              ]}
              locale={{ emptyText: t('freports.st.noEntries') }}
            />
            <div className="fr-sheet-sum" data-testid="st-sum">
              <span>
                {t('freports.st.opening')} {yuan(data.opening)}
              </span>
              <span>
                {t('freports.st.debits')} {yuan(data.debits)}
              </span>
              <span>
                {t('freports.st.credits')} {yuan(data.credits)}
              </span>
              <span>
                {t('freports.st.closing')} <b data-testid="st-closing">{yuan(data.closing)}</b>
              </span>
            </div>
            <div className="fr-sheet-section">{t('freports.st.ageingTitle', { d: data.period_to })}</div>
            <div className="fr-ageing-strip" data-testid="st-ageing">
              {data.ageing.map((a) => (
                <div key={a.label}>
                  <span className="fr-lbl">{serverLabel(t, a.label)}</span>
                  {formatFen(a.amount)}
                </div>
              ))}
              <div>
                <span className="fr-lbl">{t('freports.unapplied')}</span>
                <span data-testid="st-unapplied">{formatFen(-data.unapplied_credits)}</span>
              </div>
              <div>
                <span className="fr-lbl">{t('freports.st.openTotal')}</span>
                <b>{formatFen(data.open_total)}</b>
              </div>
            </div>
            <div className="fr-sign">
              <span>{t('freports.st.signCustomer')}</span>
              <span>{t('freports.st.signDate')}</span>
            </div>
          </Card>
        </Spin>
      )}
    </div>
  );
}
