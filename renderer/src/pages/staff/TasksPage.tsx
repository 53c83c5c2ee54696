import {
  Alert,
  Button,
  Calendar,
  Card,
  DatePicker,
  Descriptions,
  Drawer,
  Form,
  Input,
  Modal,
  Popover,
  Space,
  Switch,
  Tabs,
  Tag,
  Timeline,
  Typography,
} from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import dayjs, { type Dayjs } from 'dayjs';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { call } from '../../api';
import { bi, fl } from '../../i18n';
import { useSession } from '../../session';
import { Page } from '../../components/Page';
import { ServerGrid, type GridColDef, type ServerGridHandle } from '../../components/ServerGrid';
import { useFeedback } from '../../components/feedback';
import { applyFieldErrors, clearErrorsOnChange } from '../../components/formErrors';
import { RemoteSelect } from '../../components/RemoteSelect';
import {
  TASK_KIND_LABELS,
  TASK_STATUS_LABELS,
  type TaskDetail,
  type TaskRow,
  type TaskStatus,
} from '../../../../shared/contract/staff';
import { fmtDateTime, fmtShort } from './common';

const STATUS_COLOR: Record<TaskStatus, string> = {
  pending: 'orange',
  accepted: 'blue',
  rejected: 'default',
  done: 'green',
  cancelled: 'default',
};

function TaskStatusTag({ row }: { row: Pick<TaskRow, 'status' | 'overdue'> }) {
  const { t } = useTranslation();
  return (
    <Space size={2}>
      <Tag color={STATUS_COLOR[row.status]} style={{ marginInlineEnd: 0 }}>
        {bi(TASK_STATUS_LABELS[row.status])}
      </Tag>
      {row.overdue ? <Tag color="red">{t('staff.tasks.overdue')}</Tag> : null}
    </Space>
  );
}

/** 日程任务: my tasks, tasks I assigned, and the team calendar. */
export function TasksPage() {
  const { t } = useTranslation();
  const { me } = useSession();
  const [tab, setTab] = useState('mine');
  const [creating, setCreating] = useState<Dayjs | null>(null);
  const [open, setOpen] = useState<number | null>(null);
  const [stamp, setStamp] = useState(0);
  const refresh = () => setStamp((s) => s + 1);
  return (
    <Page
      title={t('staff.tasks.title')}
      extra={
        <Button
          type="primary"
          icon={<PlusOutlined />}
          onClick={() => setCreating(dayjs())}
          data-testid="task-new"
        >
          {t('staff.tasks.newTask')}
        </Button>
      }
    >
      <Card size="small" className="staff-card-fill">
        <Tabs
          activeKey={tab}
          onChange={setTab}
          items={[
            { key: 'mine', label: t('staff.tasks.mine') },
            ...(me?.scope !== 'own' ? [{ key: 'created', label: t('staff.tasks.created') }] : []),
            { key: 'calendar', label: t('staff.tasks.calendar') },
          ]}
        />
        <div style={{ flex: 1, minHeight: 0, overflow: tab === 'calendar' ? 'auto' : 'hidden' }}>
          {tab === 'calendar' ? (
            <TeamCalendar key={stamp} onOpen={setOpen} onNew={setCreating} />
          ) : (
            <TaskList
              key={`${tab}-${stamp}`}
              mine={tab === 'mine' ? 'assigned' : 'created'}
              onOpen={setOpen}
            />
          )}
        </div>
      </Card>
      {creating ? (
        <NewTaskModal
          day={creating}
          onClose={() => setCreating(null)}
          onSaved={() => {
            setCreating(null);
            refresh();
          }}
        />
      ) : null}
      {open != null ? <TaskDrawer id={open} onClose={() => setOpen(null)} onChanged={refresh} /> : null}
    </Page>
  );
}

function TaskList({ mine, onOpen }: { mine: 'assigned' | 'created'; onOpen(id: number): void }) {
  const { t } = useTranslation();
  const { showError } = useFeedback();
  const grid = useRef<ServerGridHandle>(null);
  const [openOnly, setOpenOnly] = useState(true);
  const columns = useMemo<GridColDef<TaskRow>[]>(
    () => [
      {
        field: 'kind',
        headerName: fl('kind'),
        width: 80,
        filter: false,
        valueFormatter: (p) => (p.value ? bi(TASK_KIND_LABELS[p.value as 'task']) : ''),
      },
      { field: 'subject', headerName: fl('subject'), flex: 2, minWidth: 200 },
      {
        field: mine === 'assigned' ? 'creator_name' : 'assignee_name',
        headerName: mine === 'assigned' ? fl('creator_id') : fl('assignee_id'),
        width: 100,
      },
      { field: 'customer_name', headerName: fl('customer_name'), width: 180 },
      {
        field: 'starts_at',
        headerName: fl('starts_at'),
        width: 120,
        filter: false,
        valueFormatter: (p) => fmtShort(p.value),
      },
      {
        field: 'ends_at',
        headerName: fl('ends_at'),
        width: 120,
        filter: false,
        valueFormatter: (p) => fmtShort(p.value),
      },
      {
        field: 'status',
        headerName: t('common.status'),
        width: 150,
        filter: false,
        cellRenderer: (p: { data?: TaskRow }) => (p.data ? <TaskStatusTag row={p.data} /> : null),
      },
      {
        field: 'postpone_count',
        headerName: t('staff.tasks.postpone'),
        width: 80,
        type: 'rightAligned',
        filter: false,
      },
    ],
    [mine, t],
  );
  return (
    <div style={{ height: '100%', display: 'flex', flexDirection: 'column', gap: 8 }}>
      <Space size={4}>
        <Switch size="small" checked={openOnly} onChange={setOpenOnly} />
        <span>{t('staff.tasks.openOnly')}</span>
      </Space>
      <div style={{ flex: 1, minHeight: 0 }}>
        <ServerGrid
          ref={grid}
          method="schedules.list"
          columns={columns}
          params={{ mine, open_only: openOnly || undefined, sort: undefined } as never}
          onRowDoubleClicked={(r) => onOpen(r.id)}
          onError={showError}
          testId={`tasks-${mine}`}
        />
      </div>
    </div>
  );
}

function TeamCalendar({ onOpen, onNew }: { onOpen(id: number): void; onNew(d: Dayjs): void }) {
  const { t } = useTranslation();
  const { showError } = useFeedback();
  const [month, setMonth] = useState<Dayjs>(dayjs());
  const [people, setPeople] = useState<number[]>([]);
  const [rows, setRows] = useState<TaskRow[]>([]);
  const [truncated, setTruncated] = useState(false);
  useEffect(() => {
    // The visible grid: six weeks around the month.
    const from = month.startOf('month').subtract(7, 'day');
    const to = month.endOf('month').add(14, 'day');
    call('schedules.calendar', {
      from: from.format('YYYY-MM-DD'),
      to: to.format('YYYY-MM-DD'),
      user_ids: people.length ? people : undefined,
    })
      .then((r) => {
        setRows(r.rows);
        setTruncated(r.truncated);
      })
      .catch(showError);
  }, [month, people, showError]);
  const byDay = useMemo(() => {
    const m = new Map<string, TaskRow[]>();
    for (const r of rows) {
      let d = dayjs(r.starts_at).startOf('day');
      // An entry ending at midnight does not reach into the next day.
      const end = dayjs(r.ends_at).subtract(1, 'millisecond');
      for (let i = 0; i < 62 && (d.isBefore(end) || d.isSame(end, 'day')); i++) {
        const k = d.format('YYYY-MM-DD');
        m.set(k, [...(m.get(k) ?? []), r]);
        d = d.add(1, 'day');
      }
    }
    return m;
  }, [rows]);
  const cls = (r: TaskRow) =>
    `staff-cal-entry${r.overdue ? ' staff-cal-overdue' : r.status === 'done' ? ' staff-cal-done' : r.status === 'pending' ? ' staff-cal-pending' : ''}`;
  return (
    <div data-testid="team-calendar">
      <Space style={{ marginBottom: 4 }} wrap>
        <RemoteSelect
          method="users.options"
          mode="multiple"
          placeholder={t('staff.tasks.people')}
          value={people}
          onChange={(v) => setPeople((v as number[]) ?? [])}
          style={{ minWidth: 260 }}
        />
        {truncated ? <Alert type="warning" showIcon title={t('staff.tasks.truncated')} /> : null}
      </Space>
      <Calendar
        value={month}
        onPanelChange={(d) => setMonth(d)}
        onSelect={(d, info) => {
          if (info.source === 'date') setMonth(d);
        }}
        cellRender={(d, info) => {
          if (info.type !== 'date') return info.originNode;
          const list = byDay.get(d.format('YYYY-MM-DD')) ?? [];
          return (
            <div onDoubleClick={() => onNew(d)}>
              {list.slice(0, 3).map((r) => (
                <Popover
                  key={r.id}
                  title={r.subject}
                  content={
                    <div style={{ maxWidth: 260 }}>
                      <div>
                        {r.assignee_name} · {fmtShort(r.starts_at)} ~ {fmtShort(r.ends_at)}
                      </div>
                      {r.customer_name ? <div>{r.customer_name}</div> : null}
                      <TaskStatusTag row={r} />
                    </div>
                  }
                >
                  <div className={cls(r)} onClick={() => onOpen(r.id)}>
                    {dayjs(r.starts_at).format('HH:mm')} {r.assignee_name} {r.subject}
                  </div>
                </Popover>
              ))}
              {list.length > 3 ? (
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                  {t('staff.tasks.more', { n: list.length - 3 })}
                </Typography.Text>
              ) : null}
            </div>
          );
        }}
      />
    </div>
  );
}

function NewTaskModal({ day, onClose, onSaved }: { day: Dayjs; onClose(): void; onSaved(): void }) {
  const { t } = useTranslation();
  const { message, showError } = useFeedback();
  const [form] = Form.useForm();
  useEffect(() => {
    const start = day
      .hour(dayjs().hour() + 1)
      .minute(0)
      .second(0);
    form.setFieldsValue({ range: [start, start.add(1, 'hour')] });
  }, [form, day]);
  const save = async () => {
    const v = await form.validateFields();
    const [a, b] = v.range as [Dayjs, Dayjs];
    try {
      await call('schedules.create', {
        subject: v.subject,
        description: v.description ?? null,
        assignee_id: v.assignee_id ?? undefined,
        customer_id: v.customer_id ?? null,
        starts_at: a.toISOString(),
        ends_at: b.toISOString(),
        remind_at: v.remind_at ? (v.remind_at as Dayjs).toISOString() : null,
      });
      message.success(t('common.saved'));
      onSaved();
    } catch (e) {
      if (!applyFieldErrors(form, e)) showError(e);
    }
  };
  return (
    <Modal
      open
      width={560}
      title={t('staff.tasks.newTask')}
      onCancel={onClose}
      onOk={() => void save()}
      okButtonProps={{ 'data-testid': 'task-save' } as never}
      destroyOnHidden
    >
      <Form form={form} layout="vertical" onValuesChange={clearErrorsOnChange(form)}>
        <Form.Item name="subject" label={fl('subject')} rules={[{ required: true }]}>
          <Input maxLength={100} autoFocus data-testid="task-subject" />
        </Form.Item>
        <Form.Item name="assignee_id" label={fl('assignee_id')} extra={t('staff.tasks.assigneeHint')}>
          <RemoteSelect method="users.options" data-testid="task-assignee" />
        </Form.Item>
        <Form.Item name="range" label={`${fl('starts_at')} ~ ${fl('ends_at')}`} rules={[{ required: true }]}>
          <DatePicker.RangePicker
            showTime={{ format: 'HH:mm', minuteStep: 5 }}
            format="YYYY-MM-DD HH:mm"
            style={{ width: '100%' }}
          />
        </Form.Item>
        <Form.Item name="remind_at" label={fl('remind_at')}>
          <DatePicker
            showTime={{ format: 'HH:mm', minuteStep: 5 }}
            format="YYYY-MM-DD HH:mm"
            style={{ width: '100%' }}
          />
        </Form.Item>
        <Form.Item name="customer_id" label={fl('customer_id')}>
          <RemoteSelect method="customers.options" />
        </Form.Item>
        <Form.Item name="description" label={fl('description')}>
          <Input.TextArea autoSize={{ minRows: 2, maxRows: 6 }} maxLength={2000} />
        </Form.Item>
      </Form>
    </Modal>
  );
}

function TaskDrawer({ id, onClose, onChanged }: { id: number; onClose(): void; onChanged(): void }) {
  const { t } = useTranslation();
  const { me } = useSession();
  const { modal, message, showError } = useFeedback();
  const [d, setD] = useState<TaskDetail | null>(null);
  const load = useCallback(() => {
    call('schedules.get', { id }).then(setD).catch(showError);
  }, [id, showError]);
  useEffect(load, [load]);
  const act = async (p: Promise<TaskDetail>) => {
    try {
      setD(await p);
      message.success(t('common.saved'));
      onChanged();
    } catch (e) {
      showError(e);
    }
  };
  const ask = (
    title: string,
    field: 'reason' | 'result' | 'note',
    run: (text: string) => Promise<TaskDetail>,
    required = false,
  ) => {
    let text = '';
    modal.confirm({
      title,
      icon: null,
      content: (
        <Input.TextArea
          autoFocus
          maxLength={500}
          onChange={(e) => (text = e.target.value)}
          data-testid="task-ask"
        />
      ),
      onOk: () => {
        if (required && !text.trim()) return Promise.reject(new Error(fl(field)));
        return act(run(text.trim()));
      },
    });
  };
  const postpone = () => {
    if (!d) return;
    let until: Dayjs | null = dayjs(d.ends_at).add(1, 'day');
    let reason = '';
    modal.confirm({
      title: t('staff.tasks.postpone'),
      icon: null,
      content: (
        <Space orientation="vertical" style={{ width: '100%' }}>
          <DatePicker
            showTime={{ format: 'HH:mm' }}
            format="YYYY-MM-DD HH:mm"
            defaultValue={until}
            onChange={(v) => (until = v)}
            style={{ width: '100%' }}
          />
          <Input
            placeholder={t('staff.tasks.reason')}
            maxLength={200}
            onChange={(e) => (reason = e.target.value)}
          />
        </Space>
      ),
      onOk: () => act(call('schedules.postpone', { id, ends_at: (until ?? dayjs()).toISOString(), reason })),
    });
  };
  const open = d && (d.status === 'pending' || d.status === 'accepted');
  const isAssignee = d?.assignee_id === me?.id;
  const isCreator = d?.creator_id === me?.id;
  return (
    <Drawer
      open
      size={600}
      onClose={onClose}
      title={d ? `${bi(TASK_KIND_LABELS[d.kind])}：${d.subject}` : ''}
      footer={
        d && open ? (
          <Space wrap>
            {isAssignee && d.status === 'pending' ? (
              <>
                <Button
                  type="primary"
                  onClick={() => void act(call('schedules.accept', { id }))}
                  data-testid="task-accept"
                >
                  {t('staff.tasks.accept')}
                </Button>
                <Button
                  danger
                  onClick={() =>
                    ask(
                      t('staff.tasks.reject'),
                      'reason',
                      (r) => call('schedules.reject', { id, reason: r }),
                      true,
                    )
                  }
                >
                  {t('staff.tasks.reject')}
                </Button>
              </>
            ) : null}
            {isAssignee && d.status === 'accepted' ? (
              <Button
                type="primary"
                onClick={() =>
                  ask(t('staff.tasks.complete'), 'result', (r) =>
                    call('schedules.complete', { id, result: r || null }),
                  )
                }
                data-testid="task-complete"
              >
                {t('staff.tasks.complete')}
              </Button>
            ) : null}
            <Button onClick={postpone}>{t('staff.tasks.postpone')}</Button>
            {!isAssignee || isCreator ? (
              <Button
                onClick={() =>
                  ask(t('staff.tasks.remind'), 'note', (n) =>
                    call('schedules.remind', { id, note: n || null }),
                  )
                }
                data-testid="task-remind"
              >
                {t('staff.tasks.remind')}
              </Button>
            ) : null}
            {isCreator || !isAssignee ? (
              <Button
                danger
                onClick={() =>
                  ask(t('staff.tasks.cancel'), 'reason', (r) =>
                    call('schedules.cancel', { id, reason: r || null }),
                  )
                }
              >
                {t('staff.tasks.cancel')}
              </Button>
            ) : null}
          </Space>
        ) : null
      }
    >
      {d ? (
        <>
          <Descriptions column={2} size="small" bordered style={{ marginBottom: 16 }}>
            <Descriptions.Item label={t('common.status')} span={2}>
              <TaskStatusTag row={d} />
            </Descriptions.Item>
            <Descriptions.Item label={fl('assignee_id')}>{d.assignee_name}</Descriptions.Item>
            <Descriptions.Item label={fl('creator_id')}>{d.creator_name}</Descriptions.Item>
            <Descriptions.Item label={fl('starts_at')}>{fmtDateTime(d.starts_at)}</Descriptions.Item>
            <Descriptions.Item label={fl('ends_at')}>{fmtDateTime(d.ends_at)}</Descriptions.Item>
            <Descriptions.Item label={fl('customer_id')} span={2}>
              {d.customer_name ?? '—'}
            </Descriptions.Item>
            <Descriptions.Item label={fl('description')} span={2}>
              <div style={{ whiteSpace: 'pre-wrap' }}>{d.description ?? '—'}</div>
            </Descriptions.Item>
            {d.result ? (
              <Descriptions.Item label={fl('result')} span={2}>
                {d.result}
              </Descriptions.Item>
            ) : null}
          </Descriptions>
          <Typography.Title level={5}>{t('staff.tasks.history')}</Typography.Title>
          <Timeline
            items={d.events.map((e) => ({
              content: (
                <div>
                  <b>{t(`staff.tasks.action.${e.action}`)}</b> · {e.user_name ?? ''}{' '}
                  <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                    {fmtDateTime(e.at)}
                  </Typography.Text>
                  {e.note ? <div>{e.note}</div> : null}
                </div>
              ),
            }))}
          />
        </>
      ) : null}
    </Drawer>
  );
}
