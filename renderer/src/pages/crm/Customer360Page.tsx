import {
  Button,
  Card,
  Col,
  Descriptions,
  Empty,
  Row,
  Space,
  Spin,
  Statistic,
  Table,
  Tag,
  Typography,
} from 'antd';
import {
  CustomerServiceOutlined,
  EditOutlined,
  MessageOutlined,
  PlusOutlined,
  ReloadOutlined,
  ToolOutlined,
} from '@ant-design/icons';
import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import { call } from '../../api';
import { fl } from '../../i18n';
import { navigate } from '../../router';
import { useSession } from '../../session';
import { useFeedback } from '../../components/feedback';
import { RemoteSelect } from '../../components/RemoteSelect';
import { CustomerDrawer } from '../customers/CustomerDrawer';
import {
  CUSTOMER_GRADE_LABELS,
  CUSTOMER_SOURCE_LABELS,
  CUSTOMER_TYPE_LABELS,
  type CustomerDetail,
} from '../../../../shared/contract/customers';
import {
  COMPLAINT_KIND_LABELS,
  COMPLAINT_STATUS_LABELS,
  OPPORTUNITY_STATUS_LABELS,
  type AftersalesTaskRow,
  type ComplaintRow,
  type OpportunityRow,
} from '../../../../shared/contract/crm';
import type { Permission } from '../../../../shared/contract/permissions';
import type { OutputOf } from '../../../../shared/contract';
import { ActivityModal } from './ActivityModal';
import { ActivityTimeline, type TimelineHandle } from './ActivityTimeline';
import { OpportunityDrawer } from './OpportunityDrawer';
import { COMPLAINT_STATUS_COLORS, ComplaintDrawer } from './ComplaintDrawer';
import { CompleteTaskModal, TASK_KIND_LABELS } from './CompleteTaskModal';
import { ServiceJobModal } from './ServicePage';
import { stageName, useCrmConfig } from './config';
import { DueTag, dateOnly, dateTime, label, useHashQuery, yuan } from './util';

export type CustomerSummary = OutputOf<'crm.customerSummary'>;

/** What a section of the customer 360 page gets. */
export interface Customer360Context {
  customer: CustomerDetail;
  summary: CustomerSummary | null;
  /** Bumped after anything on the page changed: sections reload their data. */
  version: number;
  reload(): void;
  openOpportunity(id: number | null): void;
  openComplaint(id: number | null): void;
}

export interface Customer360Section {
  key: string;
  /** Position on the page (archive 10, contacts 20, opportunities 30, activities 40, orders 50 …). */
  order: number;
  title(t: (k: string) => string): ReactNode;
  /** Shown only to users with this permission. */
  permission?: Permission;
  /** Full width (default) or half. */
  span?: 12 | 24;
  render(ctx: Customer360Context): ReactNode;
}

/**
 * The sections of the customer 360 page. Other areas add theirs (orders, receivables …) with
 * `registerCustomerSection({ key: 'orders', order: 50, title: …, permission: 'orders.read', render })`.
 */
export const CUSTOMER_360_SECTIONS: Customer360Section[] = [];

export function registerCustomerSection(s: Customer360Section): void {
  const i = CUSTOMER_360_SECTIONS.findIndex((x) => x.key === s.key);
  if (i >= 0) CUSTOMER_360_SECTIONS.splice(i, 1, s);
  else CUSTOMER_360_SECTIONS.push(s);
  CUSTOMER_360_SECTIONS.sort((a, b) => a.order - b.order);
}

/** The customer 360 page: archive, contacts, opportunities, contact history, complaints, after-sales … */
export function Customer360Page() {
  const { t } = useTranslation();
  const { can } = useSession();
  const { showError } = useFeedback();
  const query = useHashQuery();
  const id = Number(query.get('id')) || null;
  const [customer, setCustomer] = useState<CustomerDetail | null>(null);
  const [summary, setSummary] = useState<CustomerSummary | null>(null);
  const [version, setVersion] = useState(0);
  const [dialog, setDialog] = useState<'activity' | 'edit' | 'job' | null>(null);
  const [opp, setOpp] = useState<{ id: number | null } | null>(null);
  const [complaint, setComplaint] = useState<{ id: number | null } | null>(null);

  const load = useCallback(() => {
    if (!id) return;
    call('customers.get', { id }).then(setCustomer).catch(showError);
    if (can('crm.read')) call('crm.customerSummary', { customer_id: id }).then(setSummary).catch(showError);
  }, [id, can, showError]);
  useEffect(load, [load]);
  const reload = useCallback(() => {
    load();
    setVersion((v) => v + 1);
  }, [load]);

  // Another customer chosen: show nothing of the previous one while loading.
  const current = customer?.id === id ? customer : null;
  const ctx: Customer360Context | null = current
    ? {
        customer: current,
        summary: summary?.customer_id === id ? summary : null,
        version,
        reload,
        openOpportunity: (oid) => setOpp({ id: oid }),
        openComplaint: (kid) => setComplaint({ id: kid }),
      }
    : null;
  const sections = CUSTOMER_360_SECTIONS.filter((s) => !s.permission || can(s.permission));

  if (!id) {
    return (
      <div className="page page-scroll">
        <Typography.Title level={4}>{t('crm.customer360')}</Typography.Title>
        <Card style={{ maxWidth: 560 }}>
          <Space orientation="vertical" style={{ width: '100%' }}>
            <Typography.Text>{t('crm.pickCustomer')}</Typography.Text>
            <RemoteSelect
              method="customers.options"
              style={{ width: '100%' }}
              onChange={(v) => v && navigate(`/crm/customer?id=${String(v)}`)}
              data-testid="c360-pick"
            />
          </Space>
        </Card>
      </div>
    );
  }

  return (
    <div className="page page-scroll" data-testid="customer-360">
      <Spin spinning={!current}>
        {current && ctx ? (
          <>
            <div className="page-head">
              <div>
                <Typography.Title level={4} style={{ margin: 0 }} data-testid="c360-name">
                  {current.legal_name}
                </Typography.Title>
                <div className="page-sub">
                  <Space size={6} wrap>
                    <Typography.Text type="secondary">{current.code}</Typography.Text>
                    <Tag
                      color={
                        current.grade === 'key' ? 'red' : current.grade === 'general' ? 'blue' : 'default'
                      }
                    >
                      {label(CUSTOMER_GRADE_LABELS, current.grade)}
                    </Tag>
                    <Tag>{label(CUSTOMER_TYPE_LABELS, current.customer_type)}</Tag>
                    {!current.active ? <Tag>{t('common.inactive')}</Tag> : null}
                    {current.bad_record ? <Tag color="error">{fl('bad_record')}</Tag> : null}
                    <Typography.Text type="secondary">
                      {fl('owner_id')}：{current.owner_name}
                    </Typography.Text>
                  </Space>
                </div>
              </div>
              <Space wrap>
                {can('crm.write') ? (
                  <>
                    <Button
                      type="primary"
                      icon={<MessageOutlined />}
                      onClick={() => setDialog('activity')}
                      data-testid="c360-activity"
                    >
                      {t('crm.logActivity')}
                    </Button>
                    <Button
                      icon={<PlusOutlined />}
                      onClick={() => setOpp({ id: null })}
                      data-testid="c360-new-opp"
                    >
                      {t('crm.newOpportunity')}
                    </Button>
                  </>
                ) : null}
                {can('service.write') ? (
                  <>
                    <Button
                      icon={<CustomerServiceOutlined />}
                      onClick={() => setComplaint({ id: null })}
                      data-testid="c360-new-complaint"
                    >
                      {t('crm.newComplaint')}
                    </Button>
                    <Button icon={<ToolOutlined />} onClick={() => setDialog('job')}>
                      {t('crm.recordServiceJob')}
                    </Button>
                  </>
                ) : null}
                {can('customers.write') || can('customers.credit') ? (
                  <Button icon={<EditOutlined />} onClick={() => setDialog('edit')}>
                    {t('crm.editArchive')}
                  </Button>
                ) : null}
                <Button icon={<ReloadOutlined />} onClick={reload} />
              </Space>
            </div>
            {summary ? (
              <Card size="small" style={{ marginBottom: 16 }} data-testid="c360-summary">
                <Row gutter={16}>
                  <Col span={4}>
                    <Statistic title={t('crm.openOpportunities')} value={summary.open_opportunities} />
                  </Col>
                  <Col span={4}>
                    <Statistic title={t('crm.pipeline')} value={yuan(summary.pipeline_amount)} />
                  </Col>
                  <Col span={4}>
                    <Statistic title={t('crm.wonTotal')} value={yuan(summary.won_amount)} />
                  </Col>
                  <Col span={4}>
                    <Statistic
                      title={t('crm.lastContact')}
                      value={dateOnly(summary.last_activity_at) || '—'}
                    />
                  </Col>
                  <Col span={4}>
                    <Statistic title={fl('next_followup_on')} value={summary.next_followup_on ?? '—'} />
                  </Col>
                  <Col span={4}>
                    <Statistic
                      title={t('crm.openService')}
                      value={`${summary.open_complaints} / ${summary.open_aftersales}`}
                    />
                  </Col>
                </Row>
              </Card>
            ) : null}
            <div className="crm-c360-body">
              <div className="crm-c360-main">
                <Row gutter={[16, 16]}>
                  {sections.map((s) => (
                    <Col key={s.key} span={s.span ?? 24} id={`c360-${s.key}`}>
                      <Card size="small" title={s.title(t)} data-testid={`c360-section-${s.key}`}>
                        {s.render(ctx)}
                      </Card>
                    </Col>
                  ))}
                </Row>
              </div>
              <div className="crm-c360-nav">
                {sections.map((s) => (
                  <a
                    key={s.key}
                    onClick={() =>
                      document.getElementById(`c360-${s.key}`)?.scrollIntoView({ behavior: 'smooth' })
                    }
                  >
                    {s.title(t)}
                  </a>
                ))}
              </div>
            </div>
          </>
        ) : null}
      </Spin>
      {customer && dialog === 'activity' ? (
        <ActivityModal
          target={{ customer_id: customer.id, name: customer.legal_name }}
          onClose={() => setDialog(null)}
          onSaved={() => {
            setDialog(null);
            reload();
          }}
        />
      ) : null}
      {customer && dialog === 'edit' ? (
        <CustomerDrawer
          id={customer.id}
          onClose={() => {
            setDialog(null);
            reload();
          }}
          onSaved={() => undefined}
        />
      ) : null}
      {customer && dialog === 'job' ? (
        <ServiceJobModal
          customerId={customer.id}
          onClose={() => setDialog(null)}
          onDone={() => {
            setDialog(null);
            reload();
          }}
        />
      ) : null}
      {customer && opp ? (
        <OpportunityDrawer
          id={opp.id}
          customerId={customer.id}
          onClose={() => {
            setOpp(null);
            reload();
          }}
          onChanged={(oid) => {
            if (opp.id == null) setOpp({ id: oid });
          }}
        />
      ) : null}
      {customer && complaint ? (
        <ComplaintDrawer
          id={complaint.id}
          customerId={customer.id}
          onClose={() => {
            setComplaint(null);
            reload();
          }}
          onChanged={(kid) => {
            if (complaint.id == null) setComplaint({ id: kid });
          }}
        />
      ) : null}
    </div>
  );
}

/* ================================================================== the CRM's own sections */

function Archive({ customer, summary }: Customer360Context) {
  const { t } = useTranslation();
  return (
    <Descriptions size="small" column={3} bordered>
      <Descriptions.Item label={fl('short_name')}>{customer.short_name ?? '—'}</Descriptions.Item>
      <Descriptions.Item label={fl('credit_code')}>{customer.credit_code ?? '—'}</Descriptions.Item>
      <Descriptions.Item label={fl('region_id')}>{customer.region_name ?? '—'}</Descriptions.Item>
      <Descriptions.Item label={fl('phone')}>{customer.phone ?? '—'}</Descriptions.Item>
      <Descriptions.Item label={fl('address')} span={2}>
        {customer.address ?? '—'}
      </Descriptions.Item>
      <Descriptions.Item label={fl('bank_name')}>{customer.bank_name ?? '—'}</Descriptions.Item>
      <Descriptions.Item label={fl('bank_account')}>{customer.bank_account ?? '—'}</Descriptions.Item>
      <Descriptions.Item label={fl('source')}>
        {label(CUSTOMER_SOURCE_LABELS, customer.source)}
      </Descriptions.Item>
      <Descriptions.Item label={fl('credit_limit')}>{yuan(customer.credit_limit)}</Descriptions.Item>
      <Descriptions.Item label={fl('credit_days')}>
        {t('crm.days', { n: customer.credit_days })}
      </Descriptions.Item>
      <Descriptions.Item label={fl('co_owner_ids')}>
        {customer.co_owners.map((u) => u.name).join('、') || '—'}
      </Descriptions.Item>
      <Descriptions.Item label={fl('tags')}>
        {customer.tags.length ? customer.tags.map((x) => <Tag key={x}>{x}</Tag>) : '—'}
      </Descriptions.Item>
      <Descriptions.Item label={t('crm.customerSince')}>{dateOnly(customer.created_at)}</Descriptions.Item>
      <Descriptions.Item label={t('crm.fromLead')}>{summary?.lead?.code ?? '—'}</Descriptions.Item>
      {customer.notes ? (
        <Descriptions.Item label={fl('notes')} span={3}>
          <span style={{ whiteSpace: 'pre-wrap' }}>{customer.notes}</span>
        </Descriptions.Item>
      ) : null}
    </Descriptions>
  );
}

function Contacts({ customer }: Customer360Context) {
  const { t } = useTranslation();
  return (
    <Table
      size="small"
      rowKey="id"
      pagination={false}
      dataSource={customer.contacts.filter((c) => c.active)}
      locale={{ emptyText: t('customers.noContacts') }}
      columns={[
        {
          title: fl('name'),
          dataIndex: 'name',
          render: (v: string, r) => (
            <Space size={4}>
              {v}
              {r.is_primary ? <Tag color="blue">{fl('is_primary')}</Tag> : null}
            </Space>
          ),
        },
        { title: fl('title'), dataIndex: 'title' },
        { title: fl('mobile'), dataIndex: 'mobile' },
        { title: fl('phone'), dataIndex: 'phone' },
        { title: fl('email'), dataIndex: 'email' },
        { title: fl('birthday'), dataIndex: 'birthday' },
      ]}
    />
  );
}

/** A small paged list for a section (first 20, newest first); reloads when the page's version changes. */
export function usePaged<T>(load: () => Promise<{ rows: T[]; total: number | null }>, version: number) {
  const [data, setData] = useState<{ rows: T[]; total: number | null } | null>(null);
  const { showError } = useFeedback();
  const loadRef = useRef(load);
  useLayoutEffect(() => {
    loadRef.current = load;
  });
  useEffect(() => {
    loadRef.current().then(setData).catch(showError);
  }, [version, showError]);
  return data;
}

function Opportunities({ customer, version, openOpportunity }: Customer360Context) {
  const { t } = useTranslation();
  const cfg = useCrmConfig();
  const data = usePaged<OpportunityRow>(
    () =>
      call('opportunities.list', {
        customer_id: customer.id,
        limit: 20,
        sort: [{ field: 'updated_at', dir: 'desc' }],
      }),
    version,
  );
  if (!data) return <Spin />;
  return (
    <Table
      size="small"
      rowKey="id"
      pagination={false}
      dataSource={data.rows}
      locale={{ emptyText: t('crm.noOpportunities') }}
      onRow={(r) => ({ onClick: () => openOpportunity(r.id), style: { cursor: 'pointer' } })}
      columns={[
        { title: fl('code'), dataIndex: 'code', width: 140 },
        { title: t('crm.opportunityName'), dataIndex: 'name' },
        {
          title: fl('stage'),
          width: 120,
          render: (_v, r) =>
            r.status === 'open' ? (
              stageName(cfg, r.stage)
            ) : (
              <Tag>{label(OPPORTUNITY_STATUS_LABELS, r.status)}</Tag>
            ),
        },
        {
          title: t('crm.stageDue'),
          dataIndex: 'stage_due_on',
          width: 110,
          render: (v: string | null, r) =>
            r.status === 'open' ? <DueTag date={v} today={dayjs().format('YYYY-MM-DD')} /> : null,
        },
        {
          title: fl('expected_amount'),
          width: 130,
          align: 'right',
          render: (_v, r) => yuan(r.won_amount ?? r.expected_amount),
        },
        { title: t('crm.oppOwner'), dataIndex: 'owner_name', width: 90 },
      ]}
      footer={
        data.total && data.total > data.rows.length
          ? () => (
              <span className="crm-hint">{t('crm.moreInList', { n: data.total! - data.rows.length })}</span>
            )
          : undefined
      }
    />
  );
}

function History({ customer, version }: Customer360Context) {
  const ref = useRef<TimelineHandle>(null);
  useEffect(() => {
    ref.current?.reload();
  }, [version]);
  return <ActivityTimeline ref={ref} customer_id={customer.id} />;
}

function Complaints({ customer, version, openComplaint }: Customer360Context) {
  const { t } = useTranslation();
  const data = usePaged<ComplaintRow>(
    () => call('complaints.list', { customer_id: customer.id, limit: 20 }),
    version,
  );
  if (!data) return <Spin />;
  return (
    <Table
      size="small"
      rowKey="id"
      pagination={false}
      dataSource={data.rows}
      locale={{ emptyText: t('crm.noComplaints') }}
      onRow={(r) => ({ onClick: () => openComplaint(r.id), style: { cursor: 'pointer' } })}
      columns={[
        { title: fl('code'), dataIndex: 'code', width: 140 },
        {
          title: fl('kind'),
          dataIndex: 'kind',
          width: 90,
          render: (v: string) => label(COMPLAINT_KIND_LABELS, v),
        },
        { title: fl('description'), dataIndex: 'description', ellipsis: true },
        {
          title: fl('status'),
          width: 170,
          render: (_v, r) => (
            <Space size={4}>
              <Tag color={COMPLAINT_STATUS_COLORS[r.status]}>{label(COMPLAINT_STATUS_LABELS, r.status)}</Tag>
              {r.escalated_at ? <Tag color="error">{t('crm.escalated')}</Tag> : null}
            </Space>
          ),
        },
        { title: t('crm.openedAt'), dataIndex: 'opened_at', width: 140, render: dateTime },
        {
          title: fl('satisfaction'),
          dataIndex: 'satisfaction',
          width: 80,
          render: (v: number | null) => (v == null ? '' : `${v} / 5`),
        },
      ]}
    />
  );
}

function Aftersales({ customer, version, reload }: Customer360Context) {
  const { t } = useTranslation();
  const [task, setTask] = useState<AftersalesTaskRow | null>(null);
  const data = usePaged<AftersalesTaskRow>(
    () =>
      call('aftersales.list', {
        customer_id: customer.id,
        limit: 20,
        sort: [{ field: 'due_on', dir: 'desc' }],
      }),
    version,
  );
  const today = useMemo(() => dayjs().format('YYYY-MM-DD'), []);
  if (!data) return <Spin />;
  return (
    <>
      <Table
        size="small"
        rowKey="id"
        pagination={false}
        dataSource={data.rows}
        locale={{ emptyText: t('crm.noAftersales') }}
        columns={[
          {
            title: t('crm.task'),
            dataIndex: 'kind',
            width: 110,
            render: (v: string) => label(TASK_KIND_LABELS, v),
          },
          { title: t('crm.deliveredOn'), dataIndex: 'delivered_on', width: 110 },
          {
            title: t('crm.window'),
            width: 200,
            render: (_v, r) => (
              <span>
                {r.due_from} ~ <DueTag date={r.due_on} today={today} done={r.status !== 'open'} />
              </span>
            ),
          },
          {
            title: fl('status'),
            dataIndex: 'status',
            width: 80,
            render: (v: string) => (v === 'done' ? t('crm.done') : t('crm.pending')),
          },
          {
            title: fl('satisfaction'),
            dataIndex: 'satisfaction',
            width: 80,
            render: (v: number | null) => (v == null ? '' : `${v} / 5`),
          },
          { title: fl('result'), dataIndex: 'result', ellipsis: true },
          {
            title: t('common.actions'),
            width: 80,
            render: (_v, r) =>
              r.status === 'open' ? (
                <Button size="small" type="link" onClick={() => setTask(r)}>
                  {t('crm.complete')}
                </Button>
              ) : null,
          },
        ]}
      />
      {task ? (
        <CompleteTaskModal
          task={task}
          onClose={() => setTask(null)}
          onDone={() => {
            setTask(null);
            reload();
          }}
        />
      ) : null}
    </>
  );
}

registerCustomerSection({
  key: 'archive',
  order: 10,
  title: (t) => t('crm.sectionArchive'),
  render: (c) => <Archive {...c} />,
});
registerCustomerSection({
  key: 'contacts',
  order: 20,
  title: (t) => t('crm.sectionContacts'),
  render: (c) => <Contacts {...c} />,
});
registerCustomerSection({
  key: 'opportunities',
  order: 30,
  title: (t) => t('crm.sectionOpportunities'),
  permission: 'crm.read',
  render: (c) => <Opportunities {...c} />,
});
registerCustomerSection({
  key: 'activities',
  order: 40,
  title: (t) => t('crm.sectionActivities'),
  permission: 'crm.read',
  render: (c) => <History {...c} />,
});
registerCustomerSection({
  key: 'complaints',
  order: 60,
  title: (t) => t('crm.sectionComplaints'),
  permission: 'service.read',
  render: (c) => <Complaints {...c} />,
});
registerCustomerSection({
  key: 'aftersales',
  order: 70,
  title: (t) => t('crm.sectionAftersales'),
  permission: 'service.read',
  render: (c) => <Aftersales {...c} />,
});

export function EmptySection() {
  const { t } = useTranslation();
  return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('crm.none')} />;
}
