import { Tabs } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Page } from '../../components/Page';
import { useSession } from '../../session';
import { StatementPreview, type StatementPrintHook } from './StatementPreview';
import { StatementBatch } from './StatementBatch';
import { StatementList } from './StatementList';
import './finance-reports.css';

type Tab = 'preview' | 'batch' | 'list';

const lastMonth = (): [Dayjs, Dayjs] => {
  const m = dayjs().subtract(1, 'month');
  return [m.startOf('month'), m.endOf('month')];
};

/**
 * 对账单: preview one customer's statement, generate statements in batch, and follow them up (sent,
 * confirmed or disputed, the signed slip).
 *
 * Printing: the route in App.tsx passes `onPrint` (StatementPrinting.tsx: the customer's generated
 * statement of the period as PDF); without it the preview's 打印 button stays disabled. The list prints
 * each generated statement; the batch tab makes the PDFs of a run (one per customer plus a merged file).
 */
export function StatementsPage({ onPrint }: { onPrint?: StatementPrintHook } = {}) {
  const { t } = useTranslation();
  const { can } = useSession();
  const [tab, setTab] = useState<Tab>(() => {
    const m = /[?&]tab=(\w+)/.exec(window.location.hash)?.[1];
    return m === 'batch' || m === 'list' ? m : 'preview';
  });
  const [period, setPeriod] = useState<[Dayjs, Dayjs]>(lastMonth);
  // The list reloads when it is shown after something was generated.
  const [listKey, setListKey] = useState(0);
  const generated = () => setListKey((k) => k + 1);

  const tabs: { key: Tab; label: string }[] = [
    { key: 'preview', label: t('freports.st.tabPreview') },
    ...(can('statements.write') ? [{ key: 'batch' as const, label: t('freports.st.tabBatch') }] : []),
    { key: 'list', label: t('freports.st.tabList') },
  ];
  // The tabs are only the switch; the panes stay mounted (a running batch, the chosen customer survive a
  // look at the list) and fill the page below it.
  const pane = (k: Tab) => ({ display: tab === k ? undefined : 'none' });

  return (
    <Page title={t('freports.st.title')}>
      <div className="fr-stack" style={{ gap: 0 }}>
        <Tabs activeKey={tab} onChange={(k) => setTab(k as Tab)} items={tabs} data-testid="st-tabs" />
        <div className="fr-fill fr-scroll" style={pane('preview')}>
          <StatementPreview period={period} onPeriod={setPeriod} onGenerated={generated} onPrint={onPrint} />
        </div>
        {can('statements.write') ? (
          <div className="fr-fill fr-scroll" style={pane('batch')}>
            <StatementBatch
              period={period}
              onPeriod={setPeriod}
              onShowList={() => {
                generated();
                setTab('list');
              }}
            />
          </div>
        ) : null}
        <div className="fr-fill" style={pane('list')}>
          <StatementList key={listKey} />
        </div>
      </div>
    </Page>
  );
}
