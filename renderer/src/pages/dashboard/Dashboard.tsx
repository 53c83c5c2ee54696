import { Button, Card, Col, Row, Space, Statistic, Typography } from 'antd';
import {
  AppstoreOutlined,
  InboxOutlined,
  PlusOutlined,
  SearchOutlined,
  TeamOutlined,
} from '@ant-design/icons';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { call } from '../../api';
import { useSession } from '../../session';
import { navigate } from '../../router';

export function Dashboard() {
  const { t } = useTranslation();
  const { me, can } = useSession();
  const [cards, setCards] = useState<Record<string, number | null>>({});
  useEffect(() => {
    call('dashboard.cards', {})
      .then((c) => setCards(c))
      .catch(() => undefined);
  }, []);
  const [counts, setCounts] = useState<{
    mine?: number | null;
    customers?: number | null;
    products?: number | null;
    warehouses?: number | null;
  }>({});

  useEffect(() => {
    const jobs: Promise<void>[] = [];
    if (can('customers.read')) {
      jobs.push(
        call('customers.list', { limit: 1 }).then((r) => setCounts((c) => ({ ...c, customers: r.total }))),
        call('customers.list', { limit: 1, owner_id: me?.id }).then((r) =>
          setCounts((c) => ({ ...c, mine: r.total })),
        ),
      );
    }
    if (can('products.read'))
      jobs.push(
        call('products.list', { limit: 1 }).then((r) => setCounts((c) => ({ ...c, products: r.total }))),
      );
    if (can('warehouses.read'))
      jobs.push(
        call('warehouses.list', { limit: 1 }).then((r) => setCounts((c) => ({ ...c, warehouses: r.total }))),
      );
    void Promise.allSettled(jobs);
  }, [can, me?.id]);

  return (
    <div className="page page-scroll">
      <Typography.Title level={4}>{t('dashboard.welcome', { name: me?.name ?? '' })}</Typography.Title>
      <Row gutter={[16, 16]} style={{ marginBottom: 16 }} data-testid="role-cards">
        {(
          [
            ['my_open_orders', 'home.myOpen', '/orders?view=open', '#1677ff'],
            ['my_held_orders', 'home.myHeld', '/orders?view=held', '#cf1322'],
            ['my_drafts', 'home.myDrafts', '/orders?view=drafts', '#595959'],
            ['held_orders', 'home.held', '/credit/holds', '#cf1322'],
            ['awaiting_approval', 'home.awaiting', '/orders?view=awaiting_approval', '#d48806'],
            ['to_ship_today', 'home.toShip', '/shipping', '#389e0d'],
            ['late_orders', 'home.late', '/orders?view=late', '#cf1322'],
            ['shipped_today', 'home.shipped', '/shipping', '#389e0d'],
          ] as const
        )
          .filter(([k]) => cards[k] != null)
          .map(([k, label, to, color]) => (
            <Col span={6} key={k}>
              <Card hoverable onClick={() => navigate(to)} data-testid={`card-${k}`}>
                <Statistic title={t(label)} value={cards[k] ?? 0} styles={{ content: { color } }} />
              </Card>
            </Col>
          ))}
      </Row>
      <Row gutter={16}>
        {can('customers.read') ? (
          <>
            <Col span={6}>
              <Card hoverable onClick={() => navigate('/customers')}>
                <Statistic
                  title={t('dashboard.myCustomers')}
                  value={counts.mine ?? '—'}
                  prefix={<TeamOutlined />}
                />
              </Card>
            </Col>
            <Col span={6}>
              <Card hoverable onClick={() => navigate('/customers')}>
                <Statistic
                  title={t('dashboard.visibleCustomers')}
                  value={counts.customers ?? '—'}
                  prefix={<TeamOutlined />}
                />
              </Card>
            </Col>
          </>
        ) : null}
        {can('products.read') ? (
          <Col span={6}>
            <Card hoverable onClick={() => navigate('/products')}>
              <Statistic
                title={t('dashboard.products')}
                value={counts.products ?? '—'}
                prefix={<AppstoreOutlined />}
              />
            </Card>
          </Col>
        ) : null}
        {can('warehouses.read') ? (
          <Col span={6}>
            <Card hoverable onClick={() => navigate('/warehouses')}>
              <Statistic
                title={t('dashboard.warehouses')}
                value={counts.warehouses ?? '—'}
                prefix={<InboxOutlined />}
              />
            </Card>
          </Col>
        ) : null}
      </Row>
      {can('customers.write') ? (
        <Card title={t('dashboard.quick')} style={{ marginTop: 16 }} size="small">
          <Space>
            <Button type="primary" icon={<PlusOutlined />} onClick={() => navigate('/customers')}>
              {t('dashboard.newCustomer')}
            </Button>
            <Button icon={<SearchOutlined />} onClick={() => navigate('/customers')}>
              {t('dashboard.findCustomer')}
            </Button>
          </Space>
        </Card>
      ) : null}
    </div>
  );
}
