import { App as AntApp, ConfigProvider, Result, Spin, Button } from 'antd';
import zhCN from 'antd/locale/zh_CN';
import enUS from 'antd/locale/en_US';
import dayjs from 'dayjs';
import 'dayjs/locale/zh-cn';
import { useTranslation } from 'react-i18next';
import { SessionProvider, useSession } from './session';
import { usePath } from './router';
import { AppLayout } from './layout/AppLayout';
import { ForcedPasswordChange, LoginPage, SetupPage } from './pages/auth/AuthPages';
import { Dashboard } from './pages/dashboard/Dashboard';
import { CustomersPage } from './pages/customers/CustomersPage';
import { ProductsPage } from './pages/products/ProductsPage';
import { WarehousesPage } from './pages/warehouses/WarehousesPage';
import { UsersPage } from './pages/system/UsersPage';
import { RegionsPage } from './pages/system/RegionsPage';
import { DatabasePage } from './pages/system/DatabasePage';
import { AuditPage } from './pages/system/AuditPage';
// ---- order-to-cash
import { OrdersPage } from './pages/sales/OrdersPage';
import { OrderPage } from './pages/sales/OrderPage';
import { QuotationPage, QuotationsPage } from './pages/sales/QuotationPages';
import { CreditHoldsPage } from './pages/sales/CreditHoldsPage';
import { ShippingPage } from './pages/shipping/ShippingPage';
import { StockPage } from './pages/stock/StockPage';
import { CreditRulesPage } from './pages/system/CreditRulesPage';
// ---- finance
import { FinanceHome } from './pages/finance/FinanceHome';
import { InvoicesPage } from './pages/finance/InvoicesPage';
import { InvoicePage } from './pages/finance/InvoicePage';
import { ReceiptsPage } from './pages/finance/ReceiptsPage';
import { ReceiptPage } from './pages/finance/ReceiptPage';
import { MatchingPage } from './pages/finance/MatchingPage';
import { ReturnsPage } from './pages/finance/ReturnsPage';
// ---- crm
import { AgendaPage } from './pages/crm/AgendaPage';
import { LeadsPage } from './pages/crm/LeadsPage';
import { OpportunitiesPage } from './pages/crm/OpportunitiesPage';
import { Customer360Page } from './pages/crm/Customer360Page';
import { ServicePage } from './pages/crm/ServicePage';
import { ArbitrationPage } from './pages/crm/ArbitrationPage';
import { ReportsPage as CrmReportsPage } from './pages/crm/ReportsPage';
import { CrmSettingsPage } from './pages/crm/SettingsPage';
// the CRM's links to sales and finance (customer 360 sections, quotation from a won opportunity)
import './pages/crm/SalesLinks';
import { CompanyPage } from './pages/docs/CompanyPage';
import { ImportPage } from './pages/docs/ImportPage';
import { BackupPage } from './pages/system/BackupPage';
// ---- staff, plans and targets (issue 7)
import { OrgPage } from './pages/staff/OrgPage';
import { StatusBoardPage } from './pages/staff/StatusBoardPage';
import { WorkReportsPage } from './pages/staff/WorkReportsPage';
import { TasksPage } from './pages/staff/TasksPage';
import { AttendancePage } from './pages/staff/AttendancePage';
import { TargetsPage } from './pages/performance/TargetsPage';
import { DashboardPage } from './pages/performance/DashboardPage';
import { EvaluationPage } from './pages/performance/EvaluationPage';
// ---- finance reports
import { AgeingPage } from './pages/finance-reports/AgeingPage';
import { OverduePage } from './pages/finance-reports/OverduePage';
import { DsoPage } from './pages/finance-reports/DsoPage';
import { ForecastPage } from './pages/finance-reports/ForecastPage';
import { BadDebtsPage } from './pages/finance-reports/BadDebtsPage';
import { PrintableStatementsPage } from './pages/finance-reports/StatementPrinting';
import { FinanceSettingsPage } from './pages/finance-reports/FinanceSettingsPage';

const ROUTES: Record<string, () => React.ReactElement> = {
  '/': () => <Dashboard />,
  '/customers': () => <CustomersPage />,
  '/products': () => <ProductsPage />,
  '/warehouses': () => <WarehousesPage />,
  '/system/users': () => <UsersPage />,
  '/system/regions': () => <RegionsPage />,
  '/system/database': () => <DatabasePage />,
  '/system/audit': () => <AuditPage />,
  // ---- order-to-cash
  '/quotations': () => <QuotationsPage />,
  '/orders': () => <OrdersPage />,
  '/credit/holds': () => <CreditHoldsPage />,
  '/shipping': () => <ShippingPage />,
  '/stock': () => <StockPage />,
  '/system/credit': () => <CreditRulesPage />,
  // ---- finance
  '/finance': () => <FinanceHome />,
  '/invoices': () => <InvoicesPage />,
  '/receipts': () => <ReceiptsPage />,
  '/matching': () => <MatchingPage />,
  '/returns': () => <ReturnsPage />,
  // ---- crm (sales process and customer care)
  '/crm/agenda': () => <AgendaPage />,
  '/crm/leads': () => <LeadsPage />,
  '/crm/opportunities': () => <OpportunitiesPage />,
  '/crm/customer': () => <Customer360Page />,
  '/crm/service': () => <ServicePage />,
  '/crm/arbitration': () => <ArbitrationPage />,
  '/crm/reports': () => <CrmReportsPage />,
  '/crm/settings': () => <CrmSettingsPage />,
  // ---- documents & spreadsheets
  '/data/import': () => <ImportPage />,
  '/data/company': () => <CompanyPage />,
  // ---- robustness (backups)
  '/system/backups': () => <BackupPage />,
  // ---- staff, plans and targets (issue 7)
  '/staff/board': () => <StatusBoardPage />,
  '/staff/reports': () => <WorkReportsPage />,
  '/staff/tasks': () => <TasksPage />,
  '/staff/attendance': () => <AttendancePage />,
  '/staff/org': () => <OrgPage />,
  '/performance/dashboard': () => <DashboardPage />,
  '/performance/targets': () => <TargetsPage />,
  '/performance/evaluation': () => <EvaluationPage />,
  // ---- finance reports
  '/finance/ageing': () => <AgeingPage />,
  '/finance/overdue': () => <OverduePage />,
  '/finance/dso': () => <DsoPage />,
  '/finance/forecast': () => <ForecastPage />,
  '/finance/bad-debts': () => <BadDebtsPage />,
  // TODO(print team): pass onPrint={(customerId, from, to) => …} to print the statement as PDF.
  '/finance/statements': () => <PrintableStatementsPage />,
  '/system/finance': () => <FinanceSettingsPage />,
};

/** Routes with a parameter: /orders/12, /orders/new … */
const PARAM_ROUTES: [RegExp, (m: RegExpExecArray) => React.ReactElement][] = [
  // ---- order-to-cash
  [/^\/orders\/(new|\d+)$/, (m) => <OrderPage key={m[1]} id={m[1] === 'new' ? null : Number(m[1])} />],
  [
    /^\/quotations\/(new|\d+)$/,
    (m) => <QuotationPage key={m[1]} id={m[1] === 'new' ? null : Number(m[1])} />,
  ],
  // ---- finance
  [/^\/invoices\/(new|\d+)$/, (m) => <InvoicePage key={m[1]} id={m[1] === 'new' ? null : Number(m[1])} />],
  [/^\/receipts\/(new|\d+)$/, (m) => <ReceiptPage key={m[1]} id={m[1] === 'new' ? null : Number(m[1])} />],
];

function route(path: string): React.ReactElement {
  const exact = ROUTES[path];
  if (exact) return exact();
  for (const [re, render] of PARAM_ROUTES) {
    const m = re.exec(path);
    if (m) return render(m);
  }
  return ROUTES['/']!();
}

function Screens() {
  const { status, me, error, reload } = useSession();
  const path = usePath();
  if (status === 'loading') {
    return (
      <div className="center-screen">
        <Spin size="large" />
      </div>
    );
  }
  if (status === 'offline') {
    return (
      <Result
        status="warning"
        title="无法连接 / Cannot connect"
        subTitle={error}
        extra={<Button onClick={() => void reload()}>重试 / Retry</Button>}
      />
    );
  }
  if (status === 'setup') return <SetupPage />;
  if (status === 'login' || !me) return <LoginPage />;
  if (me.must_change_password) return <ForcedPasswordChange />;
  return <AppLayout>{route(path)}</AppLayout>;
}

export function App() {
  const { i18n } = useTranslation();
  const en = i18n.language === 'en';
  dayjs.locale(en ? 'en' : 'zh-cn');
  return (
    <ConfigProvider
      locale={en ? enUS : zhCN}
      button={{ autoInsertSpace: false }}
      theme={{
        token: {
          colorPrimary: '#1677ff',
          borderRadius: 4,
          fontFamily:
            "-apple-system, 'Segoe UI', 'Microsoft YaHei', 'PingFang SC', 'Noto Sans CJK SC', 'Helvetica Neue', Arial, sans-serif",
        },
      }}
    >
      <AntApp>
        <SessionProvider>
          <Screens />
        </SessionProvider>
      </AntApp>
    </ConfigProvider>
  );
}
