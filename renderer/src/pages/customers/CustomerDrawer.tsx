import {
  Alert,
  Button,
  Col,
  DatePicker,
  Descriptions,
  Divider,
  Drawer,
  Form,
  Input,
  InputNumber,
  Modal,
  Radio,
  Row,
  Select,
  Space,
  Spin,
  Switch,
  Table,
  Tabs,
  Tag,
  Typography,
} from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import dayjs from 'dayjs';
import { useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError, call } from '../../api';
import { bi, fl } from '../../i18n';
import { useSession } from '../../session';
import { useFeedback } from '../../components/feedback';
import { applyFieldErrors, clearErrorsOnChange } from '../../components/formErrors';
import { useFormKeys } from '../../components/keyboard';
import { MoneyInput } from '../../components/MoneyInput';
import { RemoteSelect } from '../../components/RemoteSelect';
import { navigate } from '../../router';
import {
  CUSTOMER_GRADE_LABELS,
  CUSTOMER_GRADES,
  CUSTOMER_SOURCE_LABELS,
  CUSTOMER_SOURCES,
  CUSTOMER_TYPE_LABELS,
  CUSTOMER_TYPES,
  type ContactRow,
  type CustomerDetail,
  type DuplicateHit,
} from '../../../../shared/contract/customers';

interface Props {
  id: number | null;
  onClose(): void;
  onSaved(id: number): void;
}

type FormValues = Record<string, unknown>;

function DuplicateNotice({ exact, similar }: { exact: DuplicateHit[]; similar: DuplicateHit[] }) {
  const { t } = useTranslation();
  if (exact.length === 0 && similar.length === 0) return null;
  const list = (hits: DuplicateHit[]) => (
    <ul style={{ margin: '4px 0 0', paddingInlineStart: 18 }}>
      {hits.map((h) => (
        <li key={h.id}>
          {h.legal_name}（{h.code}）— {t('customers.owner')}：<b>{h.owner_name}</b>
        </li>
      ))}
    </ul>
  );
  return (
    <Space orientation="vertical" style={{ width: '100%', marginBottom: 12 }} data-testid="duplicate-notice">
      {exact.length ? (
        <Alert
          type="error"
          showIcon
          title={t('customers.duplicateExact')}
          description={
            <>
              {list(exact)}
              <div style={{ marginTop: 4 }}>{t('customers.askOwner')}</div>
            </>
          }
        />
      ) : null}
      {similar.length ? (
        <Alert type="warning" showIcon title={t('customers.duplicateSimilar')} description={list(similar)} />
      ) : null}
    </Space>
  );
}

export function CustomerDrawer({ id, onClose, onSaved }: Props) {
  const { t } = useTranslation();
  const { can, me } = useSession();
  const { message, modal, showError } = useFeedback();
  const [form] = Form.useForm<FormValues>();
  const [detail, setDetail] = useState<CustomerDetail | null>(null);
  const [loading, setLoading] = useState(id != null);
  const [saving, setSaving] = useState(false);
  const [dups, setDups] = useState<{ exact: DuplicateHit[]; similar: DuplicateHit[] }>({
    exact: [],
    similar: [],
  });
  const bodyRef = useRef<HTMLDivElement>(null);
  const saveRef = useRef<(confirmSimilar: boolean) => Promise<void>>(async () => undefined);
  const canWrite = can('customers.write');
  const canCredit = can('customers.credit');
  const creditOnly = !canWrite && canCredit;

  const fill = useCallback(
    (d: CustomerDetail) => {
      setDetail(d);
      form.setFieldsValue({ ...d, co_owner_ids: d.co_owners.map((u) => u.id) });
    },
    [form],
  );

  /** Re-reads the customer (after a contact changed). */
  const load = useCallback(() => {
    if (id == null) return;
    call('customers.get', { id }).then(fill).catch(showError);
  }, [id, fill, showError]);

  useEffect(() => {
    if (id == null) {
      form.setFieldsValue({
        customer_type: 'cash',
        grade: 'general',
        owner_id: me?.id,
        tags: [],
        co_owner_ids: [],
        credit_limit: 0,
        credit_days: 0,
        bad_record: false,
      });
      return;
    }
    let live = true;
    call('customers.get', { id })
      .then((d) => live && fill(d))
      .catch((e) => {
        showError(e);
        onClose();
      })
      .finally(() => live && setLoading(false));
    return () => {
      live = false;
    };
  }, [id, form, me?.id, fill, showError, onClose]);

  const checkDuplicates = useCallback(async () => {
    const { legal_name, credit_code } = form.getFieldsValue(['legal_name', 'credit_code']) as Record<
      string,
      string | undefined
    >;
    if (!legal_name?.trim() && !credit_code?.trim()) return setDups({ exact: [], similar: [] });
    try {
      setDups(
        await call('customers.checkDuplicate', {
          legal_name: legal_name?.trim() || undefined,
          credit_code: credit_code?.trim() || undefined,
          exclude_id: id ?? undefined,
        }),
      );
    } catch {
      /* the check is advisory; saving checks again */
    }
  }, [form, id]);

  const save = useCallback(
    async (confirmSimilar = false) => {
      let values: FormValues;
      try {
        values = await form.validateFields();
      } catch {
        return;
      }
      setSaving(true);
      try {
        const { credit_limit, credit_days, bad_record } = values as {
          credit_limit: number;
          credit_days: number;
          bad_record: boolean;
        };
        let saved: CustomerDetail;
        if (creditOnly && detail) {
          saved = await call('customers.setCredit', {
            id: detail.id,
            version: detail.version,
            credit_limit,
            credit_days,
            bad_record,
          });
        } else {
          const input = {
            legal_name: values.legal_name as string,
            short_name: (values.short_name as string) ?? null,
            credit_code: (values.credit_code as string) ?? null,
            address: (values.address as string) ?? null,
            phone: (values.phone as string) ?? null,
            bank_name: (values.bank_name as string) ?? null,
            bank_account: (values.bank_account as string) ?? null,
            customer_type: values.customer_type as 'cash',
            grade: values.grade as 'general',
            region_id: (values.region_id as number) ?? null,
            source: (values.source as 'web') ?? null,
            tags: (values.tags as string[]) ?? [],
            owner_id: (values.owner_id as number) ?? undefined,
            co_owner_ids: (values.co_owner_ids as number[]) ?? [],
            credit_limit: credit_limit ?? 0,
            credit_days: credit_days ?? 0,
            bad_record: bad_record ?? false,
            notes: (values.notes as string) ?? null,
            confirm_similar: confirmSimilar,
          };
          saved = detail
            ? await call('customers.update', { ...input, id: detail.id, version: detail.version })
            : await call('customers.create', input);
        }
        message.success(t('common.saved'));
        setDetail(saved);
        form.setFieldsValue({ ...saved, co_owner_ids: saved.co_owners.map((u) => u.id) });
        setDups({ exact: [], similar: [] });
        onSaved(saved.id);
      } catch (e) {
        if (e instanceof ApiError && e.code === 'DUPLICATE') {
          const d = e.body.details as { kind?: string; hits?: DuplicateHit[] } | undefined;
          if (d?.kind === 'similar') {
            setDups({ exact: [], similar: d.hits ?? [] });
            modal.confirm({
              title: t('customers.confirmSimilarTitle'),
              content: bi(e.body),
              okText: t('customers.confirmSimilarOk'),
              cancelText: t('common.cancel'),
              onOk: () => saveRef.current(true),
            });
            return;
          }
          if (d?.kind === 'exact') setDups({ exact: d.hits ?? [], similar: [] });
        }
        if (!applyFieldErrors(form, e)) showError(e);
      } finally {
        setSaving(false);
      }
    },
    [form, creditOnly, detail, message, modal, onSaved, showError, t],
  );

  useEffect(() => {
    saveRef.current = save;
  }, [save]);
  const onSaveKey = useCallback(() => void save(false), [save]);
  useFormKeys(bodyRef, onSaveKey);

  const toggleActive = () => {
    if (!detail) return;
    if (detail.active) {
      let reason = '';
      modal.confirm({
        title: t('common.deactivate'),
        content: (
          <Space orientation="vertical" style={{ width: '100%' }}>
            <span>{t('customers.deactivateConfirm', { name: detail.legal_name })}</span>
            <Input placeholder={t('common.reason')} onChange={(e) => (reason = e.target.value)} />
          </Space>
        ),
        onOk: async () => {
          try {
            const d = await call('customers.setActive', { id: detail.id, active: false, reason });
            setDetail(d);
            form.setFieldsValue(d);
            onSaved(d.id);
          } catch (e) {
            showError(e);
          }
        },
      });
    } else {
      call('customers.setActive', { id: detail.id, active: true })
        .then((d) => {
          setDetail(d);
          form.setFieldsValue(d);
          onSaved(d.id);
        })
        .catch(showError);
    }
  };

  const readOnly = !canWrite;
  const title = detail ? t('customers.edit', { name: detail.legal_name }) : t('customers.new');

  const formTab = (
    <Form
      form={form}
      layout="vertical"
      onValuesChange={clearErrorsOnChange(form)}
      disabled={readOnly && !creditOnly}
      data-testid="customer-form"
    >
      <DuplicateNotice {...dups} />
      <Row gutter={16}>
        <Col span={16}>
          <Form.Item
            name="legal_name"
            label={fl('legal_name')}
            rules={[{ required: true, message: '必填 / required' }]}
          >
            <Input
              disabled={readOnly}
              onBlur={checkDuplicates}
              maxLength={200}
              autoFocus={id == null}
              data-testid="f-legal_name"
            />
          </Form.Item>
        </Col>
        <Col span={8}>
          <Form.Item name="short_name" label={fl('short_name')}>
            <Input disabled={readOnly} maxLength={50} data-testid="f-short_name" />
          </Form.Item>
        </Col>
        <Col span={12}>
          <Form.Item name="credit_code" label={fl('credit_code')}>
            <Input
              disabled={readOnly}
              onBlur={checkDuplicates}
              maxLength={20}
              placeholder="18 位"
              data-testid="f-credit_code"
            />
          </Form.Item>
        </Col>
        <Col span={6}>
          <Form.Item name="customer_type" label={fl('customer_type')}>
            <Radio.Group
              disabled={readOnly}
              optionType="button"
              options={CUSTOMER_TYPES.map((v) => ({ value: v, label: bi(CUSTOMER_TYPE_LABELS[v]) }))}
            />
          </Form.Item>
        </Col>
        <Col span={6}>
          <Form.Item name="grade" label={fl('grade')}>
            <Select
              disabled={readOnly}
              options={CUSTOMER_GRADES.map((v) => ({ value: v, label: bi(CUSTOMER_GRADE_LABELS[v]) }))}
            />
          </Form.Item>
        </Col>
        <Col span={8}>
          <Form.Item name="region_id" label={fl('region_id')}>
            <RemoteSelect method="regions.options" disabled={readOnly} />
          </Form.Item>
        </Col>
        <Col span={8}>
          <Form.Item name="source" label={fl('source')}>
            <Select
              allowClear
              disabled={readOnly}
              options={CUSTOMER_SOURCES.map((v) => ({ value: v, label: bi(CUSTOMER_SOURCE_LABELS[v]) }))}
            />
          </Form.Item>
        </Col>
        <Col span={8}>
          <Form.Item name="tags" label={fl('tags')}>
            <Select
              mode="tags"
              disabled={readOnly}
              tokenSeparators={[',', '，']}
              open={false}
              suffixIcon={null}
            />
          </Form.Item>
        </Col>
      </Row>
      <Divider titlePlacement="start" plain>
        {t('customers.contactInfo')}
      </Divider>
      <Row gutter={16}>
        <Col span={8}>
          <Form.Item name="phone" label={fl('phone')}>
            <Input disabled={readOnly} maxLength={50} data-testid="f-phone" />
          </Form.Item>
        </Col>
        <Col span={16}>
          <Form.Item name="address" label={fl('address')}>
            <Input disabled={readOnly} maxLength={200} />
          </Form.Item>
        </Col>
        <Col span={12}>
          <Form.Item name="bank_name" label={fl('bank_name')}>
            <Input disabled={readOnly} maxLength={100} />
          </Form.Item>
        </Col>
        <Col span={12}>
          <Form.Item name="bank_account" label={fl('bank_account')}>
            <Input disabled={readOnly} maxLength={50} />
          </Form.Item>
        </Col>
      </Row>
      <Divider titlePlacement="start" plain>
        {t('customers.ownership')}
      </Divider>
      <Row gutter={16}>
        <Col span={8}>
          <Form.Item name="owner_id" label={fl('owner_id')}>
            <RemoteSelect method="users.options" disabled={readOnly} allowClear={false} />
          </Form.Item>
        </Col>
        <Col span={16}>
          <Form.Item name="co_owner_ids" label={fl('co_owner_ids')}>
            <RemoteSelect method="users.options" mode="multiple" disabled={readOnly} />
          </Form.Item>
        </Col>
      </Row>
      <Divider titlePlacement="start" plain>
        {t('customers.credit')}
        {!canCredit ? (
          <Typography.Text type="secondary" style={{ fontSize: 12, marginLeft: 8 }}>
            {t('customers.creditReadonly')}
          </Typography.Text>
        ) : null}
      </Divider>
      <Row gutter={16}>
        <Col span={8}>
          <Form.Item name="credit_limit" label={fl('credit_limit')}>
            <MoneyInput disabled={!canCredit} data-testid="f-credit_limit" />
          </Form.Item>
        </Col>
        <Col span={8}>
          <Form.Item name="credit_days" label={fl('credit_days')}>
            <InputNumber
              disabled={!canCredit}
              min={0}
              max={3650}
              precision={0}
              style={{ width: '100%' }}
              suffix={t('common.days')}
            />
          </Form.Item>
        </Col>
        <Col span={8}>
          <Form.Item name="bad_record" label={fl('bad_record')} valuePropName="checked">
            <Switch disabled={!canCredit} />
          </Form.Item>
        </Col>
      </Row>
      <Form.Item name="notes" label={fl('notes')}>
        <Input.TextArea disabled={readOnly} rows={3} maxLength={2000} />
      </Form.Item>
      {detail ? (
        <Descriptions size="small" column={2}>
          <Descriptions.Item label={fl('code')}>{detail.code}</Descriptions.Item>
          <Descriptions.Item label={t('customers.createdBy')}>
            {detail.created_by_name ?? '—'}
          </Descriptions.Item>
        </Descriptions>
      ) : null}
    </Form>
  );

  return (
    <Drawer
      open
      title={
        <Space>
          {title}
          {detail && !detail.active ? <Tag>{t('common.inactive')}</Tag> : null}
        </Space>
      }
      size={820}
      onClose={onClose}
      destroyOnHidden
      footer={
        <Space style={{ width: '100%', justifyContent: 'space-between' }}>
          <span>
            {detail && can('customers.manage') ? (
              <Button danger={detail.active} onClick={toggleActive} data-testid="customer-toggle-active">
                {detail.active ? t('common.deactivate') : t('common.activate')}
              </Button>
            ) : null}
          </span>
          <Space>
            {/* ---- crm: the customer's 360 view */}
            {detail ? (
              <Button onClick={() => navigate(`/crm/customer?id=${detail.id}`)} data-testid="customer-360">
                {t('crm.customer360')}
              </Button>
            ) : null}
            <Button onClick={onClose}>{t('common.close')}</Button>
            {canWrite || creditOnly ? (
              <Button
                type="primary"
                loading={saving}
                onClick={() => void save(false)}
                data-testid="customer-save"
              >
                {t('common.saveShortcut')}
              </Button>
            ) : null}
          </Space>
        </Space>
      }
    >
      <div ref={bodyRef}>
        <Spin spinning={loading}>
          <Tabs
            items={[
              { key: 'basic', label: t('customers.basic'), children: formTab },
              {
                key: 'contacts',
                label: `${t('customers.contacts')}${detail ? ` (${detail.contacts.filter((c) => c.active).length})` : ''}`,
                disabled: !detail,
                children: detail ? (
                  <ContactsTab customer={detail} onChanged={load} readOnly={!canWrite} />
                ) : null,
              },
            ]}
          />
        </Spin>
      </div>
    </Drawer>
  );
}

function ContactsTab({
  customer,
  onChanged,
  readOnly,
}: {
  customer: CustomerDetail;
  onChanged(): void;
  readOnly: boolean;
}) {
  const { t } = useTranslation();
  const { showError } = useFeedback();
  const [editing, setEditing] = useState<ContactRow | 'new' | null>(null);
  const [form] = Form.useForm();

  const open = (c: ContactRow | 'new') => {
    setEditing(c);
    form.resetFields();
    if (c !== 'new') form.setFieldsValue({ ...c, birthday: c.birthday ? dayjs(c.birthday) : null });
  };

  const submit = async () => {
    const v = await form.validateFields();
    try {
      await call('contacts.save', {
        id: editing !== 'new' && editing ? editing.id : undefined,
        version: editing !== 'new' && editing ? editing.version : undefined,
        customer_id: customer.id,
        name: v.name,
        title: v.title ?? null,
        mobile: v.mobile ?? null,
        phone: v.phone ?? null,
        email: v.email ?? null,
        birthday: v.birthday ? dayjs(v.birthday).format('YYYY-MM-DD') : null,
        is_primary: Boolean(v.is_primary),
        notes: v.notes ?? null,
      });
      setEditing(null);
      onChanged();
    } catch (e) {
      if (!applyFieldErrors(form, e)) showError(e);
    }
  };

  return (
    <>
      {!readOnly ? (
        <Button
          icon={<PlusOutlined />}
          onClick={() => open('new')}
          style={{ marginBottom: 12 }}
          data-testid="contact-add"
        >
          {t('customers.addContact')}
        </Button>
      ) : null}
      <Table<ContactRow>
        size="small"
        rowKey="id"
        pagination={false}
        dataSource={customer.contacts}
        locale={{ emptyText: t('customers.noContacts') }}
        onRow={(r) => ({ onDoubleClick: () => !readOnly && open(r) })}
        columns={[
          {
            title: fl('name'),
            dataIndex: 'name',
            render: (v, r) => (
              <Space>
                {v}
                {r.is_primary ? <Tag color="blue">{fl('is_primary')}</Tag> : null}
                {!r.active ? <Tag>{t('common.inactive')}</Tag> : null}
              </Space>
            ),
          },
          { title: fl('title'), dataIndex: 'title' },
          { title: fl('mobile'), dataIndex: 'mobile' },
          { title: fl('phone'), dataIndex: 'phone' },
          { title: fl('email'), dataIndex: 'email' },
          { title: fl('birthday'), dataIndex: 'birthday' },
          {
            title: t('common.actions'),
            width: 120,
            render: (_v, r) =>
              readOnly ? null : (
                <Space size={4}>
                  <Button size="small" type="link" onClick={() => open(r)}>
                    {t('common.edit')}
                  </Button>
                  <Button
                    size="small"
                    type="link"
                    danger={r.active}
                    onClick={() =>
                      call('contacts.setActive', { id: r.id, active: !r.active })
                        .then(onChanged)
                        .catch(showError)
                    }
                  >
                    {r.active ? t('common.deactivate') : t('common.activate')}
                  </Button>
                </Space>
              ),
          },
        ]}
      />
      <Modal
        open={editing !== null}
        title={editing === 'new' ? t('customers.addContact') : t('customers.editContact')}
        onCancel={() => setEditing(null)}
        onOk={() => void submit()}
        okText={t('common.save')}
        destroyOnHidden
      >
        <Form form={form} layout="vertical" onValuesChange={clearErrorsOnChange(form)}>
          <Row gutter={12}>
            <Col span={12}>
              <Form.Item name="name" label={fl('name')} rules={[{ required: true }]}>
                <Input maxLength={50} autoFocus data-testid="contact-name" />
              </Form.Item>
            </Col>
            <Col span={12}>
              <Form.Item name="title" label={fl('title')}>
                <Input maxLength={50} />
              </Form.Item>
            </Col>
            <Col span={12}>
              <Form.Item name="mobile" label={fl('mobile')}>
                <Input maxLength={30} data-testid="contact-mobile" />
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
            <Col span={12}>
              <Form.Item name="birthday" label={fl('birthday')}>
                <DatePicker style={{ width: '100%' }} />
              </Form.Item>
            </Col>
            <Col span={24}>
              <Form.Item name="is_primary" valuePropName="checked" label={fl('is_primary')}>
                <Switch />
              </Form.Item>
            </Col>
            <Col span={24}>
              <Form.Item name="notes" label={fl('notes')}>
                <Input.TextArea rows={2} maxLength={500} />
              </Form.Item>
            </Col>
          </Row>
        </Form>
      </Modal>
    </>
  );
}
