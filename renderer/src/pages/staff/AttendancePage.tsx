import {
  Button,
  Card,
  Checkbox,
  DatePicker,
  Form,
  Input,
  InputNumber,
  Modal,
  Select,
  Space,
  Table,
  Tabs,
  Tag,
  TimePicker,
  Typography,
  Upload,
} from 'antd';
import {
  DownloadOutlined,
  LoginOutlined,
  LogoutOutlined,
  SettingOutlined,
  UploadOutlined,
  PlusOutlined,
} from '@ant-design/icons';
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
import { RemoteSelect } from '../../components/RemoteSelect';
import type {
  AttendanceRow,
  AttendanceStatRow,
  ImportError,
  StaffSettings,
} from '../../../../shared/contract/staff';
import { ImportErrorTable, downloadBase64, importErrorsOf, readFileBase64, todayLocal } from './common';

/** 考勤: check in and out, monthly late / early / absent / leave counts, entry and Excel import. */
export function AttendancePage() {
  const { t } = useTranslation();
  const { can, me } = useSession();
  const { message, showError } = useFeedback();
  const manage = can('attendance.manage');
  const [month, setMonth] = useState<Dayjs>(dayjs());
  const [tab, setTab] = useState('monthly');
  const [stats, setStats] = useState<AttendanceStatRow[]>([]);
  const [today, setToday] = useState<AttendanceRow | null>(null);
  const [dialog, setDialog] = useState<'entry' | 'import' | 'settings' | null>(null);
  const grid = useRef<ServerGridHandle>(null);

  const load = useCallback(() => {
    call('attendance.monthly', { month: month.format('YYYY-MM') })
      .then(setStats)
      .catch(showError);
    call('attendance.list', {
      user_id: me?.id,
      filters: [{ field: 'work_date', op: 'equals', value: todayLocal() }],
      limit: 1,
    })
      .then((r) => setToday(r.rows[0] ?? null))
      .catch(() => undefined);
    grid.current?.refresh();
  }, [month, me?.id, showError]);
  useEffect(load, [load]);

  const punch = async (which: 'in' | 'out') => {
    try {
      const r = await call(which === 'in' ? 'attendance.checkIn' : 'attendance.checkOut', {});
      setToday(r);
      message.success(
        which === 'in'
          ? t('staff.attendance.checkedIn', { time: r.check_in })
          : t('staff.attendance.checkedOut', { time: r.check_out }),
      );
      load();
    } catch (e) {
      showError(e);
    }
  };

  const columns = useMemo<GridColDef<AttendanceRow>[]>(
    () => [
      { field: 'work_date', headerName: fl('work_date'), width: 110, filter: false },
      { field: 'login', headerName: fl('login'), width: 90 },
      { field: 'user_name', headerName: fl('name'), width: 100 },
      {
        field: 'check_in',
        headerName: fl('check_in'),
        width: 110,
        cellRenderer: (p: { data?: AttendanceRow }) =>
          p.data ? (
            <span>
              {p.data.check_in ?? '—'}{' '}
              {p.data.late ? <Tag color="orange">{t('staff.attendance.late')}</Tag> : null}
            </span>
          ) : null,
      },
      {
        field: 'check_out',
        headerName: fl('check_out'),
        width: 110,
        cellRenderer: (p: { data?: AttendanceRow }) =>
          p.data ? (
            <span>
              {p.data.check_out ?? '—'}{' '}
              {p.data.early ? <Tag color="orange">{t('staff.attendance.early')}</Tag> : null}
            </span>
          ) : null,
      },
      {
        field: 'source',
        headerName: t('staff.attendance.sourceCol'),
        width: 90,
        filter: false,
        valueFormatter: (p) => (p.value ? t(`staff.attendance.source.${p.value as string}`) : ''),
      },
      { field: 'note', headerName: fl('note'), flex: 1, minWidth: 140 },
    ],
    [t],
  );

  const num = (key: keyof AttendanceStatRow, warn = false) => ({
    dataIndex: key,
    width: 78,
    align: 'right' as const,
    render: (v: number) => (warn && v ? <Typography.Text type="danger">{v}</Typography.Text> : v),
  });

  return (
    <Page
      title={t('staff.attendance.title')}
      extra={
        <Space wrap>
          <Typography.Text type="secondary">
            {t('staff.attendance.today')}：{today?.check_in ?? '—'} ~ {today?.check_out ?? '—'}
          </Typography.Text>
          <Button
            type="primary"
            icon={<LoginOutlined />}
            disabled={!!today?.check_in}
            onClick={() => void punch('in')}
            data-testid="check-in"
          >
            {t('staff.attendance.checkIn')}
          </Button>
          <Button
            icon={<LogoutOutlined />}
            disabled={!today?.check_in}
            onClick={() => void punch('out')}
            data-testid="check-out"
          >
            {t('staff.attendance.checkOut')}
          </Button>
          <DatePicker
            picker="month"
            value={month}
            allowClear={false}
            onChange={(m) => m && setMonth(m)}
            data-testid="att-month"
          />
          {manage ? (
            <>
              <Button icon={<PlusOutlined />} onClick={() => setDialog('entry')} data-testid="att-entry">
                {t('staff.attendance.entry')}
              </Button>
              <Button icon={<UploadOutlined />} onClick={() => setDialog('import')} data-testid="att-import">
                {t('staff.attendance.import')}
              </Button>
              <Button
                icon={<SettingOutlined />}
                onClick={() => setDialog('settings')}
                data-testid="att-settings"
              >
                {t('staff.attendance.settings')}
              </Button>
            </>
          ) : null}
        </Space>
      }
    >
      <Card size="small" className="staff-card-fill">
        <Tabs
          activeKey={tab}
          onChange={setTab}
          items={[
            { key: 'monthly', label: t('staff.attendance.monthly') },
            { key: 'records', label: t('staff.attendance.records') },
          ]}
        />
        <div style={{ flex: 1, minHeight: 0, overflow: tab === 'monthly' ? 'auto' : 'hidden' }}>
          {tab === 'monthly' ? (
            <Table<AttendanceStatRow>
              size="small"
              rowKey="user_id"
              dataSource={stats}
              pagination={false}
              data-testid="att-monthly"
              columns={[
                { title: fl('login'), dataIndex: 'login', width: 90 },
                { title: fl('name'), dataIndex: 'name', width: 100 },
                { title: t('staff.attendance.workdays'), ...num('workdays') },
                { title: t('staff.attendance.present'), ...num('present') },
                { title: t('staff.attendance.late'), ...num('late', true) },
                { title: t('staff.attendance.early'), ...num('early', true) },
                { title: t('staff.attendance.absent'), ...num('absent', true) },
                { title: t('staff.attendance.leaveDays'), ...num('leave_days') },
                { title: t('staff.attendance.tripDays'), ...num('trip_days') },
                { title: t('staff.attendance.missingCheckout'), ...num('missing_checkout', true) },
                { title: '', key: 'fill' },
              ]}
            />
          ) : (
            <ServerGrid
              ref={grid}
              method="attendance.list"
              columns={columns}
              params={{ month: month.format('YYYY-MM') }}
              onError={showError}
              testId="att-grid"
            />
          )}
        </div>
      </Card>
      {dialog === 'entry' ? (
        <EntryModal onClose={() => setDialog(null)} onSaved={() => (setDialog(null), load())} />
      ) : null}
      {dialog === 'import' ? <ImportModal onClose={() => setDialog(null)} onDone={load} /> : null}
      {dialog === 'settings' ? (
        <SettingsModal onClose={() => setDialog(null)} onSaved={() => (setDialog(null), load())} />
      ) : null}
    </Page>
  );
}

function EntryModal({ onClose, onSaved }: { onClose(): void; onSaved(): void }) {
  const { t } = useTranslation();
  const { message, showError } = useFeedback();
  const [form] = Form.useForm();
  useEffect(() => form.setFieldsValue({ work_date: dayjs() }), [form]);
  const save = async () => {
    const v = await form.validateFields();
    try {
      await call('attendance.save', {
        user_id: v.user_id,
        work_date: dayjs(v.work_date).format('YYYY-MM-DD'),
        check_in: v.check_in ? dayjs(v.check_in).format('HH:mm') : null,
        check_out: v.check_out ? dayjs(v.check_out).format('HH:mm') : null,
        note: v.note ?? null,
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
      title={t('staff.attendance.entry')}
      onCancel={onClose}
      onOk={() => void save()}
      destroyOnHidden
    >
      <Form form={form} layout="vertical" onValuesChange={clearErrorsOnChange(form)}>
        <Form.Item name="user_id" label={fl('user_id')} rules={[{ required: true }]}>
          <RemoteSelect method="users.options" />
        </Form.Item>
        <Form.Item name="work_date" label={fl('work_date')} rules={[{ required: true }]}>
          <DatePicker style={{ width: '100%' }} />
        </Form.Item>
        <Space size="large">
          <Form.Item name="check_in" label={fl('check_in')}>
            <TimePicker format="HH:mm" minuteStep={1} />
          </Form.Item>
          <Form.Item name="check_out" label={fl('check_out')}>
            <TimePicker format="HH:mm" minuteStep={1} />
          </Form.Item>
        </Space>
        <Form.Item name="note" label={fl('note')}>
          <Input maxLength={200} />
        </Form.Item>
      </Form>
    </Modal>
  );
}

function ImportModal({ onClose, onDone }: { onClose(): void; onDone(): void }) {
  const { t } = useTranslation();
  const { message, showError } = useFeedback();
  const [errors, setErrors] = useState<ImportError[] | null>(null);
  const [busy, setBusy] = useState(false);
  const run = async (file: File) => {
    setBusy(true);
    setErrors(null);
    try {
      const r = await call('attendance.import', { file_base64: await readFileBase64(file) });
      message.success(t('staff.attendance.imported', { a: r.imported, b: r.updated }));
      onDone();
      onClose();
    } catch (e) {
      const errs = importErrorsOf(e);
      if (errs) setErrors(errs);
      showError(e);
    } finally {
      setBusy(false);
    }
  };
  return (
    <Modal
      open
      width={680}
      title={t('staff.attendance.importTitle')}
      onCancel={onClose}
      footer={null}
      destroyOnHidden
    >
      <Typography.Paragraph type="secondary">{t('staff.attendance.importHint')}</Typography.Paragraph>
      <Space style={{ marginBottom: 12 }}>
        <Upload
          accept=".xlsx,.xls"
          showUploadList={false}
          beforeUpload={(f) => {
            void run(f);
            return false;
          }}
        >
          <Button type="primary" icon={<UploadOutlined />} loading={busy} data-testid="att-import-file">
            {t('staff.attendance.chooseFile')}
          </Button>
        </Upload>
        <Button
          icon={<DownloadOutlined />}
          onClick={() => call('attendance.template', {}).then(downloadBase64).catch(showError)}
        >
          {t('staff.attendance.template')}
        </Button>
      </Space>
      {errors ? <ImportErrorTable errors={errors} /> : null}
    </Modal>
  );
}

function SettingsModal({ onClose, onSaved }: { onClose(): void; onSaved(): void }) {
  const { t } = useTranslation();
  const { message, showError } = useFeedback();
  const [form] = Form.useForm();
  const [cur, setCur] = useState<StaffSettings | null>(null);
  const days = t('staff.attendance.weekdays').split(',');
  useEffect(() => {
    call('staff.settings', {})
      .then((s) => {
        setCur(s);
        const hm = (x: string) => dayjs(`2000-01-01 ${x}`);
        form.setFieldsValue({
          ...s,
          work_start: hm(s.work_start),
          work_end: hm(s.work_end),
          report_deadline: hm(s.report_deadline),
        });
      })
      .catch(showError);
  }, [form, showError]);
  const save = async () => {
    const v = await form.validateFields();
    try {
      await call('staff.saveSettings', {
        work_start: dayjs(v.work_start).format('HH:mm'),
        work_end: dayjs(v.work_end).format('HH:mm'),
        late_grace_minutes: v.late_grace_minutes ?? 0,
        workdays: v.workdays ?? [],
        report_deadline: dayjs(v.report_deadline).format('HH:mm'),
        holidays: v.holidays ?? [],
        extra_workdays: v.extra_workdays ?? [],
      });
      message.success(t('staff.attendance.settingsSaved'));
      onSaved();
    } catch (e) {
      if (!applyFieldErrors(form, e)) showError(e);
    }
  };
  const dateTags = { mode: 'tags' as const, tokenSeparators: [',', '，', ' '], placeholder: 'YYYY-MM-DD' };
  return (
    <Modal
      open
      width={560}
      title={t('staff.attendance.settings')}
      onCancel={onClose}
      onOk={() => void save()}
      okButtonProps={{ disabled: !cur }}
      destroyOnHidden
    >
      <Form form={form} layout="vertical" onValuesChange={clearErrorsOnChange(form)}>
        <Space size="large" wrap>
          <Form.Item name="work_start" label={fl('work_start')} rules={[{ required: true }]}>
            <TimePicker format="HH:mm" />
          </Form.Item>
          <Form.Item name="work_end" label={fl('work_end')} rules={[{ required: true }]}>
            <TimePicker format="HH:mm" />
          </Form.Item>
          <Form.Item name="late_grace_minutes" label={fl('late_grace_minutes')}>
            <InputNumber min={0} max={240} />
          </Form.Item>
          <Form.Item name="report_deadline" label={fl('report_deadline')} rules={[{ required: true }]}>
            <TimePicker format="HH:mm" data-testid="set-deadline" />
          </Form.Item>
        </Space>
        <Form.Item name="workdays" label={fl('workdays')}>
          <Checkbox.Group options={days.map((d, i) => ({ value: i + 1, label: d }))} />
        </Form.Item>
        <Form.Item name="holidays" label={fl('holidays')}>
          <Select {...dateTags} />
        </Form.Item>
        <Form.Item name="extra_workdays" label={fl('extra_workdays')}>
          <Select {...dateTags} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
