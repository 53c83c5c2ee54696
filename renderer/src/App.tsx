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
// ---- staff, plans and targets (issue 7)
import { OrgPage } from './pages/staff/OrgPage';
import { StatusBoardPage } from './pages/staff/StatusBoardPage';
import { WorkReportsPage } from './pages/staff/WorkReportsPage';
import { TasksPage } from './pages/staff/TasksPage';
import { AttendancePage } from './pages/staff/AttendancePage';
import { TargetsPage } from './pages/performance/TargetsPage';
import { DashboardPage } from './pages/performance/DashboardPage';
import { EvaluationPage } from './pages/performance/EvaluationPage';

const ROUTES: Record<string, () => React.ReactElement> = {
  '/': () => <Dashboard />,
  '/customers': () => <CustomersPage />,
  '/products': () => <ProductsPage />,
  '/warehouses': () => <WarehousesPage />,
  '/system/users': () => <UsersPage />,
  '/system/regions': () => <RegionsPage />,
  '/system/database': () => <DatabasePage />,
  '/system/audit': () => <AuditPage />,
  // ---- staff, plans and targets (issue 7)
  '/staff/board': () => <StatusBoardPage />,
  '/staff/reports': () => <WorkReportsPage />,
  '/staff/tasks': () => <TasksPage />,
  '/staff/attendance': () => <AttendancePage />,
  '/staff/org': () => <OrgPage />,
  '/performance/dashboard': () => <DashboardPage />,
  '/performance/targets': () => <TargetsPage />,
  '/performance/evaluation': () => <EvaluationPage />,
};

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
  const page = ROUTES[path] ?? ROUTES['/']!;
  return <AppLayout>{page()}</AppLayout>;
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
