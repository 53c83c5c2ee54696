import {
  Alert,
  Button,
  Card,
  Col,
  DatePicker,
  Drawer,
  Form,
  Input,
  InputNumber,
  Modal,
  Popconfirm,
  Row,
  Select,
  Space,
  Spin,
  Steps,
  Table,
  Tabs,
  Tag,
  Typography,
} from 'antd';
import { CheckCircleFilled, ClockCircleOutlined, DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import dayjs, { type Dayjs } from 'dayjs';
import { useCallback, useEffect, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError, call } from '../../api';
import { bi, fl } from '../../i18n';
import { useSession } from '../../session';
import { useFeedback } from '../../components/feedback';
import { applyFieldErrors, clearErrorsOnChange } from '../../components/formErrors';
import { useFormKeys } from '../../components/keyboard';
import { MoneyInput } from '../../components/MoneyInput';
import { RemoteSelect } from '../../components/RemoteSelect';
import {
  DECISION_ROLE_LABELS,
  DECISION_ROLES,
  OPPORTUNITY_STATUS_LABELS,
  type OpportunityDetail,
} from '../../../../shared/contract/crm';
import type { ContactRow } from '../../../../shared/contract/customers';
import { ActivityModal } from './ActivityModal';
import { ActivityTimeline, type TimelineHandle } from './ActivityTimeline';
import { Attachments } from './Attachments';
import { stageName, useCrmConfig } from './config';
import { dateTime, label, openCustomer, optionsOf, yuan } from './util';

/**
 * Actions other areas add to an opportunity (e.g. "生成报价单" once quotations are merged):
 * `OPPORTUNITY_ACTIONS.push({ key, render: (opp, reload) => <Button …/> })`.
 */
export const OPPORTUNITY_ACTIONS: {
  key: string;
  render(opp: OpportunityDetail, reload: () => void): ReactNode;
}[] = [];

const STATUS_COLORS = { open: 'processing', won: 'success', lost: 'default' } as const;

type Values = Record<string, unknown>;
const BASIC_FIELDS = new Set([
  'name',
  'customer_id',
  'budget',
  'expected_amount',
  'expected_bid_date',
  'win_amount',
  'bid_issue_date',
  'bid_response_date',
  'design_unit',
  'decision_unit',
  'user_unit',
  'description',
  'owner_id',
  'co_owner_ids',
]);
const dateOrNull = (v: unknown) => (v ? (v as Dayjs).format('YYYY-MM-DD') : null);

export function OpportunityDrawer({
  id,
  customerId,
  onClose,
  onChanged,
}: {
  id: number | null;
  customerId?: number;
  onClose(): void;
  onChanged(id: number): void;
}) {
  const { t } = useTranslation();
  const { me } = useSession();
  const cfg = useCrmConfig();
  const { message, showError } = useFeedback();
  const [form] = Form.useForm();
  const [opp, setOpp] = useState<OpportunityDetail | null>(null);
  const [loading, setLoading] = useState(id != null);
  const [saving, setSaving] = useState(false);
  const [dialog, setDialog] = useState<'activity' | 'back' | 'win' | 'lose' | 'competitor' | 'chain' | null>(
    null,
  );
  const [competitor, setCompetitor] = useState<OpportunityDetail['competitors'][number] | null>(null);
  const bodyRef = useRef<HTMLDivElement>(null);
  const timeline = useRef<TimelineHandle>(null);

  const show = useCallback(
    (d: OpportunityDetail) => {
      setOpp(d);
      form.setFieldsValue({
        ...d,
        expected_bid_date: d.expected_bid_date ? dayjs(d.expected_bid_date) : null,
        bid_issue_date: d.bid_issue_date ? dayjs(d.bid_issue_date) : null,
        bid_response_date: d.bid_response_date ? dayjs(d.bid_response_date) : null,
      });
    },
    [form],
  );
  const reload = useCallback(() => {
    if (opp) call('opportunities.get', { id: opp.id }).then(show).catch(showError);
  }, [opp, show, showError]);

  useEffect(() => {
    if (id == null) {
      form.setFieldsValue({ customer_id: customerId, owner_id: me?.id });
      return;
    }
    let live = true;
    call('opportunities.get', { id })
      .then((d) => live && show(d))
      .catch((e) => {
        showError(e);
        onClose();
      })
      .finally(() => live && setLoading(false));
    return () => {
      live = false;
    };
  }, [id, customerId, form, me?.id, show, showError, onClose]);

  /** Runs a change and shows the opportunity as it came back. */
  const apply = async (p: Promise<OpportunityDetail>, done?: string) => {
    try {
      const d = await p;
      show(d);
      if (done) message.success(done);
      onChanged(d.id);
      return true;
    } catch (e) {
      // Field errors of the main form go under its fields; everything else (missing stage work, lines …) is a toast.
      const marked = applyFieldErrors(
        form,
        e,
        (path) => path.length === 1 && BASIC_FIELDS.has(String(path[0])),
      );
      if (!marked || (e instanceof ApiError && e.code === 'BUSINESS_RULE')) showError(e);
      return false;
    }
  };

  const save = async () => {
    let v: Values;
    try {
      v = await form.validateFields();
    } catch {
      return;
    }
    setSaving(true);
    const fields = {
      name: String(v.name ?? ''),
      budget: (v.budget as number) ?? null,
      expected_amount: (v.expected_amount as number) ?? null,
      expected_bid_date: dateOrNull(v.expected_bid_date),
      win_amount: (v.win_amount as number) ?? null,
      bid_issue_date: dateOrNull(v.bid_issue_date),
      bid_response_date: dateOrNull(v.bid_response_date),
      design_unit: (v.design_unit as string) ?? null,
      decision_unit: (v.decision_unit as string) ?? null,
      user_unit: (v.user_unit as string) ?? null,
      description: (v.description as string) ?? null,
    };
    await apply(
      opp
        ? call('opportunities.update', { ...fields, id: opp.id, version: opp.version })
        : call('opportunities.create', {
            ...fields,
            customer_id: v.customer_id as number,
            owner_id: (v.owner_id as number) ?? undefined,
            co_owner_ids: (v.co_owner_ids as number[]) ?? [],
          }),
      t('common.saved'),
    );
    setSaving(false);
  };
  useFormKeys(bodyRef, () => void save());

  const advance = (to: string, note: string | null = null) =>
    opp &&
    apply(
      call('opportunities.advance', { id: opp.id, version: opp.version, to_stage: to, note }),
      t('crm.advanced', { stage: stageName(cfg, to) }),
    );

  const editable = !opp || opp.can_edit;
  const stageIndex = opp ? cfg.stages.findIndex((s) => s.key === opp.stage) : 0;
  const steps = [
    ...cfg.stages.map((s) => ({ key: s.key, title: bi(s) })),
    { key: 'won', title: stageName(cfg, 'won') },
  ];
  const current =
    opp?.status === 'won'
      ? steps.length - 1
      : opp?.status === 'lost'
        ? Math.max(0, cfg.stages.length - 1)
        : stageIndex;

  const req = [{ required: true, message: t('crm.required') }];
  const basic = (
    <Form form={form} layout="vertical" onValuesChange={clearErrorsOnChange(form)} disabled={!editable}>
      <Row gutter={16}>
        <Col span={16}>
          <Form.Item name="name" label={t('crm.opportunityName')} rules={req}>
            <Input maxLength={200} data-testid="opp-name" />
          </Form.Item>
        </Col>
        <Col span={8}>
          <Form.Item name="customer_id" label={fl('customer_id')} rules={req}>
            <RemoteSelect
              method="customers.options"
              disabled={!!opp || !!customerId}
              data-testid="opp-customer"
            />
          </Form.Item>
        </Col>
        <Col span={8}>
          <Form.Item name="budget" label={fl('budget')}>
            <MoneyInput data-testid="opp-budget" />
          </Form.Item>
        </Col>
        <Col span={8}>
          <Form.Item name="expected_amount" label={fl('expected_amount')}>
            <MoneyInput data-testid="opp-expected" />
          </Form.Item>
        </Col>
        <Col span={8}>
          <Form.Item name="expected_bid_date" label={fl('expected_bid_date')}>
            <DatePicker style={{ width: '100%' }} data-testid="opp-bid-date" />
          </Form.Item>
        </Col>
        <Col span={8}>
          <Form.Item name="design_unit" label={fl('design_unit')}>
            <Input maxLength={200} data-testid="opp-design" />
          </Form.Item>
        </Col>
        <Col span={8}>
          <Form.Item name="decision_unit" label={fl('decision_unit')}>
            <Input maxLength={200} data-testid="opp-decision" />
          </Form.Item>
        </Col>
        <Col span={8}>
          <Form.Item name="user_unit" label={fl('user_unit')}>
            <Input maxLength={200} data-testid="opp-user-unit" />
          </Form.Item>
        </Col>
        <Col span={8}>
          <Form.Item name="win_amount" label={fl('win_amount')}>
            <MoneyInput data-testid="opp-win-amount" />
          </Form.Item>
        </Col>
        <Col span={8}>
          <Form.Item name="bid_issue_date" label={fl('bid_issue_date')}>
            <DatePicker style={{ width: '100%' }} data-testid="opp-issue-date" />
          </Form.Item>
        </Col>
        <Col span={8}>
          <Form.Item name="bid_response_date" label={fl('bid_response_date')}>
            <DatePicker style={{ width: '100%' }} data-testid="opp-response-date" />
          </Form.Item>
        </Col>
        {!opp ? (
          <>
            <Col span={8}>
              <Form.Item name="owner_id" label={t('crm.oppOwner')}>
                <RemoteSelect method="users.options" allowClear={false} />
              </Form.Item>
            </Col>
            <Col span={16}>
              <Form.Item name="co_owner_ids" label={fl('co_owner_ids')}>
                <RemoteSelect method="users.options" mode="multiple" />
              </Form.Item>
            </Col>
          </>
        ) : null}
        <Col span={24}>
          <Form.Item name="description" label={fl('description')}>
            <Input.TextArea rows={3} maxLength={4000} />
          </Form.Item>
        </Col>
      </Row>
      {opp ? (
        <Typography.Text type="secondary">
          {t('crm.oppOwner')}：{opp.owner_name}
          {opp.co_owners.length
            ? `；${fl('co_owner_ids')}：${opp.co_owners.map((u) => u.name).join('、')}`
            : ''}
          {opp.lead_code ? `；${t('crm.fromLead')} ${opp.lead_code}` : ''}
        </Typography.Text>
      ) : null}
    </Form>
  );

  const checklist = opp && opp.status === 'open' && (
    <Card size="small" className="crm-checklist" data-testid="opp-checklist">
      <Space orientation="vertical" style={{ width: '100%' }} size={6}>
        <Space wrap>
          <Typography.Text strong>
            {t('crm.stageTasks', { stage: stageName(cfg, opp.stage) })}
          </Typography.Text>
          {opp.stage_due_on ? (
            <Tag color={opp.overdue ? 'error' : 'default'} icon={<ClockCircleOutlined />}>
              {opp.overdue
                ? t('crm.overdueSince', { date: opp.stage_due_on })
                : t('crm.dueBy', { date: opp.stage_due_on })}
            </Tag>
          ) : null}
        </Space>
        {opp.checklist.length === 0 ? (
          <Typography.Text type="secondary">{t('crm.noRequirements')}</Typography.Text>
        ) : (
          <div className="crm-check-items">
            {opp.checklist.map((i) => (
              <span
                key={i.key}
                className={i.done ? 'crm-check done' : 'crm-check'}
                data-testid={`check-${i.key}`}
              >
                {i.kind === 'task' && opp.can_edit ? (
                  <a
                    onClick={() =>
                      void apply(
                        call('opportunities.setTask', { id: opp.id, task_key: i.key, done: !i.done }),
                      )
                    }
                  >
                    {i.done ? <CheckCircleFilled /> : <span className="crm-dot" />}{' '}
                    {bi({ zh: i.label_zh, en: i.label_en })}
                  </a>
                ) : (
                  <>
                    {i.done ? <CheckCircleFilled /> : <span className="crm-dot" />}{' '}
                    {bi({ zh: i.label_zh, en: i.label_en })}
                  </>
                )}
              </span>
            ))}
          </div>
        )}
        {opp.next_stage === 'won' && opp.won_checklist.length ? (
          <div className="crm-check-items">
            <Typography.Text type="secondary">{t('crm.wonNeeds')}</Typography.Text>
            {opp.won_checklist.map((i) => (
              <span key={i.key} className={i.done ? 'crm-check done' : 'crm-check'}>
                {i.done ? <CheckCircleFilled /> : <span className="crm-dot" />}{' '}
                {bi({ zh: i.label_zh, en: i.label_en })}
              </span>
            ))}
          </div>
        ) : null}
        {opp.can_edit ? (
          <Space wrap>
            {opp.next_stage && opp.next_stage !== 'won' ? (
              <Button type="primary" onClick={() => void advance(opp.next_stage!)} data-testid="opp-advance">
                {t('crm.advanceTo', { stage: stageName(cfg, opp.next_stage) })}
              </Button>
            ) : null}
            {opp.next_stage === 'won' ? (
              <Button type="primary" onClick={() => setDialog('win')} data-testid="opp-win">
                {t('crm.markWon')}
              </Button>
            ) : null}
            {stageIndex > 0 ? <Button onClick={() => setDialog('back')}>{t('crm.moveBack')}</Button> : null}
            <Button danger onClick={() => setDialog('lose')} data-testid="opp-lose">
              {t('crm.markLost')}
            </Button>
            <Button onClick={() => setDialog('activity')} data-testid="opp-activity">
              {t('crm.logActivity')}
            </Button>
          </Space>
        ) : null}
      </Space>
    </Card>
  );

  const closedInfo = opp && opp.status !== 'open' && (
    <Alert
      type={opp.status === 'won' ? 'success' : 'warning'}
      showIcon
      style={{ marginBottom: 12 }}
      title={
        opp.status === 'won'
          ? t('crm.wonInfo', { amount: yuan(opp.won_amount), date: opp.won_on })
          : t('crm.lostInfo', { reason: opp.lost_reason, to: opp.lost_to })
      }
      description={
        OPPORTUNITY_ACTIONS.length ? (
          <Space>
            {OPPORTUNITY_ACTIONS.map((a) => (
              <span key={a.key}>{a.render(opp, reload)}</span>
            ))}
          </Space>
        ) : undefined
      }
    />
  );

  const tabs = opp
    ? [
        { key: 'basic', label: t('crm.basic'), children: basic },
        {
          key: 'chain',
          label: `${t('crm.decisionChain')} (${opp.decision_chain.length})`,
          children: <DecisionChain opp={opp} onAdd={() => setDialog('chain')} apply={apply} />,
        },
        {
          key: 'competitors',
          label: `${t('crm.competitors')} (${opp.competitors.length})`,
          children: (
            <Competitors
              opp={opp}
              onEdit={(c) => {
                setCompetitor(c);
                setDialog('competitor');
              }}
              apply={apply}
            />
          ),
        },
        {
          key: 'products',
          label: `${t('crm.expectedProducts')} (${opp.products.length})`,
          children: <Products opp={opp} apply={apply} />,
        },
        {
          key: 'files',
          label: `${fl('attachments')} (${opp.attachments.length})`,
          children: (
            <Attachments
              entity="opportunity"
              id={opp.id}
              items={opp.attachments}
              canEdit={opp.can_edit}
              onChanged={reload}
            />
          ),
        },
        {
          key: 'activities',
          label: t('crm.followups'),
          children: <ActivityTimeline ref={timeline} opportunity_id={opp.id} />,
        },
        {
          key: 'history',
          label: t('crm.stageHistory'),
          children: (
            <Table
              size="small"
              rowKey={(r) => `${r.stage}${r.entered_at}`}
              pagination={false}
              dataSource={opp.history}
              columns={[
                { title: fl('stage'), dataIndex: 'stage', render: (v: string) => stageName(cfg, v) },
                { title: t('crm.entered'), dataIndex: 'entered_at', render: dateTime },
                { title: t('crm.left'), dataIndex: 'left_at', render: dateTime },
                { title: t('crm.due'), dataIndex: 'due_on' },
                {
                  title: t('crm.overdue'),
                  dataIndex: 'overdue',
                  render: (v: boolean) => (v ? <Tag color="error">{t('crm.overdue')}</Tag> : null),
                },
                { title: t('crm.by'), dataIndex: 'user_name' },
                { title: fl('note'), dataIndex: 'note' },
              ]}
            />
          ),
        },
      ]
    : [{ key: 'basic', label: t('crm.basic'), children: basic }];

  return (
    <Drawer
      open
      size={980}
      onClose={onClose}
      destroyOnHidden
      title={
        <Space>
          {opp ? `${opp.code} ${opp.name}` : t('crm.newOpportunity')}
          {opp ? (
            <Tag color={STATUS_COLORS[opp.status]}>{label(OPPORTUNITY_STATUS_LABELS, opp.status)}</Tag>
          ) : null}
          {opp ? (
            <a onClick={() => openCustomer(opp.customer_id)} style={{ fontWeight: 'normal', fontSize: 13 }}>
              {opp.customer_name}
            </a>
          ) : null}
        </Space>
      }
      footer={
        <Space style={{ width: '100%', justifyContent: 'flex-end' }}>
          <Button onClick={onClose}>{t('common.close')}</Button>
          {editable ? (
            <Button type="primary" loading={saving} onClick={() => void save()} data-testid="opp-save">
              {t('common.saveShortcut')}
            </Button>
          ) : null}
        </Space>
      }
    >
      <div ref={bodyRef} data-testid="opp-drawer">
        <Spin spinning={loading}>
          {opp ? (
            <Steps
              size="small"
              current={current}
              status={
                opp.status === 'lost'
                  ? 'error'
                  : opp.status === 'won'
                    ? 'finish'
                    : opp.overdue
                      ? 'error'
                      : 'process'
              }
              items={steps.map((s) => ({ title: s.title }))}
              style={{ marginBottom: 16 }}
              data-testid="opp-steps"
            />
          ) : null}
          {closedInfo}
          {checklist}
          <Tabs items={tabs} />
        </Spin>
      </div>
      {opp && dialog === 'activity' ? (
        <ActivityModal
          target={{ customer_id: opp.customer_id, opportunity_id: opp.id, name: opp.name }}
          onClose={() => setDialog(null)}
          onSaved={() => {
            setDialog(null);
            reload();
            timeline.current?.reload();
          }}
        />
      ) : null}
      {opp && dialog === 'back' ? (
        <BackModal
          opp={opp}
          onClose={() => setDialog(null)}
          onOk={async (to, note) => {
            if (await advance(to, note)) setDialog(null);
          }}
        />
      ) : null}
      {opp && dialog === 'win' ? (
        <WinModal
          opp={opp}
          onClose={() => setDialog(null)}
          onOk={async (v) => {
            if (
              await apply(
                call('opportunities.win', { id: opp.id, version: opp.version, ...v }),
                t('crm.wonDone'),
              )
            )
              setDialog(null);
          }}
        />
      ) : null}
      {opp && dialog === 'lose' ? (
        <LoseModal
          onClose={() => setDialog(null)}
          onOk={async (v) => {
            if (
              await apply(
                call('opportunities.lose', { id: opp.id, version: opp.version, ...v }),
                t('crm.lostDone'),
              )
            )
              setDialog(null);
          }}
        />
      ) : null}
      {opp && dialog === 'chain' ? (
        <ChainModal
          opp={opp}
          onClose={() => setDialog(null)}
          onOk={async (v) => {
            if (await apply(call('opportunities.saveDecisionContact', { opportunity_id: opp.id, ...v })))
              setDialog(null);
          }}
        />
      ) : null}
      {opp && dialog === 'competitor' ? (
        <CompetitorModal
          value={competitor}
          onClose={() => setDialog(null)}
          onOk={async (v) => {
            if (
              await apply(
                call('opportunities.saveCompetitor', { ...v, id: competitor?.id, opportunity_id: opp.id }),
              )
            )
              setDialog(null);
          }}
        />
      ) : null}
    </Drawer>
  );
}

/* ------------------------------------------------------------------ tabs */

type Apply = (p: Promise<OpportunityDetail>, done?: string) => Promise<boolean>;

function DecisionChain({ opp, onAdd, apply }: { opp: OpportunityDetail; onAdd(): void; apply: Apply }) {
  const { t } = useTranslation();
  return (
    <>
      {opp.can_edit ? (
        <Button icon={<PlusOutlined />} onClick={onAdd} style={{ marginBottom: 12 }} data-testid="chain-add">
          {t('crm.addDecisionContact')}
        </Button>
      ) : null}
      <Table
        size="small"
        rowKey="id"
        pagination={false}
        dataSource={opp.decision_chain}
        locale={{ emptyText: t('crm.noDecisionChain') }}
        columns={[
          { title: fl('name'), dataIndex: 'contact_name' },
          { title: fl('title'), dataIndex: 'contact_title' },
          { title: fl('mobile'), dataIndex: 'mobile' },
          { title: fl('role'), dataIndex: 'role', render: (v: string) => label(DECISION_ROLE_LABELS, v) },
          {
            title: t('crm.visited'),
            dataIndex: 'visited',
            render: (v: boolean) =>
              v ? <Tag color="success">{t('crm.visited')}</Tag> : <Tag>{t('crm.notVisited')}</Tag>,
          },
          { title: fl('notes'), dataIndex: 'notes' },
          {
            title: t('common.actions'),
            width: 80,
            render: (_v, r) =>
              opp.can_edit ? (
                <Popconfirm
                  title={t('crm.removeFromChain')}
                  onConfirm={() =>
                    void apply(
                      call('opportunities.removeDecisionContact', {
                        opportunity_id: opp.id,
                        contact_id: r.contact_id,
                      }),
                    )
                  }
                >
                  <Button size="small" type="link" danger icon={<DeleteOutlined />} />
                </Popconfirm>
              ) : null,
          },
        ]}
      />
    </>
  );
}

function Competitors({
  opp,
  onEdit,
  apply,
}: {
  opp: OpportunityDetail;
  onEdit(c: OpportunityDetail['competitors'][number] | null): void;
  apply: Apply;
}) {
  const { t } = useTranslation();
  return (
    <>
      {opp.can_edit ? (
        <Button
          icon={<PlusOutlined />}
          onClick={() => onEdit(null)}
          style={{ marginBottom: 12 }}
          data-testid="competitor-add"
        >
          {t('crm.addCompetitor')}
        </Button>
      ) : null}
      <Table
        size="small"
        rowKey="id"
        pagination={false}
        dataSource={opp.competitors}
        locale={{ emptyText: t('crm.noCompetitors') }}
        onRow={(r) => ({ onDoubleClick: () => opp.can_edit && onEdit(r) })}
        columns={[
          { title: fl('competitor'), dataIndex: 'competitor', width: 160 },
          { title: fl('offer_amount'), dataIndex: 'offer_amount', width: 130, align: 'right', render: yuan },
          { title: fl('strengths'), dataIndex: 'strengths' },
          { title: fl('weaknesses'), dataIndex: 'weaknesses' },
          { title: fl('notes'), dataIndex: 'notes', width: 120 },
          {
            title: t('common.actions'),
            width: 110,
            render: (_v, r) =>
              opp.can_edit ? (
                <Space size={0}>
                  <Button size="small" type="link" onClick={() => onEdit(r)}>
                    {t('common.edit')}
                  </Button>
                  <Popconfirm
                    title={t('crm.removeCompetitor')}
                    onConfirm={() => void apply(call('opportunities.removeCompetitor', { id: r.id }))}
                  >
                    <Button size="small" type="link" danger icon={<DeleteOutlined />} />
                  </Popconfirm>
                </Space>
              ) : null,
          },
        ]}
      />
    </>
  );
}

interface Line {
  key: number;
  product_id?: number;
  qty?: number;
  price?: number | null;
  notes?: string | null;
}

function Products({ opp, apply }: { opp: OpportunityDetail; apply: Apply }) {
  const { t } = useTranslation();
  const [lines, setLines] = useState<Line[]>(() =>
    opp.products.map((p, i) => ({
      key: i,
      product_id: p.product_id,
      qty: p.qty / 1000,
      price: p.price,
      notes: p.notes,
    })),
  );
  const [dirty, setDirty] = useState(false);
  const edit = (i: number, patch: Partial<Line>) => {
    setLines((ls) => ls.map((l, j) => (j === i ? { ...l, ...patch } : l)));
    setDirty(true);
  };
  const total = lines.reduce((s, l) => s + Math.round(((l.qty ?? 0) * 1000 * (l.price ?? 0)) / 1000), 0);
  return (
    <>
      <Table<Line>
        size="small"
        rowKey="key"
        pagination={false}
        dataSource={lines}
        locale={{ emptyText: t('crm.noProducts') }}
        columns={[
          {
            title: fl('product_id'),
            render: (_v, l, i) => (
              <RemoteSelect
                method="products.options"
                value={l.product_id}
                onChange={(v) => edit(i, { product_id: v as number })}
                disabled={!opp.can_edit}
                style={{ width: '100%' }}
              />
            ),
          },
          {
            title: fl('qty'),
            width: 120,
            render: (_v, l, i) => (
              <InputNumber
                min={0.001}
                precision={3}
                value={l.qty}
                disabled={!opp.can_edit}
                onChange={(v) => edit(i, { qty: v ?? undefined })}
                style={{ width: '100%' }}
              />
            ),
          },
          {
            title: t('crm.expectedPrice'),
            width: 150,
            render: (_v, l, i) => (
              <MoneyInput value={l.price} disabled={!opp.can_edit} onChange={(v) => edit(i, { price: v })} />
            ),
          },
          {
            title: t('crm.amount'),
            width: 130,
            align: 'right',
            render: (_v, l) => yuan(Math.round(((l.qty ?? 0) * 1000 * (l.price ?? 0)) / 1000)),
          },
          {
            width: 50,
            render: (_v, _l, i) =>
              opp.can_edit ? (
                <Button
                  size="small"
                  type="link"
                  danger
                  icon={<DeleteOutlined />}
                  onClick={() => {
                    setLines((ls) => ls.filter((_x, j) => j !== i));
                    setDirty(true);
                  }}
                />
              ) : null,
          },
        ]}
        summary={() =>
          lines.length ? (
            <Table.Summary.Row>
              <Table.Summary.Cell index={0} colSpan={3} align="right">
                {t('crm.total')}
              </Table.Summary.Cell>
              <Table.Summary.Cell index={1} align="right">
                {yuan(total)}
              </Table.Summary.Cell>
              <Table.Summary.Cell index={2} />
            </Table.Summary.Row>
          ) : null
        }
      />
      {opp.can_edit ? (
        <Space style={{ marginTop: 12 }}>
          <Button
            icon={<PlusOutlined />}
            onClick={() => setLines((ls) => [...ls, { key: Date.now(), qty: 1, price: null }])}
          >
            {t('crm.addLine')}
          </Button>
          <Button
            type="primary"
            disabled={!dirty}
            onClick={async () => {
              const ok = await apply(
                call('opportunities.setProducts', {
                  opportunity_id: opp.id,
                  lines: lines.map((l) => ({
                    product_id: l.product_id ?? 0,
                    qty: Math.round((l.qty ?? 0) * 1000),
                    price: l.price ?? 0,
                    notes: l.notes ?? null,
                  })),
                }),
                t('common.saved'),
              );
              if (ok) setDirty(false);
            }}
          >
            {t('crm.saveLines')}
          </Button>
        </Space>
      ) : null}
    </>
  );
}

/* ------------------------------------------------------------------ dialogs */

function BackModal({
  opp,
  onClose,
  onOk,
}: {
  opp: OpportunityDetail;
  onClose(): void;
  onOk(to: string, note: string): void;
}) {
  const { t } = useTranslation();
  const cfg = useCrmConfig();
  const idx = cfg.stages.findIndex((s) => s.key === opp.stage);
  const [to, setTo] = useState(cfg.stages[Math.max(0, idx - 1)]?.key);
  const [note, setNote] = useState('');
  return (
    <Modal
      open
      title={t('crm.moveBack')}
      onCancel={onClose}
      onOk={() => to && note.trim() && onOk(to, note.trim())}
      okButtonProps={{ disabled: !to || !note.trim() }}
      destroyOnHidden
    >
      <Space orientation="vertical" style={{ width: '100%' }}>
        <Select
          style={{ width: '100%' }}
          value={to}
          onChange={setTo}
          options={cfg.stages.slice(0, idx).map((s) => ({ value: s.key, label: bi(s) }))}
        />
        <Input.TextArea
          rows={3}
          maxLength={500}
          placeholder={t('crm.backNote')}
          value={note}
          onChange={(e) => setNote(e.target.value)}
        />
      </Space>
    </Modal>
  );
}

function WinModal({
  opp,
  onClose,
  onOk,
}: {
  opp: OpportunityDetail;
  onClose(): void;
  onOk(v: { won_amount: number; won_on: string; reason: string | null }): void;
}) {
  const { t } = useTranslation();
  const [form] = Form.useForm();
  return (
    <Modal
      open
      title={t('crm.markWon')}
      onCancel={onClose}
      destroyOnHidden
      okButtonProps={{ 'data-testid': 'win-ok' } as never}
      onOk={async () => {
        const v = await form.validateFields();
        onOk({
          won_amount: v.won_amount as number,
          won_on: (v.won_on as Dayjs).format('YYYY-MM-DD'),
          reason: v.reason ?? null,
        });
      }}
    >
      <Form
        form={form}
        layout="vertical"
        initialValues={{ won_amount: opp.win_amount ?? opp.expected_amount, won_on: dayjs() }}
      >
        <Form.Item
          name="won_amount"
          label={fl('won_amount')}
          rules={[{ required: true, message: t('crm.required') }]}
        >
          <MoneyInput data-testid="win-amount" />
        </Form.Item>
        <Form.Item
          name="won_on"
          label={fl('won_on')}
          rules={[{ required: true, message: t('crm.required') }]}
        >
          <DatePicker style={{ width: '100%' }} />
        </Form.Item>
        <Form.Item name="reason" label={t('crm.winReason')}>
          <Input.TextArea rows={2} maxLength={500} />
        </Form.Item>
      </Form>
    </Modal>
  );
}

function LoseModal({
  onClose,
  onOk,
}: {
  onClose(): void;
  onOk(v: { lost_reason: string; lost_to: string }): void;
}) {
  const { t } = useTranslation();
  const [form] = Form.useForm();
  return (
    <Modal
      open
      title={t('crm.markLost')}
      onCancel={onClose}
      destroyOnHidden
      okButtonProps={{ danger: true, 'data-testid': 'lose-ok' } as never}
      onOk={async () => {
        const v = await form.validateFields();
        onOk({ lost_reason: String(v.lost_reason), lost_to: String(v.lost_to) });
      }}
    >
      <Form form={form} layout="vertical">
        <Form.Item
          name="lost_reason"
          label={fl('lost_reason')}
          rules={[{ required: true, message: t('crm.required') }]}
        >
          <Input.TextArea rows={3} maxLength={500} />
        </Form.Item>
        <Form.Item
          name="lost_to"
          label={fl('lost_to')}
          rules={[{ required: true, message: t('crm.required') }]}
        >
          <Input maxLength={100} placeholder={t('crm.lostToHint')} />
        </Form.Item>
      </Form>
    </Modal>
  );
}

function ChainModal({
  opp,
  onClose,
  onOk,
}: {
  opp: OpportunityDetail;
  onClose(): void;
  onOk(v: { contact_id: number; role: 'purchasing'; notes: string | null }): void;
}) {
  const { t } = useTranslation();
  const [form] = Form.useForm();
  const [contacts, setContacts] = useState<ContactRow[]>([]);
  useEffect(() => {
    call('customers.get', { id: opp.customer_id })
      .then((c) => setContacts(c.contacts.filter((x) => x.active)))
      .catch(() => setContacts([]));
  }, [opp.customer_id]);
  return (
    <Modal
      open
      title={t('crm.addDecisionContact')}
      onCancel={onClose}
      destroyOnHidden
      okButtonProps={{ 'data-testid': 'chain-ok' } as never}
      onOk={async () => {
        const v = await form.validateFields();
        onOk({ contact_id: v.contact_id as number, role: v.role as 'purchasing', notes: v.notes ?? null });
      }}
    >
      <Form form={form} layout="vertical" initialValues={{ role: 'purchasing' }}>
        <Form.Item
          name="contact_id"
          label={fl('contact_id')}
          rules={[{ required: true, message: t('crm.required') }]}
        >
          <Select
            options={contacts.map((c) => ({
              value: c.id,
              label: `${c.name}${c.title ? `（${c.title}）` : ''}`,
            }))}
            notFoundContent={t('crm.addContactsFirst')}
            data-testid="chain-contact"
          />
        </Form.Item>
        <Form.Item name="role" label={fl('role')}>
          <Select options={optionsOf(DECISION_ROLES, DECISION_ROLE_LABELS)} />
        </Form.Item>
        <Form.Item name="notes" label={fl('notes')}>
          <Input maxLength={200} />
        </Form.Item>
      </Form>
    </Modal>
  );
}

function CompetitorModal({
  value,
  onClose,
  onOk,
}: {
  value: OpportunityDetail['competitors'][number] | null;
  onClose(): void;
  onOk(v: {
    competitor: string;
    offer_amount: number | null;
    strengths: string | null;
    weaknesses: string | null;
    notes: string | null;
  }): void;
}) {
  const { t } = useTranslation();
  const [form] = Form.useForm();
  return (
    <Modal
      open
      width={640}
      title={value ? t('crm.editCompetitor') : t('crm.addCompetitor')}
      onCancel={onClose}
      destroyOnHidden
      okButtonProps={{ 'data-testid': 'competitor-ok' } as never}
      onOk={async () => {
        const v = await form.validateFields();
        onOk({
          competitor: String(v.competitor),
          offer_amount: v.offer_amount ?? null,
          strengths: v.strengths ?? null,
          weaknesses: v.weaknesses ?? null,
          notes: v.notes ?? null,
        });
      }}
    >
      <Form form={form} layout="vertical" initialValues={value ?? {}}>
        <Row gutter={12}>
          <Col span={14}>
            <Form.Item
              name="competitor"
              label={fl('competitor')}
              rules={[{ required: true, message: t('crm.required') }]}
            >
              <Input maxLength={100} data-testid="competitor-name" />
            </Form.Item>
          </Col>
          <Col span={10}>
            <Form.Item name="offer_amount" label={fl('offer_amount')}>
              <MoneyInput />
            </Form.Item>
          </Col>
          <Col span={12}>
            <Form.Item name="strengths" label={fl('strengths')}>
              <Input.TextArea rows={3} maxLength={1000} />
            </Form.Item>
          </Col>
          <Col span={12}>
            <Form.Item name="weaknesses" label={fl('weaknesses')}>
              <Input.TextArea rows={3} maxLength={1000} />
            </Form.Item>
          </Col>
          <Col span={24}>
            <Form.Item name="notes" label={fl('notes')}>
              <Input maxLength={500} />
            </Form.Item>
          </Col>
        </Row>
      </Form>
    </Modal>
  );
}
