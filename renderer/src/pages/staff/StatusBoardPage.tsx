import {
  Badge,
  Button,
  Card,
  DatePicker,
  Empty,
  Form,
  Input,
  List,
  Select,
  Space,
  Tabs,
  Tag,
  Typography,
} from 'antd';
import { CheckOutlined, CloseOutlined } from '@ant-design/icons';
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
import {
  APPROVAL_LABELS,
  STATUS_KINDS,
  STATUS_LABELS,
  STATUS_NEEDS_APPROVAL,
  type BoardRow,
  type ReminderRow,
  type StatusKind,
  type StatusRow,
} from '../../../../shared/contract/staff';
import { OrgTreeSelect, StatusTag, fmtShort } from './common';

/** 员工状态: who is where now; set my own status; approve leave and trips. */
export function StatusBoardPage() {
  const { t } = useTranslation();
  const { me } = useSession();
  const { message, showError } = useFeedback();
  const [board, setBoard] = useState<BoardRow[]>([]);
  const [unit, setUnit] = useState<number | undefined>();
  const [tab, setTab] = useState('board');
  const [pending, setPending] = useState<number | null>(null);
  const mineGrid = useRef<ServerGridHandle>(null);
  const approveGrid = useRef<ServerGridHandle>(null);

  const load = useCallback(() => {
    call('staffStatus.board', { org_unit_id: unit }).then(setBoard).catch(showError);
  }, [unit, showError]);
  useEffect(load, [load]);
  const refreshAll = useCallback(() => {
    load();
    mineGrid.current?.refresh();
    approveGrid.current?.refresh();
  }, [load]);

  const mine = board.find((b) => b.user_id === me?.id);
  const groups = useMemo(() => {
    const m = new Map<string, BoardRow[]>();
    for (const b of board) {
      const k = b.org_unit_name ?? t('staff.org.noUnit');
      m.set(k, [...(m.get(k) ?? []), b]);
    }
    return [...m.entries()];
  }, [board, t]);
  const inOffice = board.filter((b) => b.kind === 'office').length;

  async function decide(r: StatusRow, approve: boolean) {
    try {
      await call('staffStatus.approve', { id: r.id, approve });
      message.success(approve ? t('staff.board.approve') : t('staff.board.reject'));
      refreshAll();
    } catch (e) {
      showError(e);
    }
  }
  async function cancel(r: StatusRow) {
    try {
      await call('staffStatus.cancel', { id: r.id });
      refreshAll();
    } catch (e) {
      showError(e);
    }
  }

  const statusCols = useCallback(
    (approving: boolean): GridColDef<StatusRow>[] => [
      { field: 'user_name', headerName: fl('user_id'), width: 100 },
      {
        field: 'kind',
        headerName: fl('kind'),
        width: 110,
        filter: false,
        cellRenderer: (p: { value?: StatusKind }) => (p.value ? <StatusTag kind={p.value} /> : null),
      },
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
      { field: 'note', headerName: fl('note'), flex: 1, minWidth: 140 },
      {
        field: 'approval',
        headerName: t('common.status'),
        width: 100,
        filter: false,
        valueFormatter: (p) => (p.value ? bi(APPROVAL_LABELS[p.value as 'none']) : ''),
      },
      {
        field: 'approver_name',
        headerName: fl('approval_note'),
        width: 160,
        valueGetter: (p) =>
          p.data ? [p.data.approver_name, p.data.approval_note].filter(Boolean).join('：') : '',
      },
      ...(approving
        ? [
            {
              headerName: t('common.actions'),
              width: 170,
              sortable: false,
              filter: false,
              cellRenderer: (p: { data?: StatusRow }) =>
                p.data?.can_approve ? (
                  <Space size={4}>
                    <Button
                      size="small"
                      type="primary"
                      icon={<CheckOutlined />}
                      onClick={() => void decide(p.data!, true)}
                      data-testid="status-approve"
                    >
                      {t('staff.board.approve')}
                    </Button>
                    <Button
                      size="small"
                      danger
                      icon={<CloseOutlined />}
                      onClick={() => void decide(p.data!, false)}
                    >
                      {t('staff.board.reject')}
                    </Button>
                  </Space>
                ) : null,
            } as GridColDef<StatusRow>,
          ]
        : [
            {
              headerName: t('common.actions'),
              width: 110,
              sortable: false,
              filter: false,
              cellRenderer: (p: { data?: StatusRow }) =>
                p.data &&
                ['none', 'pending', 'approved'].includes(p.data.approval) &&
                p.data.ends_at > new Date().toISOString() ? (
                  <Button size="small" onClick={() => void cancel(p.data!)}>
                    {t('staff.board.endNow')}
                  </Button>
                ) : null,
            } as GridColDef<StatusRow>,
          ]),
    ],
    // decide / cancel are stable enough through refreshAll
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [t],
  );

  useEffect(() => {
    call('staffStatus.list', { to_approve: true, limit: 1 })
      .then((r) => setPending(r.total))
      .catch(() => undefined);
  }, [board]);

  return (
    <Page
      title={t('staff.board.title')}
      sub={
        <Typography.Text type="secondary">
          {t('staff.board.inOffice', { n: inOffice })} ·{' '}
          {t('staff.board.away', { n: board.length - inOffice })}
        </Typography.Text>
      }
      extra={
        <OrgTreeSelect
          placeholder={fl('org_unit_id')}
          value={unit}
          onChange={setUnit}
          style={{ width: 220 }}
        />
      }
    >
      <div style={{ display: 'flex', gap: 12, height: '100%' }}>
        <div
          style={{
            width: 330,
            flex: 'none',
            display: 'flex',
            flexDirection: 'column',
            gap: 12,
            overflow: 'auto',
          }}
        >
          <Card size="small" title={t('staff.board.myStatus')}>
            <div style={{ marginBottom: 8 }}>
              <Typography.Text type="secondary">{t('staff.board.current')}：</Typography.Text>
              {mine ? <StatusTag kind={mine.kind} /> : null}
              {mine?.until ? (
                <Typography.Text type="secondary" style={{ marginLeft: 6 }}>
                  {t('staff.board.until', { t: fmtShort(mine.until) })}
                </Typography.Text>
              ) : null}
            </div>
            <SetStatusForm onDone={refreshAll} />
          </Card>
          <Reminders />
        </div>
        <Card
          size="small"
          style={{ flex: 1, minWidth: 0, display: 'flex', flexDirection: 'column' }}
          styles={{ body: { flex: 1, minHeight: 0, display: 'flex', flexDirection: 'column' } }}
        >
          <Tabs
            activeKey={tab}
            onChange={setTab}
            items={[
              { key: 'board', label: t('staff.board.board') },
              {
                key: 'approve',
                label: (
                  <Badge count={pending ?? 0} size="small" offset={[8, -2]}>
                    {t('staff.board.toApprove')}
                  </Badge>
                ),
              },
              { key: 'mine', label: t('staff.board.myRecords') },
            ]}
          />
          <div style={{ flex: 1, minHeight: 0, overflow: tab === 'board' ? 'auto' : 'hidden' }}>
            {tab === 'board' ? (
              <div data-testid="status-board">
                {groups.map(([name, people]) => (
                  <div key={name} style={{ marginBottom: 12 }}>
                    <Typography.Text strong>{name}</Typography.Text>
                    <div className="staff-board-grid">
                      {people.map((p) => (
                        <div
                          key={p.user_id}
                          className={`staff-board-card staff-board-${p.kind}`}
                          data-testid={`board-${p.user_id}`}
                        >
                          <div className="staff-board-name">{p.name}</div>
                          <StatusTag kind={p.kind} />
                          <div className="staff-board-time">
                            {p.until ? t('staff.board.until', { t: fmtShort(p.until) }) : '\u00a0'}
                          </div>
                          {p.note ? (
                            <div className="staff-board-note" title={p.note}>
                              {p.note}
                            </div>
                          ) : null}
                          {p.next_kind ? (
                            <div className="staff-board-time">
                              {t('staff.board.next', {
                                kind: bi(STATUS_LABELS[p.next_kind]),
                                t: fmtShort(p.next_at),
                              })}
                            </div>
                          ) : null}
                        </div>
                      ))}
                    </div>
                  </div>
                ))}
                {board.length === 0 ? <Empty /> : null}
              </div>
            ) : null}
            {tab === 'approve' ? (
              <ServerGrid
                ref={approveGrid}
                method="staffStatus.list"
                columns={statusCols(true)}
                params={{ to_approve: true }}
                onError={showError}
                testId="approve-grid"
              />
            ) : null}
            {tab === 'mine' ? (
              <ServerGrid
                ref={mineGrid}
                method="staffStatus.list"
                columns={statusCols(false)}
                params={{ user_id: me?.id }}
                onError={showError}
              />
            ) : null}
          </div>
        </Card>
      </div>
    </Page>
  );
}

function SetStatusForm({ onDone }: { onDone(): void }) {
  const { t } = useTranslation();
  const { message, showError } = useFeedback();
  const [form] = Form.useForm();
  const kind = Form.useWatch('kind', form) as StatusKind | undefined;
  useEffect(() => {
    const now = dayjs()
      .minute(Math.floor(dayjs().minute() / 30) * 30)
      .second(0);
    form.setFieldsValue({ kind: 'visiting', range: [now, now.add(2, 'hour')] });
  }, [form]);
  const submit = async () => {
    const v = await form.validateFields();
    const [a, b] = v.range as [Dayjs, Dayjs];
    try {
      await call('staffStatus.set', {
        kind: v.kind,
        starts_at: a.toISOString(),
        ends_at: b.toISOString(),
        note: v.note ?? null,
      });
      message.success(t('common.saved'));
      form.setFieldValue('note', '');
      onDone();
    } catch (e) {
      const mapped = applyFieldErrors(form, e, () => true);
      if (mapped) {
        // starts_at / ends_at errors belong to the range picker.
        const err = (e as { body?: { fields?: { message_zh: string }[] } }).body?.fields?.[0];
        if (err) form.setFields([{ name: 'range', errors: [err.message_zh.replace(/^[^：]*：/, '')] }]);
      } else showError(e);
    }
  };
  return (
    <Form form={form} layout="vertical" size="small" onValuesChange={clearErrorsOnChange(form)}>
      <Form.Item name="kind" label={fl('kind')} rules={[{ required: true }]}>
        <Select
          data-testid="status-kind"
          options={STATUS_KINDS.map((k) => ({ value: k, label: bi(STATUS_LABELS[k]) }))}
        />
      </Form.Item>
      <Form.Item
        name="range"
        label={t('staff.board.range')}
        rules={[{ required: true }]}
        extra={kind && STATUS_NEEDS_APPROVAL.includes(kind) ? t('staff.board.needsApproval') : null}
      >
        <DatePicker.RangePicker
          showTime={{ format: 'HH:mm', minuteStep: 5 }}
          format="MM-DD HH:mm"
          style={{ width: '100%' }}
        />
      </Form.Item>
      <Form.Item name="note" label={fl('note')}>
        <Input maxLength={200} data-testid="status-note" />
      </Form.Item>
      <Button type="primary" block onClick={() => void submit()} data-testid="status-submit">
        {t('staff.board.submit')}
      </Button>
    </Form>
  );
}

export function Reminders({ compact }: { compact?: boolean }) {
  const { t } = useTranslation();
  const { showError } = useFeedback();
  const [rows, setRows] = useState<ReminderRow[]>([]);
  const load = useCallback(() => {
    call('staff.reminders', { unread_only: true })
      .then(setRows)
      .catch(() => undefined);
  }, []);
  useEffect(load, [load]);
  const readAll = () =>
    rows.length &&
    call('staff.readReminders', { ids: rows.map((r) => r.id) })
      .then(load)
      .catch(showError);
  return (
    <Card
      size="small"
      title={
        <Space>
          {t('staff.board.reminders')}
          <Tag color={rows.length ? 'red' : 'default'} bordered={false}>
            {rows.length}
          </Tag>
        </Space>
      }
      extra={
        rows.length ? (
          <Button size="small" type="link" onClick={() => void readAll()}>
            {t('staff.board.markAllRead')}
          </Button>
        ) : null
      }
      data-testid="reminders"
    >
      <List
        size="small"
        dataSource={compact ? rows.slice(0, 6) : rows}
        locale={{ emptyText: t('staff.board.noReminders') }}
        renderItem={(r) => (
          <List.Item style={{ paddingInline: 0 }}>
            <div>
              <div style={{ fontSize: 13 }}>{r.message}</div>
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                {fmtShort(r.created_at)}
              </Typography.Text>
            </div>
          </List.Item>
        )}
      />
    </Card>
  );
}
