import {
  Alert,
  Button,
  Col,
  Descriptions,
  Drawer,
  Form,
  Input,
  Modal,
  Row,
  Select,
  Space,
  Spin,
  Table,
  Tabs,
  Tag,
} from 'antd';
import { useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError, call } from '../../api';
import { bi, fl } from '../../i18n';
import { useSession } from '../../session';
import { useFeedback } from '../../components/feedback';
import { applyFieldErrors, clearErrorsOnChange } from '../../components/formErrors';
import { useFormKeys } from '../../components/keyboard';
import { RemoteSelect } from '../../components/RemoteSelect';
import {
  LEAD_EVENT_LABELS,
  LEAD_SOURCE_LABELS,
  LEAD_SOURCES,
  LEAD_STATUS_LABELS,
  type LeadDetail,
  type LeadDuplicateHit,
  type LeadSource,
} from '../../../../shared/contract/crm';
import { ActivityModal } from './ActivityModal';
import { ActivityTimeline, type TimelineHandle } from './ActivityTimeline';
import { ConvertModal } from './ConvertModal';
import { dateTime, label, openCustomer, optionsOf } from './util';

export const LEAD_STATUS_COLORS: Record<string, string> = {
  open: 'processing',
  pool: 'warning',
  converted: 'success',
  merged: 'default',
  closed: 'default',
};

function DuplicateNotice({ exact, similar }: { exact: LeadDuplicateHit[]; similar: LeadDuplicateHit[] }) {
  const { t } = useTranslation();
  if (!exact.length && !similar.length) return null;
  const list = (hits: LeadDuplicateHit[]) => (
    <ul style={{ margin: '4px 0 0', paddingInlineStart: 18 }}>
      {hits.map((h) => (
        <li key={`${h.type}${h.id}`}>
          {h.type === 'lead' ? t('crm.lead') : t('crm.customer')} {h.name}（{h.code}）— {t('crm.holder')}：
          <b>{h.owner_name ?? t('crm.pool')}</b>
          {h.filed_at ? `，${h.filed_at.slice(0, 10)}` : ''}
        </li>
      ))}
    </ul>
  );
  return (
    <Space
      orientation="vertical"
      style={{ width: '100%', marginBottom: 12 }}
      data-testid="lead-duplicate-notice"
    >
      {exact.length ? (
        <Alert type="error" showIcon title={t('crm.dupExact')} description={list(exact)} />
      ) : null}
      {similar.length ? (
        <Alert type="warning" showIcon title={t('crm.dupSimilar')} description={list(similar)} />
      ) : null}
    </Space>
  );
}

/** A lead: 报备 (file), edit, follow up, convert, give up, and the manager's assign / reclaim. */
export function LeadDrawer({
  id,
  onClose,
  onChanged,
}: {
  id: number | null;
  onClose(): void;
  onChanged(id: number | null): void;
}) {
  const { t } = useTranslation();
  const { can, me } = useSession();
  const { message, modal, showError } = useFeedback();
  const [form] = Form.useForm();
  const [lead, setLead] = useState<LeadDetail | null>(null);
  const [loading, setLoading] = useState(id != null);
  const [saving, setSaving] = useState(false);
  const [dups, setDups] = useState<{ exact: LeadDuplicateHit[]; similar: LeadDuplicateHit[] }>({
    exact: [],
    similar: [],
  });
  const [activity, setActivity] = useState(false);
  const [converting, setConverting] = useState(false);
  const [assigning, setAssigning] = useState(false);
  const [reason, setReason] = useState<{ kind: 'release' | 'close' | 'reclaim' } | null>(null);
  const bodyRef = useRef<HTMLDivElement>(null);
  const timeline = useRef<TimelineHandle>(null);
  const saveRef = useRef<(c: boolean) => Promise<void>>(async () => undefined);

  const show = useCallback(
    (d: LeadDetail) => {
      setLead(d);
      form.setFieldsValue(d);
    },
    [form],
  );
  const reload = useCallback(
    (leadId: number) => call('leads.get', { id: leadId }).then(show).catch(showError),
    [show, showError],
  );

  useEffect(() => {
    if (id == null) {
      form.setFieldsValue({ source: 'phone', owner_id: me?.id });
      return;
    }
    let live = true;
    call('leads.get', { id })
      .then((d) => live && show(d))
      .catch((e) => {
        showError(e);
        onClose();
      })
      .finally(() => live && setLoading(false));
    return () => {
      live = false;
    };
  }, [id, form, me?.id, show, showError, onClose]);

  const checkDuplicates = useCallback(async () => {
    const { company, phone } = form.getFieldsValue(['company', 'phone']) as Record<
      string,
      string | undefined
    >;
    if (!company?.trim() && !phone?.trim()) return setDups({ exact: [], similar: [] });
    try {
      setDups(
        await call('leads.checkDuplicate', {
          company: company?.trim() || undefined,
          phone: phone?.trim() || undefined,
          exclude_id: lead?.id,
        }),
      );
    } catch {
      /* advisory */
    }
  }, [form, lead]);

  const save = useCallback(
    async (confirmSimilar: boolean) => {
      let v: Record<string, unknown>;
      try {
        v = await form.validateFields();
      } catch {
        return;
      }
      setSaving(true);
      try {
        const input = {
          company: String(v.company ?? ''),
          contact_name: (v.contact_name as string) ?? null,
          contact_title: (v.contact_title as string) ?? null,
          phone: (v.phone as string) ?? null,
          email: (v.email as string) ?? null,
          source: v.source as LeadSource,
          requirement: (v.requirement as string) ?? null,
          notes: (v.notes as string) ?? null,
          confirm_similar: confirmSimilar,
        };
        const saved = lead
          ? await call('leads.update', { ...input, id: lead.id, version: lead.version })
          : await call('leads.create', { ...input, owner_id: (v.owner_id as number) ?? undefined });
        message.success(lead ? t('common.saved') : t('crm.leadFiled', { code: saved.code }));
        show(saved);
        setDups({ exact: [], similar: [] });
        onChanged(saved.id);
      } catch (e) {
        if (e instanceof ApiError && e.code === 'DUPLICATE') {
          const d = e.body.details as { kind?: string; hits?: LeadDuplicateHit[] } | undefined;
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
    [form, lead, message, modal, onChanged, show, showError, t],
  );
  useEffect(() => {
    saveRef.current = save;
  }, [save]);
  const onSaveKey = useCallback(() => void save(false), [save]);
  useFormKeys(bodyRef, onSaveKey);

  const act = async (p: Promise<LeadDetail | { count: number }>, done: string) => {
    try {
      await p;
      message.success(done);
      if (lead) await reload(lead.id);
      onChanged(lead?.id ?? null);
    } catch (e) {
      showError(e);
    }
  };

  const editable = !lead || lead.can_edit;
  const manager = can('crm.assign');
  const title = lead ? `${lead.code} ${lead.company}` : t('crm.newLead');

  const formTab = (
    <Form form={form} layout="vertical" onValuesChange={clearErrorsOnChange(form)} disabled={!editable}>
      <DuplicateNotice {...dups} />
      <Row gutter={16}>
        <Col span={16}>
          <Form.Item
            name="company"
            label={fl('company')}
            rules={[{ required: true, message: t('crm.required') }]}
          >
            <Input
              maxLength={200}
              onBlur={checkDuplicates}
              autoFocus={id == null}
              data-testid="lead-company"
            />
          </Form.Item>
        </Col>
        <Col span={8}>
          <Form.Item
            name="source"
            label={fl('source')}
            rules={[{ required: true, message: t('crm.required') }]}
          >
            <Select options={optionsOf(LEAD_SOURCES, LEAD_SOURCE_LABELS)} data-testid="lead-source" />
          </Form.Item>
        </Col>
        <Col span={8}>
          <Form.Item name="contact_name" label={fl('contact_name')}>
            <Input maxLength={50} data-testid="lead-contact" />
          </Form.Item>
        </Col>
        <Col span={8}>
          <Form.Item name="contact_title" label={fl('contact_title')}>
            <Input maxLength={50} />
          </Form.Item>
        </Col>
        <Col span={8}>
          <Form.Item name="phone" label={fl('phone')}>
            <Input maxLength={50} onBlur={checkDuplicates} data-testid="lead-phone" />
          </Form.Item>
        </Col>
        <Col span={12}>
          <Form.Item name="email" label={fl('email')}>
            <Input maxLength={100} />
          </Form.Item>
        </Col>
        {!lead && manager ? (
          <Col span={12}>
            <Form.Item name="owner_id" label={t('crm.leadOwner')}>
              <RemoteSelect method="users.options" allowClear={false} />
            </Form.Item>
          </Col>
        ) : null}
        <Col span={24}>
          <Form.Item name="requirement" label={fl('requirement')}>
            <Input.TextArea rows={3} maxLength={2000} data-testid="lead-requirement" />
          </Form.Item>
        </Col>
        <Col span={24}>
          <Form.Item name="notes" label={fl('notes')}>
            <Input.TextArea rows={2} maxLength={2000} />
          </Form.Item>
        </Col>
      </Row>
      {lead ? (
        <Descriptions size="small" column={2} bordered>
          <Descriptions.Item label={t('crm.leadOwner')}>{lead.owner_name ?? t('crm.pool')}</Descriptions.Item>
          <Descriptions.Item label={t('crm.filed')}>
            {lead.filed_by_name} · {dateTime(lead.filed_at)}
          </Descriptions.Item>
          <Descriptions.Item label={t('crm.lastFollowup')}>
            {dateTime(lead.last_followup_at) || '—'}
          </Descriptions.Item>
          <Descriptions.Item label={fl('next_followup_on')}>{lead.next_followup_on ?? '—'}</Descriptions.Item>
          {lead.customer_id ? (
            <Descriptions.Item label={t('crm.customer')} span={2}>
              <a onClick={() => openCustomer(lead.customer_id!)}>{lead.customer_name}</a>
            </Descriptions.Item>
          ) : null}
          {lead.pool_reason ? (
            <Descriptions.Item label={t('crm.poolReason')} span={2}>
              {lead.pool_reason}
              {lead.previous_owner_name ? `（${t('crm.previousOwner')}：${lead.previous_owner_name}）` : ''}
            </Descriptions.Item>
          ) : null}
          {lead.closed_reason ? (
            <Descriptions.Item label={fl('reason')} span={2}>
              {lead.closed_reason}
            </Descriptions.Item>
          ) : null}
        </Descriptions>
      ) : null}
    </Form>
  );

  const footer = (
    <Space style={{ width: '100%', justifyContent: 'space-between' }} wrap>
      <Space wrap>
        {lead?.status === 'pool' && can('crm.pool') ? (
          <Button
            type="primary"
            onClick={() => void act(call('leads.claim', { id: lead.id }), t('crm.claimed'))}
            data-testid="lead-claim"
          >
            {t('crm.claim')}
          </Button>
        ) : null}
        {lead?.can_edit ? (
          <>
            <Button onClick={() => setActivity(true)} data-testid="lead-followup">
              {t('crm.logActivity')}
            </Button>
            <Button type="primary" ghost onClick={() => setConverting(true)} data-testid="lead-convert">
              {t('crm.convert')}
            </Button>
            <Button onClick={() => setReason({ kind: 'release' })}>{t('crm.release')}</Button>
            <Button danger onClick={() => setReason({ kind: 'close' })}>
              {t('crm.closeLead')}
            </Button>
          </>
        ) : null}
        {lead && manager && (lead.status === 'open' || lead.status === 'pool') ? (
          <Button onClick={() => setAssigning(true)} data-testid="lead-assign">
            {t('crm.assign')}
          </Button>
        ) : null}
        {lead && manager && lead.status === 'open' ? (
          <Button danger onClick={() => setReason({ kind: 'reclaim' })} data-testid="lead-reclaim">
            {t('crm.reclaim')}
          </Button>
        ) : null}
      </Space>
      <Space>
        <Button onClick={onClose}>{t('common.close')}</Button>
        {editable ? (
          <Button type="primary" loading={saving} onClick={() => void save(false)} data-testid="lead-save">
            {t('common.saveShortcut')}
          </Button>
        ) : null}
      </Space>
    </Space>
  );

  return (
    <Drawer
      open
      size={840}
      onClose={onClose}
      destroyOnHidden
      title={
        <Space>
          {title}
          {lead ? (
            <Tag color={LEAD_STATUS_COLORS[lead.status]}>{label(LEAD_STATUS_LABELS, lead.status)}</Tag>
          ) : null}
          {lead?.status === 'open' && lead.reclaim_on ? (
            <Tag color={lead.idle_days != null && lead.idle_days >= 10 ? 'error' : 'default'}>
              {t('crm.reclaimOn', { date: lead.reclaim_on })}
            </Tag>
          ) : null}
        </Space>
      }
      footer={footer}
    >
      <div ref={bodyRef} data-testid="lead-drawer">
        <Spin spinning={loading}>
          <Tabs
            items={[
              { key: 'basic', label: t('crm.basic'), children: formTab },
              {
                key: 'activities',
                label: t('crm.followups'),
                disabled: !lead,
                children: lead ? <ActivityTimeline ref={timeline} lead_id={lead.id} /> : null,
              },
              {
                key: 'events',
                label: t('crm.events'),
                disabled: !lead,
                children: lead ? (
                  <Table
                    size="small"
                    rowKey="id"
                    pagination={false}
                    dataSource={lead.events}
                    columns={[
                      { title: t('crm.when'), dataIndex: 'at', width: 140, render: dateTime },
                      {
                        title: t('crm.event'),
                        dataIndex: 'kind',
                        width: 110,
                        render: (v: string) => label(LEAD_EVENT_LABELS, v),
                      },
                      {
                        title: t('crm.by'),
                        dataIndex: 'user_name',
                        width: 90,
                        render: (v: string | null) => v ?? t('crm.system'),
                      },
                      {
                        title: t('crm.fromTo'),
                        width: 140,
                        render: (_v, r) =>
                          r.from_user_name || r.to_user_name
                            ? `${r.from_user_name ?? t('crm.pool')} → ${r.to_user_name ?? t('crm.pool')}`
                            : '',
                      },
                      { title: fl('note'), dataIndex: 'note' },
                    ]}
                  />
                ) : null,
              },
            ]}
          />
        </Spin>
      </div>
      {activity && lead ? (
        <ActivityModal
          target={{ lead_id: lead.id, name: lead.company }}
          onClose={() => setActivity(false)}
          onSaved={() => {
            setActivity(false);
            void reload(lead.id);
            timeline.current?.reload();
            onChanged(lead.id);
          }}
        />
      ) : null}
      {converting && lead ? (
        <ConvertModal
          lead={lead}
          onClose={() => setConverting(false)}
          onDone={(r) => {
            setConverting(false);
            onChanged(lead.id);
            onClose();
            openCustomer(r.customer_id);
          }}
        />
      ) : null}
      {assigning && lead ? (
        <AssignModal
          onClose={() => setAssigning(false)}
          onOk={(owner, note) => {
            setAssigning(false);
            void act(call('leads.assign', { ids: [lead.id], owner_id: owner, note }), t('crm.assigned'));
          }}
        />
      ) : null}
      {reason && lead ? (
        <ReasonModal
          title={
            reason.kind === 'release'
              ? t('crm.release')
              : reason.kind === 'close'
                ? t('crm.closeLead')
                : t('crm.reclaim')
          }
          onClose={() => setReason(null)}
          onOk={(text) => {
            const k = reason.kind;
            setReason(null);
            if (k === 'release')
              void act(call('leads.release', { id: lead.id, reason: text }), t('crm.released'));
            else if (k === 'close')
              void act(call('leads.close', { id: lead.id, reason: text }), t('crm.closedLead'));
            else void act(call('leads.reclaim', { ids: [lead.id], reason: text }), t('crm.reclaimed'));
          }}
        />
      ) : null}
    </Drawer>
  );
}

/** Asks for a reason (required). */
export function ReasonModal({
  title,
  onClose,
  onOk,
}: {
  title: string;
  onClose(): void;
  onOk(text: string): void;
}) {
  const { t } = useTranslation();
  const [text, setText] = useState('');
  return (
    <Modal
      open
      title={title}
      onCancel={onClose}
      onOk={() => text.trim() && onOk(text.trim())}
      okButtonProps={{ disabled: !text.trim(), 'data-testid': 'reason-ok' } as never}
      destroyOnHidden
    >
      <Input.TextArea
        autoFocus
        rows={3}
        maxLength={200}
        placeholder={t('crm.reasonPlaceholder')}
        value={text}
        onChange={(e) => setText(e.target.value)}
        data-testid="reason-text"
      />
    </Modal>
  );
}

function AssignModal({ onClose, onOk }: { onClose(): void; onOk(owner: number, note: string | null): void }) {
  const { t } = useTranslation();
  const [owner, setOwner] = useState<number | undefined>();
  const [note, setNote] = useState('');
  return (
    <Modal
      open
      title={t('crm.assign')}
      onCancel={onClose}
      onOk={() => owner && onOk(owner, note.trim() || null)}
      okButtonProps={{ disabled: !owner, 'data-testid': 'assign-ok' } as never}
      destroyOnHidden
    >
      <Space orientation="vertical" style={{ width: '100%' }}>
        <RemoteSelect
          method="users.options"
          value={owner}
          onChange={(v) => setOwner(v as number)}
          style={{ width: '100%' }}
          placeholder={t('crm.assignTo')}
          data-testid="assign-user"
        />
        <Input
          placeholder={fl('note')}
          maxLength={200}
          value={note}
          onChange={(e) => setNote(e.target.value)}
        />
      </Space>
    </Modal>
  );
}
