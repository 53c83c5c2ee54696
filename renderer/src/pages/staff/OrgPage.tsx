import {
  Button,
  Card,
  Checkbox,
  DatePicker,
  Descriptions,
  Drawer,
  Empty,
  Form,
  Input,
  InputNumber,
  List,
  Modal,
  Select,
  Space,
  Switch,
  Table,
  Tag,
  Tree,
  Typography,
} from 'antd';
import { EditOutlined, PlusOutlined } from '@ant-design/icons';
import dayjs from 'dayjs';
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
import { DATA_SCOPES, ROLES } from '../../../../shared/contract/permissions';
import {
  ORG_KIND_LABELS,
  ORG_KINDS,
  SCOPE_LABELS,
  STAFF_CHANGE_LABELS,
  type HandoverItem,
  type OrgUnitRow,
  type StaffChangeRow,
  type StaffRow,
} from '../../../../shared/contract/staff';
import { OrgTreeSelect, fmtDateTime, todayLocal, useOrgUnits, type OrgNode } from './common';

type Detail = StaffRow & { changes: StaffChangeRow[] };

/** 组织与员工: the organisation tree on the left, its employees on the right. */
export function OrgPage() {
  const { t } = useTranslation();
  const { can } = useSession();
  const { showError } = useFeedback();
  const { units, tree, reload } = useOrgUnits(true);
  const [selected, setSelected] = useState<number | null>(null);
  const [editing, setEditing] = useState<OrgUnitRow | 'new' | null>(null);
  const [open, setOpen] = useState<number | null>(null);
  const [q, setQ] = useState('');
  const [inactive, setInactive] = useState(false);
  const grid = useRef<ServerGridHandle>(null);
  const manage = can('staff.manage');

  const treeData = useMemo(() => {
    const map = (n: OrgNode): Record<string, unknown> => ({
      key: n.key,
      title: (
        <span
          title={n.unit.head_name ? `${fl('head_id')}：${n.unit.head_name}` : undefined}
          style={{ whiteSpace: 'nowrap' }}
        >
          {n.title}{' '}
          <Tag bordered={false} style={{ marginInlineEnd: 4 }}>
            {bi(ORG_KIND_LABELS[n.kind])}
          </Tag>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {t('staff.org.members', { n: n.unit.member_count })}
          </Typography.Text>
          {!n.unit.active ? <Tag style={{ marginInlineStart: 4 }}>{t('common.inactive')}</Tag> : null}
        </span>
      ),
      children: n.children.map(map),
    });
    return tree.map(map);
  }, [tree, t]);

  const columns = useMemo<GridColDef<StaffRow>[]>(
    () => [
      { field: 'login', headerName: fl('login'), width: 100 },
      { field: 'name', headerName: fl('name'), width: 100 },
      { field: 'org_unit_name', headerName: fl('org_unit_id'), width: 130 },
      { field: 'position', headerName: fl('position'), width: 110 },
      { field: 'manager_name', headerName: fl('manager_id'), width: 100 },
      {
        field: 'roles',
        headerName: fl('roles'),
        flex: 1,
        minWidth: 160,
        sortable: false,
        cellRenderer: (p: { value?: string[] }) => (
          <Space size={2}>
            {p.value?.map((r) => (
              <Tag key={r} color="blue" bordered={false}>
                {t(`roles.${r}`)}
              </Tag>
            ))}
          </Space>
        ),
      },
      {
        field: 'data_scope',
        headerName: fl('data_scope'),
        width: 100,
        filter: false,
        valueFormatter: (p) => (p.value ? bi(SCOPE_LABELS[p.value as 'own']) : t('staff.org.scopeByRole')),
      },
      { field: 'hire_date', headerName: fl('hire_date'), width: 110, filter: false },
      {
        field: 'active',
        headerName: t('common.status'),
        width: 90,
        filter: false,
        cellRenderer: (p: { value?: boolean }) =>
          p.value === false ? (
            <Tag>{t('staff.org.left')}</Tag>
          ) : (
            <Tag color="green">{t('common.active')}</Tag>
          ),
      },
    ],
    [t],
  );

  return (
    <Page
      title={t('staff.org.title')}
      extra={
        <Space>
          <Input.Search
            allowClear
            placeholder={t('common.search')}
            onSearch={(v) => setQ(v.trim())}
            style={{ width: 220 }}
          />
          <Space size={4}>
            <Switch size="small" checked={inactive} onChange={setInactive} />
            <span>{t('common.showInactive')}</span>
          </Space>
        </Space>
      }
    >
      <div style={{ display: 'flex', gap: 12, height: '100%' }}>
        <Card
          size="small"
          title={t('staff.org.units')}
          style={{ width: 340, flex: 'none', overflow: 'auto' }}
          extra={
            manage ? (
              <Space size={4}>
                <Button
                  size="small"
                  icon={<EditOutlined />}
                  disabled={selected == null}
                  onClick={() => setEditing(units.find((u) => u.id === selected) ?? null)}
                >
                  {t('common.edit')}
                </Button>
                <Button
                  size="small"
                  type="primary"
                  icon={<PlusOutlined />}
                  onClick={() => setEditing('new')}
                  data-testid="org-new"
                >
                  {t('staff.org.newUnit')}
                </Button>
              </Space>
            ) : null
          }
        >
          <Button
            type={selected == null ? 'link' : 'text'}
            size="small"
            onClick={() => setSelected(null)}
            style={{ paddingInline: 4 }}
            data-testid="org-all"
          >
            {t('staff.org.allUnits')}
          </Button>
          {tree.length ? (
            <Tree
              blockNode
              defaultExpandAll
              key={tree.length}
              treeData={treeData as never}
              selectedKeys={selected == null ? [] : [selected]}
              onSelect={(keys) => setSelected(keys.length ? Number(keys[0]) : null)}
              data-testid="org-tree"
            />
          ) : (
            <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('staff.org.treeEmpty')} />
          )}
        </Card>
        <div style={{ flex: 1, minWidth: 0 }}>
          <ServerGrid
            ref={grid}
            method="staff.list"
            columns={columns}
            params={{ q: q || undefined, include_inactive: inactive, org_unit_id: selected ?? undefined }}
            onRowDoubleClicked={(r) => setOpen(r.id)}
            onError={showError}
            testId="staff-grid"
          />
        </div>
      </div>
      {editing ? (
        <UnitModal
          unit={editing === 'new' ? null : editing}
          parentId={editing === 'new' ? selected : null}
          onClose={() => setEditing(null)}
          onSaved={() => {
            setEditing(null);
            reload();
          }}
        />
      ) : null}
      {open != null ? (
        <StaffDrawer
          id={open}
          onClose={() => setOpen(null)}
          onChanged={() => {
            grid.current?.refresh();
            reload();
          }}
        />
      ) : null}
    </Page>
  );
}

function UnitModal({
  unit,
  parentId,
  onClose,
  onSaved,
}: {
  unit: OrgUnitRow | null;
  parentId: number | null;
  onClose(): void;
  onSaved(): void;
}) {
  const { t } = useTranslation();
  const { message, showError } = useFeedback();
  const [form] = Form.useForm();
  useEffect(() => {
    form.setFieldsValue(
      unit
        ? { ...unit, parent_unit_id: unit.parent_id }
        : { kind: parentId == null ? 'company' : 'team', parent_unit_id: parentId, sort: 0, active: true },
    );
  }, [form, unit, parentId]);
  const save = async () => {
    const v = await form.validateFields();
    try {
      await call('org.save', {
        id: unit?.id,
        version: unit?.version,
        code: v.code,
        name: v.name,
        kind: v.kind,
        parent_unit_id: v.parent_unit_id ?? null,
        head_id: v.head_id ?? null,
        sort: v.sort ?? 0,
        active: v.active ?? true,
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
      title={unit ? t('staff.org.editUnit') : t('staff.org.newUnit')}
      onCancel={onClose}
      onOk={() => void save()}
      okButtonProps={{ 'data-testid': 'org-save' } as never}
      destroyOnHidden
    >
      <Form form={form} layout="vertical" onValuesChange={clearErrorsOnChange(form)}>
        <Space.Compact block>
          <Form.Item name="code" label={fl('code')} rules={[{ required: true }]} style={{ width: '40%' }}>
            <Input maxLength={20} data-testid="org-code" />
          </Form.Item>
          <Form.Item name="name" label={fl('name')} rules={[{ required: true }]} style={{ width: '60%' }}>
            <Input maxLength={50} data-testid="org-name" />
          </Form.Item>
        </Space.Compact>
        <Form.Item name="kind" label={fl('kind')} rules={[{ required: true }]}>
          <Select options={ORG_KINDS.map((k) => ({ value: k, label: bi(ORG_KIND_LABELS[k]) }))} />
        </Form.Item>
        <Form.Item name="parent_unit_id" label={fl('parent_unit_id')}>
          <OrgTreeSelect />
        </Form.Item>
        <Form.Item name="head_id" label={fl('head_id')}>
          <RemoteSelect method="users.options" />
        </Form.Item>
        <Space size="large">
          <Form.Item name="sort" label={fl('sort')}>
            <InputNumber min={0} max={9999} />
          </Form.Item>
          <Form.Item name="active" label={fl('active')} valuePropName="checked">
            <Switch />
          </Form.Item>
        </Space>
      </Form>
    </Modal>
  );
}

function StaffDrawer({ id, onClose, onChanged }: { id: number; onClose(): void; onChanged(): void }) {
  const { t } = useTranslation();
  const { can } = useSession();
  const { message, showError } = useFeedback();
  const [d, setD] = useState<Detail | null>(null);
  const [form] = Form.useForm();
  const [dialog, setDialog] = useState<'transfer' | 'roles' | 'leave' | null>(null);
  const manage = can('staff.manage');

  const load = useCallback(() => {
    call('staff.get', { id })
      .then((x) => {
        setD(x);
        form.setFieldsValue({
          org_unit_id: x.org_unit_id,
          position: x.position,
          hire_date: x.hire_date ? dayjs(x.hire_date) : null,
          data_scope: x.data_scope ?? '',
        });
      })
      .catch(showError);
  }, [id, form, showError]);
  useEffect(load, [load]);

  const saveProfile = async () => {
    if (!d) return;
    const v = await form.validateFields();
    try {
      await call('staff.saveProfile', {
        user_id: d.id,
        version: d.profile_version,
        org_unit_id: v.org_unit_id ?? null,
        position: v.position ?? null,
        hire_date: v.hire_date ? dayjs(v.hire_date).format('YYYY-MM-DD') : null,
        data_scope: v.data_scope || null,
      });
      message.success(t('common.saved'));
      load();
      onChanged();
    } catch (e) {
      if (!applyFieldErrors(form, e)) showError(e);
    }
  };

  return (
    <Drawer
      open
      size="large"
      title={d ? `${t('staff.org.profile')}：${d.name}（${d.login}）` : t('common.loading')}
      onClose={onClose}
      extra={
        manage && d?.active ? (
          <Space>
            <Button onClick={() => setDialog('transfer')} data-testid="staff-transfer">
              {t('staff.org.transfer')}
            </Button>
            <Button onClick={() => setDialog('roles')}>{t('staff.org.roles')}</Button>
            <Button danger onClick={() => setDialog('leave')} data-testid="staff-leave">
              {t('staff.org.leave')}
            </Button>
          </Space>
        ) : null
      }
      footer={
        <Space style={{ float: 'right' }}>
          <Button onClick={onClose}>{t('common.close')}</Button>
          {manage ? (
            <Button type="primary" onClick={() => void saveProfile()} data-testid="staff-save">
              {t('common.save')}
            </Button>
          ) : null}
        </Space>
      }
    >
      {d ? (
        <>
          <Descriptions size="small" column={2} bordered style={{ marginBottom: 16 }}>
            <Descriptions.Item label={fl('login')}>{d.login}</Descriptions.Item>
            <Descriptions.Item label={fl('name')}>{d.name}</Descriptions.Item>
            <Descriptions.Item label={fl('roles')}>
              {d.roles.map((r) => (
                <Tag key={r} color="blue" bordered={false}>
                  {t(`roles.${r}`)}
                </Tag>
              ))}
            </Descriptions.Item>
            <Descriptions.Item label={fl('manager_id')}>{d.manager_name ?? '—'}</Descriptions.Item>
            <Descriptions.Item label={fl('org_unit_id')}>
              {d.org_unit_name ?? t('staff.org.noUnit')}
            </Descriptions.Item>
            <Descriptions.Item label={t('common.status')}>
              {d.active ? <Tag color="green">{t('common.active')}</Tag> : <Tag>{t('staff.org.left')}</Tag>}
              {d.left_date ?? ''}
            </Descriptions.Item>
          </Descriptions>
          <Form
            form={form}
            layout="vertical"
            disabled={!manage}
            onValuesChange={clearErrorsOnChange(form)}
            style={{ display: 'grid', gridTemplateColumns: '1fr 1fr', columnGap: 12 }}
          >
            <Form.Item name="org_unit_id" label={fl('org_unit_id')}>
              <OrgTreeSelect data-testid="staff-unit" />
            </Form.Item>
            <Form.Item name="position" label={fl('position')}>
              <Input maxLength={50} />
            </Form.Item>
            <Form.Item name="hire_date" label={fl('hire_date')}>
              <DatePicker style={{ width: '100%' }} />
            </Form.Item>
            <Form.Item name="data_scope" label={fl('data_scope')}>
              <Select
                options={[
                  { value: '', label: t('staff.org.scopeByRole') },
                  ...DATA_SCOPES.map((s) => ({ value: s, label: bi(SCOPE_LABELS[s]) })),
                ]}
              />
            </Form.Item>
          </Form>
          <Typography.Title level={5}>{t('staff.org.history')}</Typography.Title>
          <Table<StaffChangeRow>
            size="small"
            rowKey="id"
            dataSource={d.changes}
            pagination={false}
            locale={{ emptyText: t('staff.org.noHistory') }}
            columns={[
              { title: fl('effective_date'), dataIndex: 'effective_date', width: 100 },
              {
                title: fl('kind'),
                dataIndex: 'kind',
                width: 90,
                render: (k) => bi(STAFF_CHANGE_LABELS[k as 'leave']),
              },
              {
                title: fl('note'),
                render: (_v, c) => describeChange(c, t),
              },
              { title: t('audit.user'), dataIndex: 'created_by_name', width: 90 },
              { title: t('audit.at'), dataIndex: 'created_at', width: 150, render: (v) => fmtDateTime(v) },
            ]}
          />
        </>
      ) : null}
      {d && dialog === 'transfer' ? (
        <TransferModal
          staff={d}
          onClose={() => setDialog(null)}
          onDone={() => (setDialog(null), load(), onChanged())}
        />
      ) : null}
      {d && dialog === 'roles' ? (
        <RolesModal
          staff={d}
          onClose={() => setDialog(null)}
          onDone={() => (setDialog(null), load(), onChanged())}
        />
      ) : null}
      {d && dialog === 'leave' ? (
        <LeaveModal
          staff={d}
          onClose={() => setDialog(null)}
          onDone={() => {
            setDialog(null);
            load();
            onChanged();
          }}
        />
      ) : null}
    </Drawer>
  );
}

function describeChange(c: StaffChangeRow, t: (k: string) => string): string {
  const parts: string[] = [];
  if (c.kind === 'transfer') {
    parts.push(`${c.from_org_unit_name ?? '—'} → ${c.to_org_unit_name ?? '—'}`);
    if (c.from_manager_name !== c.to_manager_name)
      parts.push(`${fl('manager_id')} ${c.from_manager_name ?? '—'} → ${c.to_manager_name ?? '—'}`);
  }
  if (c.kind === 'role')
    parts.push(
      `${c.from_roles.map((r) => t(`roles.${r}`)).join('、')} → ${c.to_roles.map((r) => t(`roles.${r}`)).join('、')}`,
    );
  if (c.kind === 'leave') {
    const n = Object.values(c.handover ?? {}).reduce((s, x) => s + x, 0);
    parts.push(`${fl('handover_to_id')} ${c.handover_to_name ?? '—'}（${n}）`);
  }
  if (c.reason) parts.push(c.reason);
  return parts.join('；');
}

function TransferModal({ staff, onClose, onDone }: { staff: StaffRow; onClose(): void; onDone(): void }) {
  const { t } = useTranslation();
  const { message, showError } = useFeedback();
  const [form] = Form.useForm();
  useEffect(() => {
    form.setFieldsValue({
      org_unit_id: staff.org_unit_id,
      manager_id: staff.manager_id,
      position: staff.position,
      effective_date: dayjs(todayLocal()),
    });
  }, [form, staff]);
  const ok = async () => {
    const v = await form.validateFields();
    try {
      await call('staff.transfer', {
        user_id: staff.id,
        org_unit_id: v.org_unit_id ?? null,
        manager_id: v.manager_id ?? null,
        position: v.position ?? null,
        effective_date: dayjs(v.effective_date).format('YYYY-MM-DD'),
        reason: v.reason ?? null,
      });
      message.success(t('common.saved'));
      onDone();
    } catch (e) {
      if (!applyFieldErrors(form, e)) showError(e);
    }
  };
  return (
    <Modal
      open
      title={t('staff.org.transferTitle', { name: staff.name })}
      onCancel={onClose}
      onOk={() => void ok()}
      destroyOnHidden
    >
      <Form form={form} layout="vertical" onValuesChange={clearErrorsOnChange(form)}>
        <Form.Item name="org_unit_id" label={fl('org_unit_id')}>
          <OrgTreeSelect />
        </Form.Item>
        <Form.Item name="manager_id" label={fl('manager_id')}>
          <RemoteSelect method="users.options" />
        </Form.Item>
        <Form.Item name="position" label={fl('position')}>
          <Input maxLength={50} />
        </Form.Item>
        <Form.Item name="effective_date" label={fl('effective_date')} rules={[{ required: true }]}>
          <DatePicker style={{ width: '100%' }} />
        </Form.Item>
        <Form.Item name="reason" label={t('common.reason')}>
          <Input maxLength={200} />
        </Form.Item>
      </Form>
    </Modal>
  );
}

function RolesModal({ staff, onClose, onDone }: { staff: StaffRow; onClose(): void; onDone(): void }) {
  const { t } = useTranslation();
  const { message, showError } = useFeedback();
  const [form] = Form.useForm();
  useEffect(() => {
    form.setFieldsValue({ roles: staff.roles, effective_date: dayjs(todayLocal()) });
  }, [form, staff]);
  const ok = async () => {
    const v = await form.validateFields();
    try {
      await call('staff.changeRoles', {
        user_id: staff.id,
        roles: v.roles,
        effective_date: dayjs(v.effective_date).format('YYYY-MM-DD'),
        reason: v.reason ?? null,
      });
      message.success(t('common.saved'));
      onDone();
    } catch (e) {
      if (!applyFieldErrors(form, e)) showError(e);
    }
  };
  return (
    <Modal
      open
      title={t('staff.org.rolesTitle', { name: staff.name })}
      onCancel={onClose}
      onOk={() => void ok()}
      destroyOnHidden
    >
      <Form form={form} layout="vertical" onValuesChange={clearErrorsOnChange(form)}>
        <Form.Item name="roles" label={fl('roles')} rules={[{ required: true }]}>
          <Checkbox.Group options={ROLES.map((r) => ({ value: r, label: t(`roles.${r}`) }))} />
        </Form.Item>
        <Form.Item name="effective_date" label={fl('effective_date')} rules={[{ required: true }]}>
          <DatePicker style={{ width: '100%' }} />
        </Form.Item>
        <Form.Item name="reason" label={t('common.reason')}>
          <Input maxLength={200} />
        </Form.Item>
      </Form>
    </Modal>
  );
}

function LeaveModal({ staff, onClose, onDone }: { staff: StaffRow; onClose(): void; onDone(): void }) {
  const { t } = useTranslation();
  const { message, showError } = useFeedback();
  const [form] = Form.useForm();
  const [preview, setPreview] = useState<HandoverItem[]>([]);
  const [busy, setBusy] = useState(false);
  useEffect(() => {
    form.setFieldsValue({ effective_date: dayjs(todayLocal()), handover_to_id: staff.manager_id });
    call('staff.handoverPreview', { user_id: staff.id }).then(setPreview).catch(showError);
  }, [form, staff, showError]);
  const ok = async () => {
    const v = await form.validateFields();
    setBusy(true);
    try {
      await call('staff.leave', {
        user_id: staff.id,
        handover_to_id: v.handover_to_id,
        effective_date: dayjs(v.effective_date).format('YYYY-MM-DD'),
        reason: v.reason ?? null,
      });
      message.success(t('staff.org.leaveDone'));
      onDone();
    } catch (e) {
      if (!applyFieldErrors(form, e)) showError(e);
    } finally {
      setBusy(false);
    }
  };
  return (
    <Modal
      open
      title={t('staff.org.leaveTitle', { name: staff.name })}
      onCancel={onClose}
      onOk={() => void ok()}
      okText={t('staff.org.leaveConfirm')}
      okButtonProps={{ danger: true, loading: busy, 'data-testid': 'leave-confirm' } as never}
      destroyOnHidden
    >
      <Form form={form} layout="vertical" onValuesChange={clearErrorsOnChange(form)}>
        <Form.Item name="handover_to_id" label={fl('handover_to_id')} rules={[{ required: true }]}>
          <RemoteSelect method="users.options" data-testid="leave-successor" />
        </Form.Item>
        <Form.Item name="effective_date" label={fl('effective_date')} rules={[{ required: true }]}>
          <DatePicker style={{ width: '100%' }} />
        </Form.Item>
        <Form.Item name="reason" label={t('common.reason')}>
          <Input maxLength={200} />
        </Form.Item>
      </Form>
      <Typography.Text strong>{t('staff.org.handoverPreview')}</Typography.Text>
      <List
        size="small"
        dataSource={preview}
        data-testid="handover-preview"
        renderItem={(i) => (
          <List.Item extra={<b>{i.count}</b>} style={{ opacity: i.count ? 1 : 0.45 }}>
            {bi({ zh: i.label_zh, en: i.label_en })}
          </List.Item>
        )}
      />
    </Modal>
  );
}
