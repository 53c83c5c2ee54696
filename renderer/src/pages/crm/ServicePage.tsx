import {
  Button,
  DatePicker,
  Form,
  Input,
  Modal,
  Segmented,
  Select,
  Space,
  Switch,
  Tag,
  Typography,
} from 'antd';
import { PlusOutlined, ReloadOutlined, ToolOutlined } from '@ant-design/icons';
import dayjs, { type Dayjs } from 'dayjs';
import { useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { call } from '../../api';
import { fl } from '../../i18n';
import { useSession } from '../../session';
import { Page } from '../../components/Page';
import { ServerGrid, type GridColDef, type ServerGridHandle } from '../../components/ServerGrid';
import { useFeedback } from '../../components/feedback';
import { applyFieldErrors, clearErrorsOnChange } from '../../components/formErrors';
import { RemoteSelect } from '../../components/RemoteSelect';
import {
  COMPLAINT_CAUSE_LABELS,
  COMPLAINT_KIND_LABELS,
  COMPLAINT_STATUS_LABELS,
  SEVERITY_LABELS,
  type AftersalesTaskRow,
  type ComplaintRow,
} from '../../../../shared/contract/crm';
import { COMPLAINT_STATUS_COLORS, ComplaintDrawer, SEVERITY_COLORS } from './ComplaintDrawer';
import { CompleteTaskModal, TASK_KIND_LABELS } from './CompleteTaskModal';
import { dateOnly, dateTime, label } from './util';

type View = 'complaints' | 'aftersales';

/** 售后服务: complaints and service requests, and the after-sales return calls. */
export function ServicePage() {
  const { t } = useTranslation();
  const { can } = useSession();
  const { showError } = useFeedback();
  const grid = useRef<ServerGridHandle>(null);
  const [view, setView] = useState<View>('complaints');
  const [q, setQ] = useState('');
  const [search, setSearch] = useState('');
  const [openOnly, setOpenOnly] = useState(true);
  const [taskStatus, setTaskStatus] = useState<'open' | 'done' | undefined>('open');
  const [total, setTotal] = useState<number | null>(null);
  const [complaint, setComplaint] = useState<{ id: number | null } | null>(null);
  const [task, setTask] = useState<AftersalesTaskRow | null>(null);
  const [job, setJob] = useState(false);

  const complaintCols = useMemo<GridColDef<ComplaintRow>[]>(
    () => [
      { field: 'code', headerName: fl('code'), width: 140, pinned: 'left' },
      {
        field: 'kind',
        headerName: fl('kind'),
        width: 90,
        filter: false,
        valueFormatter: (p) => label(COMPLAINT_KIND_LABELS, p.value as string),
      },
      { field: 'customer_name', headerName: fl('customer_id'), flex: 1, minWidth: 200 },
      { field: 'product_name', headerName: fl('product_id'), width: 140 },
      {
        field: 'cause',
        headerName: fl('cause'),
        width: 100,
        filter: false,
        valueFormatter: (p) => label(COMPLAINT_CAUSE_LABELS, p.value as string),
      },
      {
        field: 'severity',
        headerName: fl('severity'),
        width: 80,
        filter: false,
        cellRenderer: (p: { value?: string }) =>
          p.value ? <Tag color={SEVERITY_COLORS[p.value]}>{label(SEVERITY_LABELS, p.value)}</Tag> : null,
      },
      { field: 'description', headerName: fl('description'), flex: 1, minWidth: 200, sortable: false },
      { field: 'owner_name', headerName: t('crm.handler'), width: 90 },
      {
        field: 'status',
        headerName: fl('status'),
        width: 150,
        filter: false,
        cellRenderer: (p: { value?: string; data?: ComplaintRow }) => (
          <Space size={4}>
            {p.value ? (
              <Tag color={COMPLAINT_STATUS_COLORS[p.value]}>{label(COMPLAINT_STATUS_LABELS, p.value)}</Tag>
            ) : null}
            {p.data?.escalated_at ? <Tag color="error">{t('crm.escalated')}</Tag> : null}
          </Space>
        ),
      },
      {
        field: 'opened_at',
        headerName: t('crm.openedAt'),
        width: 150,
        filter: 'agDateColumnFilter',
        valueFormatter: (p) => dateTime(p.value as string),
      },
      {
        field: 'satisfaction',
        headerName: fl('satisfaction'),
        width: 90,
        type: 'rightAligned',
        filter: 'agNumberColumnFilter',
        valueFormatter: (p) => (p.value == null ? '' : `${String(p.value)} / 5`),
      },
    ],
    [t],
  );

  const taskCols = useMemo<GridColDef<AftersalesTaskRow>[]>(
    () => [
      {
        field: 'kind',
        headerName: t('crm.task'),
        width: 110,
        filter: false,
        valueFormatter: (p) => label(TASK_KIND_LABELS, p.value as string),
      },
      { field: 'customer_name', headerName: fl('customer_id'), flex: 1, minWidth: 220 },
      {
        field: 'source_label' as never,
        headerName: t('crm.source'),
        width: 150,
        sortable: false,
        filter: false,
        valueFormatter: (p) => {
          const r = p.data as AftersalesTaskRow | undefined;
          if (!r) return '';
          return (
            r.source_label ??
            `${r.source_type === 'shipment' ? t('crm.shipment') : t('crm.serviceJob')} #${r.source_id}`
          );
        },
      },
      { field: 'delivered_on', headerName: t('crm.deliveredOn'), width: 150, filter: 'agDateColumnFilter' },
      { field: 'due_from', headerName: t('crm.dueFrom'), width: 150, filter: 'agDateColumnFilter' },
      {
        field: 'due_on',
        headerName: t('crm.due'),
        width: 110,
        filter: 'agDateColumnFilter',
        cellRenderer: (p: { value?: string; data?: AftersalesTaskRow }) =>
          p.value ? <span style={{ color: p.data?.overdue ? '#cf1322' : undefined }}>{p.value}</span> : null,
      },
      { field: 'assignee_name', headerName: fl('assignee_id'), width: 90 },
      {
        field: 'status',
        headerName: fl('status'),
        width: 90,
        filter: false,
        valueFormatter: (p) =>
          p.value === 'done' ? t('crm.done') : p.value === 'open' ? t('crm.pending') : String(p.value ?? ''),
      },
      {
        field: 'satisfaction',
        headerName: fl('satisfaction'),
        width: 90,
        type: 'rightAligned',
        filter: 'agNumberColumnFilter',
        valueFormatter: (p) => (p.value == null ? '' : `${String(p.value)} / 5`),
      },
      { field: 'result', headerName: fl('result'), flex: 1, minWidth: 160, sortable: false, filter: false },
      {
        field: 'done_at',
        headerName: t('crm.doneAt'),
        width: 150,
        filter: 'agDateColumnFilter',
        valueFormatter: (p) => dateOnly(p.value as string),
      },
    ],
    [t],
  );

  return (
    <Page
      title={t('crm.serviceTitle')}
      sub={
        total != null ? (
          <Typography.Text type="secondary">{t('common.total', { n: total })}</Typography.Text>
        ) : null
      }
      extra={
        <Space wrap>
          <Segmented
            value={view}
            onChange={(v) => setView(v as View)}
            options={[
              { value: 'complaints', label: t('crm.complaints') },
              { value: 'aftersales', label: t('crm.aftersales') },
            ]}
            data-testid="service-view"
          />
          <Input.Search
            allowClear
            placeholder={t('crm.serviceSearch')}
            value={q}
            onChange={(e) => setQ(e.target.value)}
            onSearch={(v) => setSearch(v.trim())}
            style={{ width: 200 }}
          />
          {view === 'complaints' ? (
            <Space size={4}>
              <Switch size="small" checked={openOnly} onChange={setOpenOnly} />
              <span>{t('crm.openOnly')}</span>
            </Space>
          ) : (
            <Select
              allowClear
              style={{ width: 110 }}
              value={taskStatus}
              onChange={setTaskStatus}
              placeholder={fl('status')}
              options={[
                { value: 'open', label: t('crm.pending') },
                { value: 'done', label: t('crm.done') },
              ]}
            />
          )}
          <Button icon={<ReloadOutlined />} onClick={() => grid.current?.refresh()}>
            {t('common.refresh')}
          </Button>
          {can('service.write') ? (
            <>
              <Button icon={<ToolOutlined />} onClick={() => setJob(true)} data-testid="service-job-new">
                {t('crm.recordServiceJob')}
              </Button>
              <Button
                type="primary"
                icon={<PlusOutlined />}
                onClick={() => setComplaint({ id: null })}
                data-testid="complaint-new"
              >
                {t('crm.newComplaint')}
              </Button>
            </>
          ) : null}
        </Space>
      }
    >
      {view === 'complaints' ? (
        <ServerGrid
          key="complaints"
          ref={grid}
          method="complaints.list"
          columns={complaintCols}
          params={{ q: search || undefined, open_only: openOnly }}
          onRowDoubleClicked={(r) => setComplaint({ id: r.id })}
          onTotal={setTotal}
          onError={showError}
          testId="complaint-grid"
        />
      ) : (
        <ServerGrid
          key="aftersales"
          ref={grid}
          method="aftersales.list"
          columns={taskCols}
          params={{ q: search || undefined, status: taskStatus }}
          onRowDoubleClicked={(r) => r.status === 'open' && setTask(r)}
          onTotal={setTotal}
          onError={showError}
          testId="aftersales-grid"
        />
      )}
      {complaint ? (
        <ComplaintDrawer
          id={complaint.id}
          onClose={() => {
            setComplaint(null);
            grid.current?.refresh();
          }}
          onChanged={(id) => {
            grid.current?.refresh();
            if (complaint.id == null) setComplaint({ id });
          }}
        />
      ) : null}
      {task ? (
        <CompleteTaskModal
          task={task}
          onClose={() => setTask(null)}
          onDone={() => {
            setTask(null);
            grid.current?.refresh();
          }}
        />
      ) : null}
      {job ? (
        <ServiceJobModal
          onClose={() => setJob(false)}
          onDone={() => {
            setJob(false);
            setView('aftersales');
            grid.current?.refresh();
          }}
        />
      ) : null}
    </Page>
  );
}

/** 登记服务: a service job done by hand; it schedules the after-sales calls like a delivery. */
export function ServiceJobModal({
  customerId,
  onClose,
  onDone,
}: {
  customerId?: number;
  onClose(): void;
  onDone(): void;
}) {
  const { t } = useTranslation();
  const { message, showError } = useFeedback();
  const [form] = Form.useForm();
  const [saving, setSaving] = useState(false);
  return (
    <Modal
      open
      title={t('crm.recordServiceJob')}
      onCancel={onClose}
      confirmLoading={saving}
      destroyOnHidden
      okButtonProps={{ 'data-testid': 'service-job-ok' } as never}
      onOk={async () => {
        let v: Record<string, unknown>;
        try {
          v = await form.validateFields();
        } catch {
          return;
        }
        setSaving(true);
        try {
          const r = await call('aftersales.recordServiceJob', {
            customer_id: v.customer_id as number,
            product_id: (v.product_id as number) ?? null,
            description: String(v.description ?? ''),
            completed_on: (v.completed_on as Dayjs).format('YYYY-MM-DD'),
          });
          message.success(t('crm.serviceJobDone', { code: r.code, n: r.tasks.length }));
          onDone();
        } catch (e) {
          if (!applyFieldErrors(form, e)) showError(e);
        } finally {
          setSaving(false);
        }
      }}
    >
      <Typography.Paragraph type="secondary">{t('crm.serviceJobHint')}</Typography.Paragraph>
      <Form
        form={form}
        layout="vertical"
        onValuesChange={clearErrorsOnChange(form)}
        initialValues={{ customer_id: customerId, completed_on: dayjs() }}
      >
        <Form.Item
          name="customer_id"
          label={fl('customer_id')}
          rules={[{ required: true, message: t('crm.required') }]}
        >
          <RemoteSelect
            method="customers.options"
            disabled={!!customerId}
            data-testid="service-job-customer"
          />
        </Form.Item>
        <Form.Item name="product_id" label={fl('product_id')}>
          <RemoteSelect method="products.options" />
        </Form.Item>
        <Form.Item
          name="completed_on"
          label={fl('completed_on')}
          rules={[{ required: true, message: t('crm.required') }]}
        >
          <DatePicker style={{ width: '100%' }} />
        </Form.Item>
        <Form.Item
          name="description"
          label={fl('description')}
          rules={[{ required: true, message: t('crm.required') }]}
        >
          <Input.TextArea rows={3} maxLength={2000} data-testid="service-job-description" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
