import { Button, Form, Input, Modal, Space, Tag } from 'antd';
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
import type { WarehouseRow } from '../../../../shared/contract/warehouses';

export function WarehousesPage() {
  const { t } = useTranslation();
  const { can } = useSession();
  const { message, showError } = useFeedback();
  const grid = useRef<ServerGridHandle>(null);
  const [editing, setEditing] = useState<WarehouseRow | 'new' | null>(null);
  const [form] = Form.useForm();
  const writable = can('warehouses.write');

  const columns = useMemo<GridColDef<WarehouseRow>[]>(
    () => [
      { field: 'code', headerName: fl('code'), width: 120 },
      { field: 'name', headerName: fl('name'), flex: 1 },
      { field: 'address', headerName: fl('address'), flex: 2 },
      { field: 'keeper_name', headerName: fl('keeper_id'), width: 120 },
      {
        field: 'active',
        headerName: t('common.status'),
        width: 90,
        filter: false,
        cellRenderer: (p: { value?: boolean }) =>
          p.value === false ? <Tag>{t('common.inactive')}</Tag> : null,
      },
    ],
    [t],
  );

  const open = (w: WarehouseRow | 'new') => {
    if (!writable) return;
    setEditing(w);
    form.resetFields();
    if (w !== 'new') form.setFieldsValue(w);
  };

  const save = async () => {
    const v = await form.validateFields();
    try {
      await call('warehouses.save', {
        id: editing !== 'new' && editing ? editing.id : undefined,
        version: editing !== 'new' && editing ? editing.version : undefined,
        code: v.code,
        name: v.name,
        address: v.address ?? null,
        keeper_id: v.keeper_id ?? null,
      });
      message.success(t('common.saved'));
      setEditing(null);
      grid.current?.refresh();
    } catch (e) {
      if (!applyFieldErrors(form, e)) showError(e);
    }
  };

  return (
    <Page
      title={t('warehouses.title')}
      extra={
        writable ? (
          <Button type="primary" icon={<PlusOutlined />} onClick={() => open('new')}>
            {t('warehouses.new')}
          </Button>
        ) : null
      }
    >
      <ServerGrid
        ref={grid}
        method="warehouses.list"
        columns={columns}
        params={{ include_inactive: true }}
        onRowDoubleClicked={open}
        onError={showError}
      />
      <Modal
        open={editing !== null}
        title={
          editing === 'new' || !editing ? t('warehouses.new') : t('warehouses.edit', { name: editing.name })
        }
        onCancel={() => setEditing(null)}
        destroyOnHidden
        footer={
          <Space>
            {editing && editing !== 'new' ? (
              <Button
                danger={editing.active}
                onClick={() =>
                  call('warehouses.setActive', { id: editing.id, active: !editing.active })
                    .then(() => {
                      setEditing(null);
                      grid.current?.refresh();
                    })
                    .catch(showError)
                }
              >
                {editing.active ? t('common.deactivate') : t('common.activate')}
              </Button>
            ) : null}
            <Button onClick={() => setEditing(null)}>{t('common.cancel')}</Button>
            <Button type="primary" onClick={() => void save()}>
              {t('common.save')}
            </Button>
          </Space>
        }
      >
        <Form form={form} layout="vertical" onValuesChange={clearErrorsOnChange(form)}>
          <Form.Item name="code" label={fl('code')} rules={[{ required: true }]}>
            <Input maxLength={20} autoFocus />
          </Form.Item>
          <Form.Item name="name" label={fl('name')} rules={[{ required: true }]}>
            <Input maxLength={50} />
          </Form.Item>
          <Form.Item name="address" label={fl('address')}>
            <Input maxLength={200} />
          </Form.Item>
          <Form.Item name="keeper_id" label={fl('keeper_id')}>
            <RemoteSelect method="users.options" />
          </Form.Item>
        </Form>
      </Modal>
    </Page>
  );
}
