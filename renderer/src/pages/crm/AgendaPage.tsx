import { Badge, Button, Card, Col, Empty, Row, Space, Table, Tag, Typography } from 'antd';
import { CalendarOutlined, GiftOutlined, ReloadOutlined } from '@ant-design/icons';
import { useCallback, useEffect, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { call } from '../../api';
import { bi, fl } from '../../i18n';
import { useSession } from '../../session';
import { useFeedback } from '../../components/feedback';
import { RemoteSelect } from '../../components/RemoteSelect';
import {
  ACTIVITY_TYPE_LABELS,
  COMPLAINT_STATUS_LABELS,
  SEVERITY_LABELS,
  type ActivityRow,
  type Agenda,
  type AftersalesTaskRow,
} from '../../../../shared/contract/crm';
import { ActivityModal, type ActivityTarget } from './ActivityModal';
import { CompleteTaskModal, TASK_KIND_LABELS } from './CompleteTaskModal';
import { OpportunityDrawer } from './OpportunityDrawer';
import { ComplaintDrawer } from './ComplaintDrawer';
import { stageName, useCrmConfig } from './config';
import { DueTag, Ellipsis, dateTime, label, openCustomer, go } from './util';

function Section({
  title,
  count,
  danger,
  children,
  testId,
}: {
  title: ReactNode;
  count: number;
  danger?: boolean;
  children: ReactNode;
  testId: string;
}) {
  return (
    <Card
      size="small"
      className="crm-agenda-card"
      title={
        <Space>
          {title}
          <Badge count={count} showZero color={danger && count ? '#ff4d4f' : '#bfbfbf'} />
        </Space>
      }
      data-testid={testId}
    >
      {children}
    </Card>
  );
}

/** 日程: a salesperson's day — follow-ups overdue / today / this week, return calls, stage deadlines, complaints. */
export function AgendaPage() {
  const { t } = useTranslation();
  const { me, can } = useSession();
  const { showError } = useFeedback();
  const cfg = useCrmConfig();
  const [user, setUser] = useState<number | undefined>();
  const [agenda, setAgenda] = useState<Agenda | null>(null);
  const [activity, setActivity] = useState<ActivityTarget | null>(null);
  const [task, setTask] = useState<AftersalesTaskRow | null>(null);
  const [opp, setOpp] = useState<number | null>(null);
  const [complaint, setComplaint] = useState<number | null>(null);

  const load = useCallback(() => {
    call('crm.agenda', { user_id: user }).then(setAgenda).catch(showError);
  }, [user, showError]);
  useEffect(load, [load]);

  const mine = !user || user === me?.id;
  const followupColumns = [
    {
      title: fl('next_followup_on'),
      dataIndex: 'next_followup_on',
      width: 110,
      render: (v: string) => <DueTag date={v} today={agenda?.today ?? ''} />,
    },
    {
      title: t('crm.who'),
      render: (_v: unknown, r: ActivityRow) =>
        r.customer_id ? (
          <a onClick={() => openCustomer(r.customer_id!)}>
            <Ellipsis text={r.customer_name} width={260} />
          </a>
        ) : (
          <a onClick={() => go('/crm/leads')}>
            <Ellipsis text={`${t('crm.lead')} · ${r.lead_company ?? ''}`} width={260} />
          </a>
        ),
    },
    { title: fl('contact_id'), dataIndex: 'contact_name', width: 100 },
    {
      title: t('crm.lastContact'),
      width: 320,
      render: (_v: unknown, r: ActivityRow) => (
        <span>
          <Tag>{label(ACTIVITY_TYPE_LABELS, r.type)}</Tag>
          <Ellipsis text={r.summary} width={220} />
        </span>
      ),
    },
    {
      title: fl('promises'),
      dataIndex: 'promises',
      render: (v: string | null) => <Ellipsis text={v} width={180} />,
    },
    {
      title: t('common.actions'),
      width: 90,
      render: (_v: unknown, r: ActivityRow) =>
        mine ? (
          <Button
            size="small"
            type="link"
            onClick={() =>
              setActivity(
                r.customer_id
                  ? {
                      customer_id: r.customer_id,
                      contact_id: r.contact_id ?? undefined,
                      opportunity_id: r.opportunity_id ?? undefined,
                      name: r.customer_name ?? '',
                    }
                  : { lead_id: r.lead_id!, name: r.lead_company ?? '' },
              )
            }
            data-testid="agenda-followup"
          >
            {t('crm.followUp')}
          </Button>
        ) : null,
    },
  ];
  const followups = (rows: ActivityRow[], testId: string) =>
    rows.length ? (
      <Table
        size="small"
        rowKey="id"
        pagination={false}
        dataSource={rows}
        columns={followupColumns}
        data-testid={testId}
      />
    ) : (
      <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('crm.none')} />
    );

  return (
    <div className="page page-scroll" data-testid="agenda">
      <div className="page-head">
        <div>
          <Typography.Title level={4} style={{ margin: 0 }}>
            {t('crm.agendaTitle')}
          </Typography.Title>
          {agenda ? (
            <div className="page-sub">
              <Typography.Text type="secondary">
                <CalendarOutlined /> {agenda.today} · {agenda.user_name} ·{' '}
                {t('crm.weekUntil', { date: agenda.week_end })}
              </Typography.Text>
            </div>
          ) : null}
        </div>
        <Space>
          {can('crm.assign') ? (
            <RemoteSelect
              method="users.options"
              value={user}
              onChange={(v) => setUser(v as number | undefined)}
              placeholder={t('crm.agendaOf')}
              style={{ width: 200 }}
              data-testid="agenda-user"
            />
          ) : null}
          <Button icon={<ReloadOutlined />} onClick={load}>
            {t('common.refresh')}
          </Button>
        </Space>
      </div>
      {agenda ? (
        <Row gutter={[16, 16]}>
          <Col span={24}>
            <Section
              title={t('crm.overdueFollowups')}
              count={agenda.overdue.length}
              danger
              testId="agenda-overdue"
            >
              {followups(agenda.overdue, 'agenda-overdue-table')}
            </Section>
          </Col>
          <Col span={24}>
            <Section title={t('crm.todayFollowups')} count={agenda.due_today.length} testId="agenda-today">
              {followups(agenda.due_today, 'agenda-today-table')}
            </Section>
          </Col>
          <Col span={24}>
            <Section title={t('crm.weekFollowups')} count={agenda.this_week.length} testId="agenda-week">
              {followups(agenda.this_week, 'agenda-week-table')}
            </Section>
          </Col>
          <Col span={12}>
            <Section
              title={t('crm.aftersalesDue')}
              count={agenda.aftersales.length}
              danger={agenda.aftersales.some((x) => x.overdue)}
              testId="agenda-aftersales"
            >
              {agenda.aftersales.length ? (
                <Table
                  size="small"
                  rowKey="id"
                  pagination={false}
                  dataSource={agenda.aftersales}
                  columns={[
                    {
                      title: t('crm.task'),
                      dataIndex: 'kind',
                      width: 110,
                      render: (v: string) => label(TASK_KIND_LABELS, v),
                    },
                    {
                      title: fl('customer_id'),
                      dataIndex: 'customer_name',
                      render: (v: string, r) => (
                        <a onClick={() => openCustomer(r.customer_id)}>
                          <Ellipsis text={v} width={180} />
                        </a>
                      ),
                    },
                    {
                      title: t('crm.window'),
                      width: 215,
                      render: (_v, r) => (
                        <span>
                          {r.due_from} ~ <DueTag date={r.due_on} today={agenda.today} />
                        </span>
                      ),
                    },
                    {
                      title: t('common.actions'),
                      width: 80,
                      render: (_v, r) => (
                        <Button
                          size="small"
                          type="link"
                          onClick={() => setTask(r)}
                          data-testid="agenda-task-do"
                        >
                          {t('crm.complete')}
                        </Button>
                      ),
                    },
                  ]}
                />
              ) : (
                <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('crm.none')} />
              )}
            </Section>
          </Col>
          <Col span={12}>
            <Section
              title={t('crm.stageDeadlines')}
              count={agenda.opportunities.length}
              danger={agenda.opportunities.some((o) => o.overdue)}
              testId="agenda-opps"
            >
              {agenda.opportunities.length ? (
                <Table
                  size="small"
                  rowKey="id"
                  pagination={false}
                  dataSource={agenda.opportunities}
                  onRow={(r) => ({ onClick: () => setOpp(r.id), style: { cursor: 'pointer' } })}
                  columns={[
                    {
                      title: t('crm.opportunityName'),
                      dataIndex: 'name',
                      render: (v: string) => <Ellipsis text={v} width={200} />,
                    },
                    {
                      title: fl('stage'),
                      dataIndex: 'stage',
                      width: 90,
                      render: (v: string) => stageName(cfg, v),
                    },
                    {
                      title: t('crm.stageDue'),
                      dataIndex: 'stage_due_on',
                      width: 110,
                      render: (v: string) => <DueTag date={v} today={agenda.today} />,
                    },
                  ]}
                />
              ) : (
                <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('crm.none')} />
              )}
            </Section>
          </Col>
          <Col span={12}>
            <Section
              title={t('crm.complaintsOpen')}
              count={agenda.complaints.length}
              danger={agenda.complaints.some((k) => k.escalated_at)}
              testId="agenda-complaints"
            >
              {agenda.complaints.length ? (
                <Table
                  size="small"
                  rowKey="id"
                  pagination={false}
                  dataSource={agenda.complaints}
                  onRow={(r) => ({ onClick: () => setComplaint(r.id), style: { cursor: 'pointer' } })}
                  columns={[
                    { title: fl('code'), dataIndex: 'code', width: 130 },
                    {
                      title: fl('customer_id'),
                      dataIndex: 'customer_name',
                      render: (v: string) => <Ellipsis text={v} width={160} />,
                    },
                    {
                      title: fl('severity'),
                      dataIndex: 'severity',
                      width: 70,
                      render: (v: string) => label(SEVERITY_LABELS, v),
                    },
                    {
                      title: fl('status'),
                      width: 130,
                      render: (_v, r) => (
                        <Space size={4}>
                          {label(COMPLAINT_STATUS_LABELS, r.status)}
                          {r.escalated_at ? <Tag color="error">{t('crm.escalated')}</Tag> : null}
                        </Space>
                      ),
                    },
                  ]}
                />
              ) : (
                <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('crm.none')} />
              )}
            </Section>
          </Col>
          <Col span={12}>
            <Section
              title={
                <>
                  <GiftOutlined /> {t('crm.birthdays')}
                </>
              }
              count={agenda.birthdays.length + agenda.anniversaries.length}
              testId="agenda-birthdays"
            >
              {agenda.birthdays.length + agenda.anniversaries.length ? (
                <div className="crm-mini-list">
                  {agenda.birthdays.map((b) => (
                    <div key={`b${b.contact_id}`}>
                      <Tag color="magenta">
                        {b.days === 0 ? t('crm.todayTag') : t('crm.inDays', { n: b.days })}
                      </Tag>
                      {t('crm.birthdayOf', { name: b.contact_name, date: b.on.slice(5) })} ·{' '}
                      <a onClick={() => openCustomer(b.customer_id)}>{b.customer_name}</a>
                    </div>
                  ))}
                  {agenda.anniversaries.map((a) => (
                    <div key={`a${a.customer_id}`}>
                      <Tag color="gold">
                        {a.days === 0 ? t('crm.todayTag') : t('crm.inDays', { n: a.days })}
                      </Tag>
                      <a onClick={() => openCustomer(a.customer_id)}>{a.customer_name}</a>{' '}
                      {t('crm.anniversaryOf', { years: a.years, date: a.on.slice(5) })}
                    </div>
                  ))}
                </div>
              ) : (
                <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('crm.none')} />
              )}
            </Section>
          </Col>
          <Col span={24}>
            <Section title={t('crm.reminders')} count={agenda.reminders.length} testId="agenda-reminders">
              {agenda.reminders.length ? (
                <div className="crm-mini-list">
                  {agenda.reminders.map((r) => (
                    <div key={r.id}>
                      <Typography.Text type="secondary">{dateTime(r.created_at)}</Typography.Text>{' '}
                      {bi({ zh: r.title_zh, en: r.title_en })}
                    </div>
                  ))}
                </div>
              ) : (
                <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('crm.none')} />
              )}
            </Section>
          </Col>
        </Row>
      ) : null}
      {activity ? (
        <ActivityModal
          target={activity}
          onClose={() => setActivity(null)}
          onSaved={() => {
            setActivity(null);
            load();
          }}
        />
      ) : null}
      {task ? (
        <CompleteTaskModal
          task={task}
          onClose={() => setTask(null)}
          onDone={() => {
            setTask(null);
            load();
          }}
        />
      ) : null}
      {opp ? (
        <OpportunityDrawer
          id={opp}
          onClose={() => {
            setOpp(null);
            load();
          }}
          onChanged={() => undefined}
        />
      ) : null}
      {complaint ? (
        <ComplaintDrawer
          id={complaint}
          onClose={() => {
            setComplaint(null);
            load();
          }}
          onChanged={() => undefined}
        />
      ) : null}
    </div>
  );
}
