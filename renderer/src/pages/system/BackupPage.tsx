import {
  Alert,
  Button,
  Card,
  Checkbox,
  Descriptions,
  Form,
  Input,
  Modal,
  Space,
  Switch,
  Table,
  Tag,
  Tooltip,
  Typography,
} from 'antd';
import { CloudUploadOutlined, DeleteOutlined, ReloadOutlined, RollbackOutlined } from '@ant-design/icons';
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { call } from '../../api';
import { fl } from '../../i18n';
import { Page } from '../../components/Page';
import { useFeedback } from '../../components/feedback';
import { applyFieldErrors, clearErrorsOnChange } from '../../components/formErrors';
import { useSession } from '../../session';
import type { BackupFile, BackupStatus } from '../../../../shared/contract/backup';

const fmtTime = (iso: string) => new Date(iso).toLocaleString('zh-CN', { hour12: false });
const fmtSize = (n: number) =>
  n >= 1024 * 1024 ? `${(n / 1024 / 1024).toFixed(1)} MB` : `${Math.max(1, Math.round(n / 1024))} KB`;
const KIND_COLOR: Record<BackupFile['kind'], string> = {
  auto: 'blue',
  manual: 'green',
  prerestore: 'orange',
};

/** 备份与恢复: backups of the database in use, the automatic schedule, and the restore an administrator runs. */
export function BackupPage() {
  const { t } = useTranslation();
  const { reload } = useSession();
  const { message, modal, showError } = useFeedback();
  const [status, setStatus] = useState<BackupStatus | null>(null);
  const [busy, setBusy] = useState<string | null>(null);
  const [createOpen, setCreateOpen] = useState(false);
  const [restoring, setRestoring] = useState<BackupFile | null>(null);
  const [understood, setUnderstood] = useState(false);
  const [noteForm] = Form.useForm();
  const [settingsForm] = Form.useForm();

  const load = useCallback(() => {
    call('backup.status', {})
      .then((s) => {
        setStatus(s);
        settingsForm.setFieldsValue({ dir: s.default_dir ? '' : s.dir, auto_enabled: s.auto_enabled });
      })
      .catch(showError);
  }, [showError, settingsForm]);
  useEffect(load, [load]);

  const create = async () => {
    const v = (await noteForm.validateFields()) as { note?: string };
    setBusy('create');
    try {
      const f = await call('backup.create', { note: v.note || null });
      message.success(t('backup.created', { name: f.name }));
      setCreateOpen(false);
      load();
    } catch (e) {
      if (!applyFieldErrors(noteForm, e)) showError(e);
    } finally {
      setBusy(null);
    }
  };

  const saveSettings = async () => {
    const v = (await settingsForm.validateFields()) as { dir?: string; auto_enabled: boolean };
    setBusy('settings');
    try {
      setStatus(await call('backup.configure', { dir: v.dir?.trim() || null, auto_enabled: v.auto_enabled }));
      message.success(t('common.saved'));
    } catch (e) {
      if (!applyFieldErrors(settingsForm, e)) showError(e);
    } finally {
      setBusy(null);
    }
  };

  const restore = async () => {
    if (!restoring) return;
    setBusy('restore');
    try {
      const r = await call('backup.restore', { name: restoring.name, confirm: true });
      setRestoring(null);
      modal.success({
        title: t('backup.restored'),
        content: t('backup.restoredHint', { safety: r.safety.name }),
        okText: t('backup.loginAgain'),
        onOk: () => void reload(),
      });
    } catch (e) {
      showError(e);
    } finally {
      setBusy(null);
    }
  };

  const remove = (f: BackupFile) =>
    modal.confirm({
      title: t('backup.deleteConfirm', { name: f.name }),
      okButtonProps: { danger: true },
      okText: t('backup.delete'),
      cancelText: t('common.cancel'),
      onOk: async () => {
        try {
          await call('backup.delete', { name: f.name });
          load();
        } catch (e) {
          showError(e);
        }
      },
    });

  const retention = status?.retention;
  return (
    <Page
      title={t('backup.title')}
      extra={
        <Space>
          <Button icon={<ReloadOutlined />} onClick={load}>
            {t('common.refresh')}
          </Button>
          <Button
            type="primary"
            icon={<CloudUploadOutlined />}
            onClick={() => {
              noteForm.resetFields();
              setCreateOpen(true);
            }}
            data-testid="backup-create"
          >
            {t('backup.create')}
          </Button>
        </Space>
      }
    >
      <div
        className="page-scroll"
        style={{ height: '100%', display: 'flex', flexDirection: 'column', gap: 16 }}
      >
        <Card size="small" title={t('backup.settings')} data-testid="backup-settings">
          <Form
            form={settingsForm}
            layout="inline"
            onValuesChange={clearErrorsOnChange(settingsForm)}
            style={{ rowGap: 8 }}
          >
            <Form.Item name="auto_enabled" label={fl('auto_enabled')} valuePropName="checked">
              <Switch data-testid="backup-auto" />
            </Form.Item>
            <Form.Item name="dir" label={fl('dir')} style={{ flex: 1, minWidth: 360 }}>
              <Input placeholder={t('backup.defaultDir')} data-testid="backup-dir" allowClear />
            </Form.Item>
            <Form.Item>
              <Button
                onClick={() => void saveSettings()}
                loading={busy === 'settings'}
                data-testid="backup-save"
              >
                {t('common.save')}
              </Button>
            </Form.Item>
          </Form>
          {status ? (
            <Descriptions size="small" column={3} style={{ marginTop: 12 }}>
              <Descriptions.Item label={t('backup.folder')}>
                <Typography.Text copyable data-testid="backup-folder">
                  {status.dir}
                </Typography.Text>
              </Descriptions.Item>
              <Descriptions.Item label={t('backup.lastAuto')}>
                {status.last_auto_at ? fmtTime(status.last_auto_at) : t('backup.never')}
              </Descriptions.Item>
              <Descriptions.Item label={t('backup.keep')}>
                {retention ? t('backup.retention', retention) : ''}
              </Descriptions.Item>
            </Descriptions>
          ) : null}
          {status && !status.auto_enabled ? (
            <Alert type="warning" showIcon style={{ marginTop: 8 }} title={t('backup.autoOff')} />
          ) : null}
        </Card>
        <Card size="small" title={t('backup.files')} styles={{ body: { padding: 0 } }}>
          <Table<BackupFile>
            size="small"
            rowKey="name"
            loading={!status}
            dataSource={status?.files ?? []}
            pagination={false}
            locale={{ emptyText: t('backup.empty') }}
            data-testid="backup-table"
            columns={[
              {
                title: t('backup.time'),
                dataIndex: 'created_at',
                width: 180,
                render: (v: string) => fmtTime(v),
              },
              {
                title: t('backup.kind'),
                dataIndex: 'kind',
                width: 90,
                render: (k: BackupFile['kind']) => (
                  <Tag color={KIND_COLOR[k]} bordered={false}>
                    {t(`backup.kinds.${k}`)}
                  </Tag>
                ),
              },
              {
                title: t('backup.content'),
                key: 'rows',
                render: (_v, f) =>
                  f.counts
                    ? t('backup.rows', {
                        customers: f.counts.customers ?? 0,
                        products: f.counts.products ?? 0,
                        rows: f.rows ?? 0,
                      })
                    : t('backup.noMeta'),
              },
              { title: t('backup.size'), dataIndex: 'size', width: 90, render: (n: number) => fmtSize(n) },
              {
                title: t('backup.source'),
                dataIndex: 'source',
                width: 110,
                render: (s: BackupFile['source']) => (s ? t(`backup.sources.${s}`) : '—'),
              },
              { title: fl('note'), dataIndex: 'note', ellipsis: true, render: (v: string | null) => v ?? '' },
              {
                title: t('common.actions'),
                key: 'actions',
                width: 150,
                render: (_v, f) => (
                  <Space size={0}>
                    <Button
                      type="link"
                      size="small"
                      danger
                      icon={<RollbackOutlined />}
                      onClick={() => {
                        setUnderstood(false);
                        setRestoring(f);
                      }}
                      data-testid={`backup-restore-${f.name}`}
                    >
                      {t('backup.restore')}
                    </Button>
                    <Tooltip title={t('backup.delete')}>
                      <Button
                        type="link"
                        size="small"
                        icon={<DeleteOutlined />}
                        onClick={() => remove(f)}
                        aria-label={t('backup.delete')}
                      />
                    </Tooltip>
                  </Space>
                ),
              },
            ]}
          />
        </Card>
      </div>

      <Modal
        open={createOpen}
        title={t('backup.create')}
        onCancel={() => setCreateOpen(false)}
        onOk={() => void create()}
        okText={t('backup.createOk')}
        cancelText={t('common.cancel')}
        confirmLoading={busy === 'create'}
        okButtonProps={{ 'data-testid': 'backup-create-ok' } as never}
        destroyOnHidden
      >
        <Typography.Paragraph type="secondary">{t('backup.createHint')}</Typography.Paragraph>
        <Form form={noteForm} layout="vertical" onValuesChange={clearErrorsOnChange(noteForm)}>
          <Form.Item name="note" label={fl('note')}>
            <Input
              maxLength={100}
              placeholder={t('backup.notePlaceholder')}
              onPressEnter={() => void create()}
              data-testid="backup-note"
              autoFocus
            />
          </Form.Item>
        </Form>
      </Modal>

      <Modal
        open={restoring !== null}
        title={t('backup.restoreTitle')}
        onCancel={() => setRestoring(null)}
        onOk={() => void restore()}
        okText={t('backup.restoreOk')}
        cancelText={t('common.cancel')}
        okButtonProps={{ danger: true, disabled: !understood, 'data-testid': 'backup-restore-ok' } as never}
        confirmLoading={busy === 'restore'}
        destroyOnHidden
      >
        {restoring ? (
          <>
            <Typography.Paragraph>
              {t('backup.restoreText', { time: fmtTime(restoring.created_at), name: restoring.name })}
            </Typography.Paragraph>
            <Alert type="warning" showIcon title={t('backup.restoreWarn')} style={{ marginBottom: 12 }} />
            <Checkbox
              checked={understood}
              onChange={(e) => setUnderstood(e.target.checked)}
              data-testid="backup-restore-understood"
            >
              {t('backup.understood')}
            </Checkbox>
          </>
        ) : null}
      </Modal>
    </Page>
  );
}
