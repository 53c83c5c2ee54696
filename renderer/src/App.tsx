import { App as AntApp, ConfigProvider, Result, Spin, Button } from 'antd';
import zhCN from 'antd/locale/zh_CN';
import enUS from 'antd/locale/en_US';
import dayjs from 'dayjs';
import 'dayjs/locale/zh-cn';
import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { SessionProvider, useSession } from './session';
import { usePath } from './router';
import { AppLayout } from './layout/AppLayout';
import { ForcedPasswordChange, LoginPage, SetupPage } from './pages/auth/AuthPages';
// Pages load when first opened (each its own chunk), so that the first screen parses only what it shows.
// The CRM's extensions (customer 360 sections from sales, finance and the letters; the quotation action on a
// won opportunity) load before any CRM page, since they register themselves into those pages.
const crmExtensions = () => import('./pages/crm/extensions');

const Dashboard = lazy(() => import('./pages/dashboard/Dashboard').then((m) => ({ default: m.Dashboard })));
const CustomersPage = lazy(() =>
  import('./pages/customers/CustomersPage').then((m) => ({ default: m.CustomersPage })),
);
const ProductsPage = lazy(() =>
  import('./pages/products/ProductsPage').then((m) => ({ default: m.ProductsPage })),
);
const WarehousesPage = lazy(() =>
  import('./pages/warehouses/WarehousesPage').then((m) => ({ default: m.WarehousesPage })),
);
const UsersPage = lazy(() => import('./pages/system/UsersPage').then((m) => ({ default: m.UsersPage })));
const RegionsPage = lazy(() =>
  import('./pages/system/RegionsPage').then((m) => ({ default: m.RegionsPage })),
);
const DatabasePage = lazy(() =>
  import('./pages/system/DatabasePage').then((m) => ({ default: m.DatabasePage })),
);
const AuditPage = lazy(() => import('./pages/system/AuditPage').then((m) => ({ default: m.AuditPage })));
const OrdersPage = lazy(() => import('./pages/sales/OrdersPage').then((m) => ({ default: m.OrdersPage })));
const OrderPage = lazy(() => import('./pages/sales/OrderPage').then((m) => ({ default: m.OrderPage })));
const QuotationPage = lazy(() =>
  import('./pages/sales/QuotationPages').then((m) => ({ default: m.QuotationPage })),
);
const QuotationsPage = lazy(() =>
  import('./pages/sales/QuotationPages').then((m) => ({ default: m.QuotationsPage })),
);
const CreditHoldsPage = lazy(() =>
  import('./pages/sales/CreditHoldsPage').then((m) => ({ default: m.CreditHoldsPage })),
);
const ShippingPage = lazy(() =>
  import('./pages/shipping/ShippingPage').then((m) => ({ default: m.ShippingPage })),
);
const StockPage = lazy(() => import('./pages/stock/StockPage').then((m) => ({ default: m.StockPage })));
const CreditRulesPage = lazy(() =>
  import('./pages/system/CreditRulesPage').then((m) => ({ default: m.CreditRulesPage })),
);
const FinanceHome = lazy(() =>
  import('./pages/finance/FinanceHome').then((m) => ({ default: m.FinanceHome })),
);
const InvoicesPage = lazy(() =>
  import('./pages/finance/InvoicesPage').then((m) => ({ default: m.InvoicesPage })),
);
const InvoicePage = lazy(() =>
  import('./pages/finance/InvoicePage').then((m) => ({ default: m.InvoicePage })),
);
const ReceiptsPage = lazy(() =>
  import('./pages/finance/ReceiptsPage').then((m) => ({ default: m.ReceiptsPage })),
);
const ReceiptPage = lazy(() =>
  import('./pages/finance/ReceiptPage').then((m) => ({ default: m.ReceiptPage })),
);
const MatchingPage = lazy(() =>
  import('./pages/finance/MatchingPage').then((m) => ({ default: m.MatchingPage })),
);
const ReturnsPage = lazy(() =>
  import('./pages/finance/ReturnsPage').then((m) => ({ default: m.ReturnsPage })),
);
const AgendaPage = lazy(() =>
  crmExtensions()
    .then(() => import('./pages/crm/AgendaPage'))
    .then((m) => ({ default: m.AgendaPage })),
);
const LeadsPage = lazy(() =>
  crmExtensions()
    .then(() => import('./pages/crm/LeadsPage'))
    .then((m) => ({ default: m.LeadsPage })),
);
const OpportunitiesPage = lazy(() =>
  crmExtensions()
    .then(() => import('./pages/crm/OpportunitiesPage'))
    .then((m) => ({ default: m.OpportunitiesPage })),
);
const Customer360Page = lazy(() =>
  crmExtensions()
    .then(() => import('./pages/crm/Customer360Page'))
    .then((m) => ({ default: m.Customer360Page })),
);
const ServicePage = lazy(() =>
  crmExtensions()
    .then(() => import('./pages/crm/ServicePage'))
    .then((m) => ({ default: m.ServicePage })),
);
const ArbitrationPage = lazy(() =>
  crmExtensions()
    .then(() => import('./pages/crm/ArbitrationPage'))
    .then((m) => ({ default: m.ArbitrationPage })),
);
const CrmReportsPage = lazy(() =>
  crmExtensions()
    .then(() => import('./pages/crm/ReportsPage'))
    .then((m) => ({ default: m.ReportsPage })),
);
const CrmSettingsPage = lazy(() =>
  crmExtensions()
    .then(() => import('./pages/crm/SettingsPage'))
    .then((m) => ({ default: m.CrmSettingsPage })),
);
const CompanyPage = lazy(() => import('./pages/docs/CompanyPage').then((m) => ({ default: m.CompanyPage })));
const ImportPage = lazy(() => import('./pages/docs/ImportPage').then((m) => ({ default: m.ImportPage })));
const BackupPage = lazy(() => import('./pages/system/BackupPage').then((m) => ({ default: m.BackupPage })));
const OrgPage = lazy(() => import('./pages/staff/OrgPage').then((m) => ({ default: m.OrgPage })));
const StatusBoardPage = lazy(() =>
  import('./pages/staff/StatusBoardPage').then((m) => ({ default: m.StatusBoardPage })),
);
const WorkReportsPage = lazy(() =>
  import('./pages/staff/WorkReportsPage').then((m) => ({ default: m.WorkReportsPage })),
);
const TasksPage = lazy(() => import('./pages/staff/TasksPage').then((m) => ({ default: m.TasksPage })));
const AttendancePage = lazy(() =>
  import('./pages/staff/AttendancePage').then((m) => ({ default: m.AttendancePage })),
);
const TargetsPage = lazy(() =>
  import('./pages/performance/TargetsPage').then((m) => ({ default: m.TargetsPage })),
);
const DashboardPage = lazy(() =>
  import('./pages/performance/DashboardPage').then((m) => ({ default: m.DashboardPage })),
);
const EvaluationPage = lazy(() =>
  import('./pages/performance/EvaluationPage').then((m) => ({ default: m.EvaluationPage })),
);
const AgeingPage = lazy(() =>
  import('./pages/finance-reports/AgeingPage').then((m) => ({ default: m.AgeingPage })),
);
const OverduePage = lazy(() =>
  import('./pages/finance-reports/OverduePage').then((m) => ({ default: m.OverduePage })),
);
const DsoPage = lazy(() => import('./pages/finance-reports/DsoPage').then((m) => ({ default: m.DsoPage })));
const ForecastPage = lazy(() =>
  import('./pages/finance-reports/ForecastPage').then((m) => ({ default: m.ForecastPage })),
);
const BadDebtsPage = lazy(() =>
  import('./pages/finance-reports/BadDebtsPage').then((m) => ({ default: m.BadDebtsPage })),
);
const PrintableStatementsPage = lazy(() =>
  import('./pages/finance-reports/StatementPrinting').then((m) => ({ default: m.PrintableStatementsPage })),
);
const FinanceSettingsPage = lazy(() =>
  import('./pages/finance-reports/FinanceSettingsPage').then((m) => ({ default: m.FinanceSettingsPage })),
);

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
  return (
    <AppLayout>
      <Suspense
        fallback={
          <div className="center-screen">
            <Spin />
          </div>
        }
      >
        {route(path)}
      </Suspense>
    </AppLayout>
  );
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
