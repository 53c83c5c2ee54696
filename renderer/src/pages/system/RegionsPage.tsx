import { Button, Form, Input, Modal, Select, Switch, Table, Tag } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { call } from '../../api';
import { fl } from '../../i18n';
import { Page } from '../../components/Page';
import { useFeedback } from '../../components/feedback';
import { applyFieldErrors, clearErrorsOnChange } from '../../components/formErrors';
import type { RegionRow } from '../../../../shared/contract/regions';

/** Regions are a short master list: a plain table is right here. */
export function RegionsPage() {
  const { t } = useTranslation();
  const { message, showError } = useFeedback();
  const [rows, setRows] = useState<RegionRow[]>([]);
  const [editing, setEditing] = useState<RegionRow | 'new' | null>(null);
  const [form] = Form.useForm();

  const load = useCallback(() => {
    call('regions.all', {}).then(setRows).catch(showError);
  }, [showError]);
  useEffect(load, [load]);

  const open = (r: RegionRow | 'new') => {
    setEditing(r);
    form.resetFields();
    form.setFieldsValue(r === 'new' ? { active: true } : r);
  };
  const save = async () => {
    const v = await form.validateFields();
    try {
      await call('regions.save', {
        id: editing !== 'new' && editing ? editing.id : undefined,
        version: editing !== 'new' && editing ? editing.version : undefined,
        code: v.code,
        name: v.name,
        parent_id: v.parent_id ?? null,
        active: v.active ?? true,
      });
      message.success(t('common.saved'));
      setEditing(null);
      load();
    } catch (e) {
      if (!applyFieldErrors(form, e)) showError(e);
    }
  };
  const name = (id: number | null) => rows.find((r) => r.id === id)?.name ?? '';

  return (
    <Page
      title={t('regions.title')}
      extra={
        <Button type="primary" icon={<PlusOutlined />} onClick={() => open('new')}>
          {t('regions.new')}
        </Button>
      }
    >
      <div style={{ height: '100%', overflow: 'auto', background: '#fff', borderRadius: 6 }}>
        <Table<RegionRow>
          size="small"
          rowKey="id"
          dataSource={rows}
          pagination={false}
          onRow={(r) => ({ onDoubleClick: () => open(r) })}
          columns={[
            { title: fl('code'), dataIndex: 'code', width: 120 },
            { title: fl('name'), dataIndex: 'name' },
            { title: fl('parent_id'), dataIndex: 'parent_id', render: (v) => name(v) },
            {
              title: t('common.status'),
              dataIndex: 'active',
              width: 90,
              render: (v) => (v ? null : <Tag>{t('common.inactive')}</Tag>),
            },
            {
              title: t('common.actions'),
              width: 80,
              render: (_v, r) => (
                <Button type="link" size="small" onClick={() => open(r)}>
                  {t('common.edit')}
                </Button>
              ),
            },
          ]}
        />
      </div>
      <Modal
        open={editing !== null}
        title={t('regions.new')}
        onCancel={() => setEditing(null)}
        onOk={() => void save()}
        destroyOnHidden
      >
        <Form form={form} layout="vertical" onValuesChange={clearErrorsOnChange(form)}>
          <Form.Item name="code" label={fl('code')} rules={[{ required: true }]}>
            <Input maxLength={20} autoFocus />
          </Form.Item>
          <Form.Item name="name" label={fl('name')} rules={[{ required: true }]}>
            <Input maxLength={50} />
          </Form.Item>
          <Form.Item name="parent_id" label={fl('parent_id')}>
            <Select
              allowClear
              options={rows
                .filter((r) => editing === 'new' || r.id !== editing?.id)
                .map((r) => ({ value: r.id, label: r.name }))}
            />
          </Form.Item>
          <Form.Item name="active" label={fl('active')} valuePropName="checked">
            <Switch />
          </Form.Item>
        </Form>
      </Modal>
    </Page>
  );
}
