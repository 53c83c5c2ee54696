import { Avatar, Dropdown, Layout, Menu, Modal, Space, Tag, Typography } from 'antd';
import {
  AppstoreOutlined,
  AuditOutlined,
  ClusterOutlined,
  DatabaseOutlined,
  DownOutlined,
  HomeOutlined,
  InboxOutlined,
  LogoutOutlined,
  KeyOutlined,
  SettingOutlined,
  TeamOutlined,
  UserOutlined,
  GlobalOutlined,
  ShoppingCartOutlined,
  FileTextOutlined,
  ProfileOutlined,
  SafetyCertificateOutlined,
  CarOutlined,
  AccountBookOutlined,
  DashboardOutlined,
  FileDoneOutlined,
  MoneyCollectOutlined,
  InteractionOutlined,
  RollbackOutlined,
  FileExcelOutlined,
  PrinterOutlined,
  UploadOutlined,
  HistoryOutlined,
  AimOutlined,
  ApartmentOutlined,
  BarChartOutlined,
  CalendarOutlined,
  ClockCircleOutlined,
  IdcardOutlined,
  LineChartOutlined,
  SolutionOutlined,
  TrophyOutlined,
  ControlOutlined,
  CustomerServiceOutlined,
  FundProjectionScreenOutlined,
  FieldTimeOutlined,
  WarningOutlined,
  StopOutlined,
} from '@ant-design/icons';
import { useMemo, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useSession } from '../session';
import { navigate, usePath } from '../router';
import type { Permission } from '../../../shared/contract/permissions';
import { ChangePasswordForm, LangSwitch } from '../pages/auth/AuthPages';
import { useFeedback } from '../components/feedback';
// ---- crm
import { ReminderBell } from '../pages/crm/ReminderBell';

interface NavItem {
  path: string;
  labelKey: string;
  icon: ReactNode;
  permission?: Permission;
  children?: NavItem[];
}

export const NAV: NavItem[] = [
  { path: '/', labelKey: 'nav.dashboard', icon: <HomeOutlined /> },
  { path: '/customers', labelKey: 'nav.customers', icon: <TeamOutlined />, permission: 'customers.read' },
  // ---- crm (sales process and customer care)
  {
    path: '/crm',
    labelKey: 'crm.nav.group',
    icon: <AimOutlined />,
    children: [
      { path: '/crm/agenda', labelKey: 'crm.nav.agenda', icon: <CalendarOutlined />, permission: 'crm.read' },
      { path: '/crm/leads', labelKey: 'crm.nav.leads', icon: <SolutionOutlined />, permission: 'crm.read' },
      {
        path: '/crm/opportunities',
        labelKey: 'crm.nav.opportunities',
        icon: <FundProjectionScreenOutlined />,
        permission: 'crm.read',
      },
      {
        path: '/crm/customer',
        labelKey: 'crm.nav.customer360',
        icon: <IdcardOutlined />,
        permission: 'customers.read',
      },
      {
        path: '/crm/service',
        labelKey: 'crm.nav.service',
        icon: <CustomerServiceOutlined />,
        permission: 'service.read',
      },
      {
        path: '/crm/arbitration',
        labelKey: 'crm.nav.arbitration',
        icon: <ControlOutlined />,
        permission: 'crm.assign',
      },
      {
        path: '/crm/reports',
        labelKey: 'crm.nav.reports',
        icon: <BarChartOutlined />,
        permission: 'crm.report',
      },
      {
        path: '/crm/settings',
        labelKey: 'crm.nav.settings',
        icon: <SettingOutlined />,
        permission: 'settings.manage',
      },
    ],
  },
  // ---- order-to-cash
  {
    path: '/sales',
    labelKey: 'nav.sales',
    icon: <ShoppingCartOutlined />,
    children: [
      {
        path: '/quotations',
        labelKey: 'nav.quotations',
        icon: <FileTextOutlined />,
        permission: 'quotations.read',
      },
      { path: '/orders', labelKey: 'nav.orders', icon: <ProfileOutlined />, permission: 'orders.read' },
      {
        path: '/credit/holds',
        labelKey: 'nav.creditHolds',
        icon: <SafetyCertificateOutlined />,
        permission: 'credit.release',
      },
    ],
  },
  { path: '/shipping', labelKey: 'nav.shipping', icon: <CarOutlined />, permission: 'shipments.read' },
  // ---- finance
  {
    path: '/fin',
    labelKey: 'nav.finance',
    icon: <AccountBookOutlined />,
    children: [
      {
        path: '/finance',
        labelKey: 'nav.financeHome',
        icon: <DashboardOutlined />,
        permission: 'invoices.read',
      },
      {
        path: '/invoices',
        labelKey: 'nav.invoices',
        icon: <FileDoneOutlined />,
        permission: 'invoices.read',
      },
      {
        path: '/receipts',
        labelKey: 'nav.receipts',
        icon: <MoneyCollectOutlined />,
        permission: 'receipts.read',
      },
      {
        path: '/matching',
        labelKey: 'nav.matching',
        icon: <InteractionOutlined />,
        permission: 'receipts.write',
      },
      { path: '/returns', labelKey: 'nav.returns', icon: <RollbackOutlined />, permission: 'returns.read' },
    ],
  },
  // ---- finance reports
  {
    path: '/finance-reports',
    labelKey: 'nav.financeReports',
    icon: <AccountBookOutlined />,
    children: [
      {
        path: '/finance/ageing',
        labelKey: 'nav.frAgeing',
        icon: <FieldTimeOutlined />,
        permission: 'reports.finance',
      },
      {
        path: '/finance/overdue',
        labelKey: 'nav.frOverdue',
        icon: <WarningOutlined />,
        permission: 'reports.finance',
      },
      {
        path: '/finance/dso',
        labelKey: 'nav.frDso',
        icon: <DashboardOutlined />,
        permission: 'reports.finance',
      },
      {
        path: '/finance/forecast',
        labelKey: 'nav.frForecast',
        icon: <CalendarOutlined />,
        permission: 'reports.finance',
      },
      {
        path: '/finance/bad-debts',
        labelKey: 'nav.frBadDebts',
        icon: <StopOutlined />,
        permission: 'reports.finance',
      },
      {
        path: '/finance/statements',
        labelKey: 'nav.frStatements',
        icon: <FileDoneOutlined />,
        permission: 'statements.read',
      },
    ],
  },
  { path: '/stock', labelKey: 'nav.stock', icon: <DatabaseOutlined />, permission: 'stock.read' },
  { path: '/products', labelKey: 'nav.products', icon: <AppstoreOutlined />, permission: 'products.read' },
  { path: '/warehouses', labelKey: 'nav.warehouses', icon: <InboxOutlined />, permission: 'warehouses.read' },
  // ---- staff, plans and targets (issue 7)
  {
    path: '/staff',
    labelKey: 'staff.nav.group',
    icon: <IdcardOutlined />,
    children: [
      { path: '/staff/board', labelKey: 'staff.nav.board', icon: <SolutionOutlined /> },
      { path: '/staff/reports', labelKey: 'staff.nav.reports', icon: <FileTextOutlined /> },
      { path: '/staff/tasks', labelKey: 'staff.nav.tasks', icon: <CalendarOutlined /> },
      { path: '/staff/attendance', labelKey: 'staff.nav.attendance', icon: <ClockCircleOutlined /> },
      {
        path: '/staff/org',
        labelKey: 'staff.nav.org',
        icon: <ApartmentOutlined />,
        permission: 'staff.read',
      },
    ],
  },
  {
    path: '/performance',
    labelKey: 'staff.nav.perf',
    icon: <LineChartOutlined />,
    children: [
      {
        path: '/performance/dashboard',
        labelKey: 'staff.nav.dashboard',
        icon: <BarChartOutlined />,
        permission: 'analytics.read',
      },
      {
        path: '/performance/targets',
        labelKey: 'staff.nav.targets',
        icon: <AimOutlined />,
        permission: 'targets.read',
      },
      {
        path: '/performance/evaluation',
        labelKey: 'staff.nav.evaluation',
        icon: <TrophyOutlined />,
        permission: 'analytics.read',
      },
    ],
  },
  // ---- documents & spreadsheets
  {
    path: '/data',
    labelKey: 'docs.nav.group',
    icon: <FileExcelOutlined />,
    children: [
      {
        path: '/data/import',
        labelKey: 'docs.nav.import',
        icon: <UploadOutlined />,
        permission: 'data.import',
      },
      { path: '/data/company', labelKey: 'docs.nav.company', icon: <PrinterOutlined /> },
    ],
  },
  {
    path: '/system',
    labelKey: 'nav.system',
    icon: <SettingOutlined />,
    children: [
      { path: '/system/users', labelKey: 'nav.users', icon: <UserOutlined />, permission: 'users.read' },
      {
        path: '/system/regions',
        labelKey: 'nav.regions',
        icon: <ClusterOutlined />,
        permission: 'settings.manage',
      },
      {
        path: '/system/database',
        labelKey: 'nav.database',
        icon: <DatabaseOutlined />,
        permission: 'system.manage',
      },
      { path: '/system/audit', labelKey: 'nav.audit', icon: <AuditOutlined />, permission: 'audit.read' },
      // ---- order-to-cash
      {
        path: '/system/credit',
        labelKey: 'nav.creditRules',
        icon: <SafetyCertificateOutlined />,
        permission: 'settings.manage',
      },
      // ---- robustness (backups)
      {
        path: '/system/backups',
        labelKey: 'backup.nav',
        icon: <HistoryOutlined />,
        permission: 'system.manage',
      },
      // ---- finance reports
      {
        path: '/system/finance',
        labelKey: 'nav.frSettings',
        icon: <ControlOutlined />,
        permission: 'settings.manage',
      },
    ],
  },
];

export function AppLayout({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  const { me, companyName, logout, can } = useSession();
  const path = usePath();
  const { message } = useFeedback();
  const [pwOpen, setPwOpen] = useState(false);

  const items = useMemo(() => {
    const visible = (n: NavItem) => !n.permission || can(n.permission);
    return NAV.filter(visible)
      .map((n) => {
        const kids = n.children?.filter(visible);
        if (n.children && !kids?.length) return null;
        return {
          key: n.path,
          icon: n.icon,
          label: t(n.labelKey),
          children: kids?.map((k) => ({ key: k.path, icon: k.icon, label: t(k.labelKey) })),
        };
      })
      .filter((x) => x !== null);
  }, [can, t]);

  // The deepest menu entry the path starts with (menus nest two levels).
  const selected = useMemo(() => {
    if (path === '/') return '/';
    const keys = NAV.flatMap((n) => [n.path, ...(n.children ?? []).map((c) => c.path)]);
    return (
      keys
        .filter((k) => k !== '/' && (path === k || path.startsWith(`${k}/`)))
        .sort((a, b) => b.length - a.length)[0] ?? path
    );
  }, [path]);
  // The group of the current page opens when the page is reached from a link, not only at start.
  const openGroup = NAV.find((n) => n.children?.some((c) => c.path === selected))?.path;
  const [openKeys, setOpenKeys] = useState<string[]>([]);
  const [lastGroup, setLastGroup] = useState<string | undefined>();
  if (openGroup !== lastGroup) {
    setLastGroup(openGroup);
    if (openGroup && !openKeys.includes(openGroup)) setOpenKeys([...openKeys, openGroup]);
  }

  return (
    <Layout style={{ height: '100vh' }}>
      <Layout.Sider
        width={200}
        theme="dark"
        breakpoint="lg"
        collapsedWidth={56}
        style={{ overflowY: 'auto', overflowX: 'hidden' }}
      >
        <div className="app-logo" onClick={() => navigate('/')}>
          <span className="app-logo-mark">销</span>
          <span className="app-logo-text">{t('app.name')}</span>
        </div>
        <Menu
          theme="dark"
          mode="inline"
          selectedKeys={[selected]}
          openKeys={openKeys}
          onOpenChange={setOpenKeys}
          items={items}
          onClick={(e) => navigate(e.key)}
          data-testid="nav"
        />
      </Layout.Sider>
      <Layout>
        <Layout.Header className="app-header">
          <Typography.Text strong className="app-company">
            {companyName}
          </Typography.Text>
          <Space size="middle">
            <ReminderBell />
            <GlobalOutlined />
            <LangSwitch />
            <Dropdown
              trigger={['click']}
              menu={{
                items: [
                  { key: 'pw', icon: <KeyOutlined />, label: t('auth.changePassword') },
                  { type: 'divider' },
                  { key: 'logout', icon: <LogoutOutlined />, label: t('auth.logout'), danger: true },
                ],
                onClick: async ({ key }) => {
                  if (key === 'pw') setPwOpen(true);
                  if (key === 'logout') {
                    await logout();
                    message.success(t('auth.loggedOut'));
                  }
                },
              }}
            >
              <Space style={{ cursor: 'pointer' }} data-testid="user-menu">
                <Avatar size="small" icon={<UserOutlined />} style={{ background: '#1677ff' }} />
                <span>{me?.name}</span>
                {me?.roles.slice(0, 2).map((r) => (
                  <Tag key={r} bordered={false} color="blue" style={{ marginInlineEnd: 0 }}>
                    {t(`roles.${r}`)}
                  </Tag>
                ))}
                <DownOutlined style={{ fontSize: 10 }} />
              </Space>
            </Dropdown>
          </Space>
        </Layout.Header>
        <Layout.Content className="app-content">{children}</Layout.Content>
      </Layout>
      <Modal
        open={pwOpen}
        title={t('auth.changePassword')}
        footer={null}
        onCancel={() => setPwOpen(false)}
        destroyOnHidden
        width={400}
      >
        <ChangePasswordForm
          onDone={() => {
            setPwOpen(false);
            message.success(t('auth.passwordChanged'));
          }}
        />
      </Modal>
    </Layout>
  );
}
