import { Input, Space } from 'antd';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Page } from '../../components/Page';
import { ServerGrid, type GridColDef } from '../../components/ServerGrid';
import { useFeedback } from '../../components/feedback';

interface AuditRow {
  id: number;
  at: string;
  user_name: string | null;
  method: string;
  entity_type: string | null;
  entity_id: string | null;
  summary: string | null;
}

export function AuditPage() {
  const { t } = useTranslation();
  const { showError } = useFeedback();
  const [q, setQ] = useState('');
  const columns = useMemo<GridColDef<AuditRow>[]>(
    () => [
      {
        field: 'at',
        headerName: t('audit.at'),
        width: 170,
        filter: 'agDateColumnFilter',
        valueFormatter: (p) =>
          p.value ? new Date(String(p.value)).toLocaleString('zh-CN', { hour12: false }) : '',
      },
      { field: 'user_name', headerName: t('audit.user'), width: 110 },
      { field: 'method', headerName: t('audit.method'), width: 190 },
      { field: 'entity_type', headerName: t('audit.entity'), width: 100 },
      { field: 'entity_id', headerName: 'ID', width: 80 },
      { field: 'summary', headerName: t('audit.summary'), flex: 1, minWidth: 300 },
    ],
    [t],
  );
  return (
    <Page
      title={t('audit.title')}
      extra={
        <Space>
          <Input.Search
            allowClear
            placeholder={t('common.search')}
            onSearch={(v) => setQ(v.trim())}
            style={{ width: 260 }}
          />
        </Space>
      }
    >
      <ServerGrid
        method="audit.list"
        columns={columns as never}
        params={{ q: q || undefined }}
        onError={showError}
      />
    </Page>
  );
}
