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
  // ---- finance reports
  AccountBookOutlined,
  FieldTimeOutlined,
  WarningOutlined,
  DashboardOutlined,
  CalendarOutlined,
  StopOutlined,
  FileDoneOutlined,
  ControlOutlined,
} from '@ant-design/icons';
import { useMemo, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useSession } from '../session';
import { navigate, usePath } from '../router';
import type { Permission } from '../../../shared/contract/permissions';
import { ChangePasswordForm, LangSwitch } from '../pages/auth/AuthPages';
import { useFeedback } from '../components/feedback';

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
  { path: '/stock', labelKey: 'nav.stock', icon: <DatabaseOutlined />, permission: 'stock.read' },
  { path: '/products', labelKey: 'nav.products', icon: <AppstoreOutlined />, permission: 'products.read' },
  { path: '/warehouses', labelKey: 'nav.warehouses', icon: <InboxOutlined />, permission: 'warehouses.read' },
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

  const selected =
    path === '/'
      ? '/'
      : path
          .split('/')
          .slice(0, path.startsWith('/system') ? 3 : 2)
          .join('/');

  return (
    <Layout style={{ height: '100vh' }}>
      <Layout.Sider width={200} theme="dark" breakpoint="lg" collapsedWidth={56}>
        <div className="app-logo" onClick={() => navigate('/')}>
          <span className="app-logo-mark">销</span>
          <span className="app-logo-text">{t('app.name')}</span>
        </div>
        <Menu
          theme="dark"
          mode="inline"
          selectedKeys={[selected]}
          defaultOpenKeys={['/system', '/sales']}
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
