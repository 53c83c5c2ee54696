import {
  Alert,
  Button,
  Card,
  DatePicker,
  Descriptions,
  Drawer,
  Form,
  Input,
  InputNumber,
  List,
  Space,
  Switch,
  Table,
  Tabs,
  Tag,
  Typography,
} from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { call } from '../../api';
import { fl } from '../../i18n';
import { useSession } from '../../session';
import { Page } from '../../components/Page';
import { ServerGrid, type GridColDef, type ServerGridHandle } from '../../components/ServerGrid';
import { useFeedback } from '../../components/feedback';
import { applyFieldErrors, clearErrorsOnChange } from '../../components/formErrors';
import { useFormKeys } from '../../components/keyboard';
import { RemoteSelect } from '../../components/RemoteSelect';
import type {
  ReportStatRow,
  StaffSettings,
  WorkReportDetail,
  WorkReportRow,
} from '../../../../shared/contract/staff';
import { fmtDateTime, fmtShort, todayLocal } from './common';

/** 工作日报: write today's report; managers read, comment and reply (批复); monthly counts. */
export function WorkReportsPage() {
  const { t } = useTranslation();
  const { me } = useSession();
  const [tab, setTab] = useState(me?.scope === 'own' ? 'write' : 'team');
  return (
    <Page title={t('staff.reports.title')}>
      <Card size="small" className="staff-card-fill">
        <Tabs
          activeKey={tab}
          onChange={setTab}
          items={[
            { key: 'write', label: t('staff.reports.write') },
            { key: 'team', label: t('staff.reports.team') },
            { key: 'stats', label: t('staff.reports.stats') },
          ]}
        />
        <div style={{ flex: 1, minHeight: 0, overflow: tab === 'team' ? 'hidden' : 'auto' }}>
          {tab === 'write' ? <WriteReport /> : null}
          {tab === 'team' ? <TeamReports /> : null}
          {tab === 'stats' ? <ReportStats /> : null}
        </div>
      </Card>
    </Page>
  );
}

function WriteReport() {
  const { t } = useTranslation();
  const { message, showError } = useFeedback();
  const [form] = Form.useForm();
  const [date, setDate] = useState<Dayjs>(dayjs(todayLocal()));
  const [report, setReport] = useState<WorkReportDetail | null>(null);
  const [settings, setSettings] = useState<StaffSettings | null>(null);
  const box = useRef<HTMLDivElement>(null);

  useEffect(() => {
    call('staff.settings', {})
      .then(setSettings)
      .catch(() => undefined);
  }, []);
  const load = useCallback(() => {
    call('workReports.mine', { report_date: date.format('YYYY-MM-DD') })
      .then((r) => {
        setReport(r);
        form.resetFields();
        form.setFieldsValue(r ?? { visit_count: 0 });
      })
      .catch(showError);
  }, [date, form, showError]);
  useEffect(load, [load]);

  const save = useCallback(async () => {
    let v: Record<string, unknown>;
    try {
      v = await form.validateFields();
    } catch {
      return;
    }
    try {
      const r = await call('workReports.save', {
        report_date: date.format('YYYY-MM-DD'),
        done: String(v.done ?? ''),
        visits: (v.visits as string) ?? null,
        visit_count: Number(v.visit_count ?? 0),
        problems: (v.problems as string) ?? null,
        plan: (v.plan as string) ?? null,
        version: report?.version,
      });
      setReport(r);
      message.success(r.late ? `${t('common.saved')}（${t('staff.reports.late')}）` : t('common.saved'));
    } catch (e) {
      if (!applyFieldErrors(form, e)) showError(e);
    }
  }, [form, date, report, message, showError, t]);
  useFormKeys(box, () => void save());
  const locked = report != null && !report.can_edit;

  return (
    <div ref={box} style={{ display: 'flex', gap: 16, alignItems: 'flex-start', flexWrap: 'wrap' }}>
      <div style={{ flex: '1 1 520px', maxWidth: 760 }}>
        <Space style={{ marginBottom: 12 }} wrap>
          <DatePicker
            value={date}
            allowClear={false}
            disabledDate={(d) => d.isAfter(dayjs(), 'day')}
            onChange={(d) => d && setDate(d)}
            data-testid="report-date"
          />
          {settings ? <Tag>{t('staff.reports.deadline', { time: settings.report_deadline })}</Tag> : null}
          {report ? (
            <Tag color={report.late ? 'orange' : 'green'}>
              {t('staff.reports.submitted', { time: fmtShort(report.submitted_at) })} ·{' '}
              {report.late ? t('staff.reports.late') : t('staff.reports.onTime')}
            </Tag>
          ) : (
            <Tag color="default">{t('staff.reports.notYet')}</Tag>
          )}
        </Space>
        {locked ? (
          <Alert type="info" showIcon title={t('staff.reports.locked')} style={{ marginBottom: 12 }} />
        ) : null}
        <Form form={form} layout="vertical" disabled={locked} onValuesChange={clearErrorsOnChange(form)}>
          <Form.Item name="done" label={fl('done')} rules={[{ required: true }]}>
            <Input.TextArea
              autoSize={{ minRows: 3, maxRows: 8 }}
              maxLength={4000}
              data-testid="report-done"
            />
          </Form.Item>
          <Space.Compact block>
            <Form.Item name="visits" label={fl('visits')} style={{ flex: 1 }}>
              <Input.TextArea
                autoSize={{ minRows: 2, maxRows: 6 }}
                maxLength={4000}
                data-testid="report-visits"
              />
            </Form.Item>
            <Form.Item name="visit_count" label={fl('visit_count')} style={{ width: 120, marginLeft: 12 }}>
              <InputNumber min={0} max={100} style={{ width: '100%' }} data-testid="report-visit-count" />
            </Form.Item>
          </Space.Compact>
          <Form.Item name="problems" label={fl('problems')}>
            <Input.TextArea autoSize={{ minRows: 2, maxRows: 6 }} maxLength={4000} />
          </Form.Item>
          <Form.Item name="plan" label={fl('plan')}>
            <Input.TextArea
              autoSize={{ minRows: 2, maxRows: 6 }}
              maxLength={4000}
              data-testid="report-plan"
            />
          </Form.Item>
          <Button type="primary" onClick={() => void save()} data-testid="report-save">
            {t('common.saveShortcut')}
          </Button>
        </Form>
      </div>
      {report ? (
        <div style={{ flex: '1 1 320px', maxWidth: 460 }}>
          <Comments report={report} onChanged={setReport} />
        </div>
      ) : null}
    </div>
  );
}

function Comments({ report, onChanged }: { report: WorkReportDetail; onChanged(r: WorkReportDetail): void }) {
  const { t } = useTranslation();
  const { showError } = useFeedback();
  const [text, setText] = useState('');
  const send = async () => {
    if (!text.trim()) return;
    try {
      onChanged(await call('workReports.comment', { report_id: report.id, body: text.trim() }));
      setText('');
    } catch (e) {
      showError(e);
    }
  };
  return (
    <Card size="small" title={t('staff.reports.comments')}>
      <List
        size="small"
        dataSource={report.comments}
        locale={{ emptyText: t('staff.reports.noComments') }}
        data-testid="report-comments"
        renderItem={(c) => (
          <List.Item style={{ paddingInline: 0 }}>
            <div>
              <Space size={6}>
                <Typography.Text strong>{c.user_name}</Typography.Text>
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                  {fmtDateTime(c.created_at)}
                </Typography.Text>
              </Space>
              <div style={{ whiteSpace: 'pre-wrap' }}>{c.body}</div>
            </div>
          </List.Item>
        )}
      />
      <Space.Compact style={{ width: '100%', marginTop: 8 }}>
        <Input
          value={text}
          maxLength={1000}
          placeholder={t('staff.reports.commentPlaceholder')}
          onChange={(e) => setText(e.target.value)}
          onPressEnter={() => void send()}
          data-testid="comment-input"
        />
        <Button type="primary" onClick={() => void send()} data-testid="comment-send">
          {t('staff.reports.send')}
        </Button>
      </Space.Compact>
    </Card>
  );
}

function TeamReports() {
  const { t } = useTranslation();
  const { showError } = useFeedback();
  const grid = useRef<ServerGridHandle>(null);
  const [unread, setUnread] = useState(false);
  const [user, setUser] = useState<number | undefined>();
  const [range, setRange] = useState<[Dayjs, Dayjs] | null>(null);
  const [open, setOpen] = useState<number | null>(null);
  const columns = useMemo<GridColDef<WorkReportRow>[]>(
    () => [
      { field: 'report_date', headerName: fl('report_date'), width: 110, filter: false },
      { field: 'user_name', headerName: fl('user_id'), width: 90 },
      { field: 'done', headerName: fl('done'), flex: 2, minWidth: 220 },
      { field: 'visit_count', headerName: fl('visit_count'), width: 90, type: 'rightAligned', filter: false },
      { field: 'plan', headerName: fl('plan'), flex: 1, minWidth: 160, sortable: false, filter: false },
      {
        field: 'late',
        headerName: t('common.status'),
        width: 150,
        filter: false,
        cellRenderer: (p: { data?: WorkReportRow }) =>
          p.data ? (
            <Space size={2}>
              {p.data.late ? (
                <Tag color="orange">{t('staff.reports.late')}</Tag>
              ) : (
                <Tag color="green">{t('staff.reports.onTime')}</Tag>
              )}
              {p.data.read_at ? (
                <Tag>{t('staff.reports.read')}</Tag>
              ) : (
                <Tag color="blue">{t('staff.reports.unread')}</Tag>
              )}
              {p.data.comment_count ? <Tag color="purple">{p.data.comment_count}</Tag> : null}
            </Space>
          ) : null,
      },
      {
        field: 'submitted_at',
        headerName: fl('submitted_at'),
        width: 130,
        filter: false,
        valueFormatter: (p) => fmtShort(p.value),
      },
    ],
    [t],
  );
  return (
    <div style={{ height: '100%', display: 'flex', flexDirection: 'column', gap: 8 }}>
      <Space wrap>
        <RemoteSelect
          method="users.options"
          placeholder={t('staff.reports.person')}
          value={user}
          onChange={(v) => setUser(v as number | undefined)}
          style={{ width: 160 }}
        />
        <DatePicker.RangePicker value={range} onChange={(v) => setRange(v as [Dayjs, Dayjs] | null)} />
        <Space size={4}>
          <Switch size="small" checked={unread} onChange={setUnread} data-testid="reports-unread" />
          <span>{t('staff.reports.onlyUnread')}</span>
        </Space>
      </Space>
      <div style={{ flex: 1, minHeight: 0 }}>
        <ServerGrid
          ref={grid}
          method="workReports.list"
          columns={columns}
          params={{
            unread: unread || undefined,
            user_id: user,
            date_from: range?.[0]?.format('YYYY-MM-DD'),
            date_to: range?.[1]?.format('YYYY-MM-DD'),
          }}
          onRowDoubleClicked={(r) => setOpen(r.id)}
          onError={showError}
          testId="reports-grid"
        />
      </div>
      {open != null ? (
        <ReportDrawer
          id={open}
          onClose={() => {
            setOpen(null);
            grid.current?.refresh();
          }}
        />
      ) : null}
    </div>
  );
}

function ReportDrawer({ id, onClose }: { id: number; onClose(): void }) {
  const { t } = useTranslation();
  const { showError } = useFeedback();
  const [r, setR] = useState<WorkReportDetail | null>(null);
  useEffect(() => {
    call('workReports.get', { id }).then(setR).catch(showError);
  }, [id, showError]);
  const markRead = () => call('workReports.markRead', { id }).then(setR).catch(showError);
  return (
    <Drawer
      open
      size={640}
      onClose={onClose}
      title={r ? t('staff.reports.detail', { name: r.user_name, date: r.report_date }) : ''}
      extra={
        r?.can_review && !r.read_at ? (
          <Button onClick={() => void markRead()} data-testid="report-mark-read">
            {t('staff.reports.markRead')}
          </Button>
        ) : null
      }
    >
      {r ? (
        <>
          <Space style={{ marginBottom: 12 }}>
            <Tag color={r.late ? 'orange' : 'green'}>
              {r.late ? t('staff.reports.late') : t('staff.reports.onTime')}
            </Tag>
            <Typography.Text type="secondary">
              {t('staff.reports.submitted', { time: fmtDateTime(r.submitted_at) })}
            </Typography.Text>
            {r.read_at ? <Tag>{`${t('staff.reports.read')} · ${r.read_by_name ?? ''}`}</Tag> : null}
          </Space>
          <Descriptions
            column={1}
            bordered
            size="small"
            style={{ marginBottom: 16 }}
            styles={{ label: { width: 110 } }}
          >
            <Descriptions.Item label={fl('done')}>
              <div style={{ whiteSpace: 'pre-wrap' }}>{r.done}</div>
            </Descriptions.Item>
            <Descriptions.Item label={fl('visits')}>
              <div style={{ whiteSpace: 'pre-wrap' }}>{r.visits ?? '—'}</div>
              <Typography.Text type="secondary">
                {t('staff.reports.visitsN', { n: r.visit_count })}
              </Typography.Text>
            </Descriptions.Item>
            <Descriptions.Item label={fl('problems')}>
              <div style={{ whiteSpace: 'pre-wrap' }}>{r.problems ?? '—'}</div>
            </Descriptions.Item>
            <Descriptions.Item label={fl('plan')}>
              <div style={{ whiteSpace: 'pre-wrap' }}>{r.plan ?? '—'}</div>
            </Descriptions.Item>
          </Descriptions>
          <Comments report={r} onChanged={setR} />
        </>
      ) : null}
    </Drawer>
  );
}

function ReportStats() {
  const { t } = useTranslation();
  const { showError } = useFeedback();
  const [month, setMonth] = useState<Dayjs>(dayjs());
  const [rows, setRows] = useState<ReportStatRow[]>([]);
  useEffect(() => {
    call('workReports.stats', { month: month.format('YYYY-MM') })
      .then(setRows)
      .catch(showError);
  }, [month, showError]);
  return (
    <>
      <DatePicker
        picker="month"
        value={month}
        allowClear={false}
        onChange={(m) => m && setMonth(m)}
        style={{ marginBottom: 12 }}
      />
      <Table<ReportStatRow>
        size="small"
        rowKey="user_id"
        dataSource={rows}
        pagination={false}
        data-testid="report-stats"
        columns={[
          { title: t('staff.reports.person'), dataIndex: 'name', width: 120 },
          { title: t('staff.reports.expected'), dataIndex: 'expected', width: 80, align: 'right' },
          { title: t('staff.reports.submittedN'), dataIndex: 'submitted', width: 80, align: 'right' },
          { title: t('staff.reports.onTime'), dataIndex: 'on_time', width: 80, align: 'right' },
          {
            title: t('staff.reports.late'),
            dataIndex: 'late',
            width: 80,
            align: 'right',
            render: (v: number) => (v ? <Typography.Text type="warning">{v}</Typography.Text> : v),
          },
          {
            title: t('staff.reports.missing'),
            dataIndex: 'missing',
            width: 80,
            align: 'right',
            render: (v: number) => (v ? <Typography.Text type="danger">{v}</Typography.Text> : v),
          },
          { title: t('staff.reports.unread'), dataIndex: 'unread', width: 80, align: 'right' },
          {
            title: t('staff.reports.missingDates'),
            dataIndex: 'missing_dates',
            render: (d: string[]) => d.map((x) => x.slice(5)).join('、'),
          },
        ]}
      />
    </>
  );
}
