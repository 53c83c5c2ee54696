import { Button, Popconfirm, Select, Space, Table, Upload } from 'antd';
import { DownloadOutlined, UploadOutlined } from '@ant-design/icons';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { call } from '../../api';
import { fl } from '../../i18n';
import { useFeedback } from '../../components/feedback';
import {
  ATTACHMENT_KIND_LABELS,
  ATTACHMENT_KINDS,
  MAX_ATTACHMENT_BYTES,
  type AttachmentKind,
  type AttachmentMeta,
} from '../../../../shared/contract/crm';
import { dateTime, downloadBase64, label, optionsOf, readAsBase64 } from './util';

/** Files of an opportunity or complaint: upload with a kind (招标文件, 中标通知书 …), download, remove. */
export function Attachments({
  entity,
  id,
  items,
  canEdit,
  kinds = ATTACHMENT_KINDS,
  onChanged,
}: {
  entity: 'opportunity' | 'complaint' | 'lead';
  id: number;
  items: AttachmentMeta[];
  canEdit: boolean;
  kinds?: readonly AttachmentKind[];
  onChanged(): void;
}) {
  const { t } = useTranslation();
  const { message, showError } = useFeedback();
  const [kind, setKind] = useState<AttachmentKind>(kinds[0] ?? 'other');
  const [busy, setBusy] = useState(false);

  const upload = async (file: File) => {
    if (file.size > MAX_ATTACHMENT_BYTES) {
      message.error(t('crm.fileTooLarge', { name: file.name }));
      return;
    }
    setBusy(true);
    try {
      await call('crm.attach', {
        entity_type: entity,
        entity_id: id,
        kind,
        file_name: file.name,
        mime: file.type || 'application/octet-stream',
        content_base64: await readAsBase64(file),
      });
      message.success(t('crm.uploaded', { name: file.name }));
      onChanged();
    } catch (e) {
      showError(e);
    } finally {
      setBusy(false);
    }
  };

  return (
    <div data-testid="attachments">
      {canEdit ? (
        <Space style={{ marginBottom: 12 }}>
          <Select
            style={{ width: 180 }}
            value={kind}
            onChange={setKind}
            options={optionsOf(kinds, ATTACHMENT_KIND_LABELS)}
            data-testid="attachment-kind"
          />
          <Upload
            showUploadList={false}
            beforeUpload={(f) => {
              void upload(f);
              return false;
            }}
          >
            <Button icon={<UploadOutlined />} loading={busy} data-testid="attachment-upload">
              {t('crm.upload')}
            </Button>
          </Upload>
          <span className="crm-hint">{t('crm.maxFile')}</span>
        </Space>
      ) : null}
      <Table<AttachmentMeta>
        size="small"
        rowKey="id"
        pagination={false}
        dataSource={items}
        locale={{ emptyText: t('crm.noFiles') }}
        columns={[
          {
            title: fl('kind'),
            dataIndex: 'kind',
            width: 150,
            render: (v: string) => label(ATTACHMENT_KIND_LABELS, v),
          },
          { title: fl('file_name'), dataIndex: 'file_name' },
          {
            title: t('crm.size'),
            dataIndex: 'size',
            width: 90,
            render: (v: number) => `${Math.max(1, Math.round(v / 1024))} KB`,
          },
          { title: t('crm.uploadedBy'), dataIndex: 'uploaded_by_name', width: 90 },
          { title: t('crm.uploadedAt'), dataIndex: 'uploaded_at', width: 140, render: dateTime },
          {
            title: t('common.actions'),
            width: 130,
            render: (_v, r) => (
              <Space size={4}>
                <Button
                  size="small"
                  type="link"
                  icon={<DownloadOutlined />}
                  onClick={() =>
                    call('crm.attachmentGet', { id: r.id })
                      .then((f) => downloadBase64(f.file_name, f.mime, f.content_base64))
                      .catch(showError)
                  }
                />
                {canEdit ? (
                  <Popconfirm
                    title={t('crm.removeFile')}
                    onConfirm={() =>
                      call('crm.attachmentRemove', { id: r.id }).then(onChanged).catch(showError)
                    }
                  >
                    <Button size="small" type="link" danger>
                      {t('crm.remove')}
                    </Button>
                  </Popconfirm>
                ) : null}
              </Space>
            ),
          },
        ]}
      />
    </div>
  );
}
