import { Button, Checkbox, Col, Form, Input, Modal, Row, Space, Tag } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
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
import { ROLES } from '../../../../shared/contract/permissions';
import type { UserRow } from '../../../../shared/contract/users';

export function UsersPage() {
  const { t } = useTranslation();
  const { can, me } = useSession();
  const { message, modal, showError } = useFeedback();
  const grid = useRef<ServerGridHandle>(null);
  const [editing, setEditing] = useState<UserRow | 'new' | null>(null);
  const [form] = Form.useForm();
  const manage = can('users.manage');

  const columns = useMemo<GridColDef<UserRow>[]>(
    () => [
      { field: 'login', headerName: fl('login'), width: 110 },
      { field: 'name', headerName: fl('name'), width: 120 },
      {
        field: 'roles',
        headerName: fl('roles'),
        flex: 2,
        cellRenderer: (p: { value?: string[] }) => (
          <Space size={2} wrap>
            {p.value?.map((r) => (
              <Tag key={r} color="blue" bordered={false}>
                {t(`roles.${r}`)}
              </Tag>
            ))}
          </Space>
        ),
      },
      { field: 'manager_name', headerName: fl('manager_id'), width: 110 },
      { field: 'region_name', headerName: fl('region_id'), width: 100 },
      { field: 'phone', headerName: fl('phone'), width: 130 },
      {
        field: 'active',
        headerName: t('common.status'),
        width: 110,
        filter: false,
        cellRenderer: (p: { value?: boolean; data?: UserRow }) => (
          <Space size={2}>
            {p.value === false ? (
              <Tag>{t('common.inactive')}</Tag>
            ) : (
              <Tag color="green">{t('common.active')}</Tag>
            )}
            {p.data?.locked ? <Tag color="red">{t('users.locked')}</Tag> : null}
          </Space>
        ),
      },
      {
        field: 'last_login_at',
        headerName: t('users.lastLogin'),
        width: 160,
        filter: false,
        valueFormatter: (p) =>
          p.value ? new Date(String(p.value)).toLocaleString('zh-CN', { hour12: false }) : '',
      },
    ],
    [t],
  );

  const open = (u: UserRow | 'new') => {
    if (!manage) return;
    setEditing(u);
    form.resetFields();
    if (u !== 'new') form.setFieldsValue(u);
    else form.setFieldsValue({ roles: ['salesperson'] });
  };

  const save = async () => {
    const v = await form.validateFields();
    const base = {
      login: v.login,
      name: v.name,
      roles: v.roles ?? [],
      manager_id: v.manager_id ?? null,
      region_id: v.region_id ?? null,
      phone: v.phone ?? null,
      email: v.email ?? null,
    };
    try {
      if (editing === 'new') await call('users.create', { ...base, password: v.password });
      else if (editing) await call('users.update', { ...base, id: editing.id, version: editing.version });
      message.success(t('common.saved'));
      setEditing(null);
      grid.current?.refresh();
    } catch (e) {
      if (!applyFieldErrors(form, e)) showError(e);
    }
  };

  const current = editing && editing !== 'new' ? editing : null;
  const resetPassword = () => {
    if (!current) return;
    let pw = '';
    modal.confirm({
      title: t('users.resetPassword'),
      content: (
        <Input.Password placeholder={t('auth.passwordRule')} onChange={(e) => (pw = e.target.value)} />
      ),
      onOk: () =>
        call('users.resetPassword', { id: current.id, new_password: pw })
          .then(() => message.success(t('users.passwordReset')))
          .catch((e) => {
            showError(e);
            throw e;
          }),
    });
  };

  return (
    <Page
      title={t('users.title')}
      extra={
        manage ? (
          <Button type="primary" icon={<PlusOutlined />} onClick={() => open('new')} data-testid="user-new">
            {t('users.new')}
          </Button>
        ) : null
      }
    >
      <ServerGrid
        ref={grid}
        method="users.list"
        columns={columns}
        params={{ include_inactive: true }}
        onRowDoubleClicked={open}
        onError={showError}
      />
      <Modal
        open={editing !== null}
        width={640}
        title={editing === 'new' ? t('users.new') : t('users.edit', { name: current?.name ?? '' })}
        onCancel={() => setEditing(null)}
        destroyOnHidden
        footer={
          <Space>
            {current ? (
              <>
                <Button onClick={resetPassword}>{t('users.resetPassword')}</Button>
                {current.locked ? (
                  <Button
                    onClick={() =>
                      call('users.unlock', { id: current.id })
                        .then(() => {
                          message.success(t('users.unlocked'));
                          setEditing(null);
                          grid.current?.refresh();
                        })
                        .catch(showError)
                    }
                  >
                    {t('users.unlock')}
                  </Button>
                ) : null}
                {current.id !== me?.id ? (
                  <Button
                    danger={current.active}
                    onClick={() =>
                      call('users.setActive', { id: current.id, active: !current.active })
                        .then(() => {
                          setEditing(null);
                          grid.current?.refresh();
                        })
                        .catch(showError)
                    }
                  >
                    {current.active ? t('common.deactivate') : t('common.activate')}
                  </Button>
                ) : null}
              </>
            ) : null}
            <Button onClick={() => setEditing(null)}>{t('common.cancel')}</Button>
            <Button type="primary" onClick={() => void save()} data-testid="user-save">
              {t('common.save')}
            </Button>
          </Space>
        }
      >
        <Form form={form} layout="vertical" onValuesChange={clearErrorsOnChange(form)}>
          <Row gutter={12}>
            <Col span={12}>
              <Form.Item name="login" label={fl('login')} rules={[{ required: true }]}>
                <Input maxLength={32} autoFocus data-testid="u-login" />
              </Form.Item>
            </Col>
            <Col span={12}>
              <Form.Item name="name" label={fl('name')} rules={[{ required: true }]}>
                <Input maxLength={50} data-testid="u-name" />
              </Form.Item>
            </Col>
            <Col span={24}>
              <Form.Item name="roles" label={fl('roles')} rules={[{ required: true }]}>
                <Checkbox.Group options={ROLES.map((r) => ({ value: r, label: t(`roles.${r}`) }))} />
              </Form.Item>
            </Col>
            <Col span={12}>
              <Form.Item name="manager_id" label={fl('manager_id')}>
                <RemoteSelect method="users.options" />
              </Form.Item>
            </Col>
            <Col span={12}>
              <Form.Item name="region_id" label={fl('region_id')}>
                <RemoteSelect method="regions.options" />
              </Form.Item>
            </Col>
            <Col span={12}>
              <Form.Item name="phone" label={fl('phone')}>
                <Input maxLength={30} />
              </Form.Item>
            </Col>
            <Col span={12}>
              <Form.Item name="email" label={fl('email')}>
                <Input maxLength={100} />
              </Form.Item>
            </Col>
            {editing === 'new' ? (
              <Col span={12}>
                <Form.Item
                  name="password"
                  label={t('users.initialPassword')}
                  extra={t('users.initialPasswordHint')}
                  rules={[{ required: true }]}
                >
                  <Input.Password data-testid="u-password" />
                </Form.Item>
              </Col>
            ) : null}
          </Row>
        </Form>
      </Modal>
    </Page>
  );
}
