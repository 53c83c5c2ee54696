import { Button, Input, Segmented, Select, Space, Tag, Typography } from 'antd';
import { PlusOutlined, ReloadOutlined, ThunderboltOutlined } from '@ant-design/icons';
import { useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { call } from '../../api';
import { fl } from '../../i18n';
import { useSession } from '../../session';
import { Page } from '../../components/Page';
import { ServerGrid, type GridColDef, type ServerGridHandle } from '../../components/ServerGrid';
import { useFeedback } from '../../components/feedback';
import {
  LEAD_SOURCE_LABELS,
  LEAD_STATUS_LABELS,
  LEAD_STATUSES,
  type LeadRow,
} from '../../../../shared/contract/crm';
import type { FilterItem } from '../../../../shared/contract';
import { LEAD_STATUS_COLORS, LeadDrawer } from './LeadDrawer';
import { dateOnly, dateTime, label, optionsOf } from './util';

type View = 'mine' | 'all' | 'pool';

/** 线索 and 公海: my open leads, all leads in my scope, and the public pool. */
export function LeadsPage() {
  const { t } = useTranslation();
  const { can, me } = useSession();
  const { message, showError } = useFeedback();
  const grid = useRef<ServerGridHandle>(null);
  const [view, setView] = useState<View>('mine');
  const [q, setQ] = useState('');
  const [search, setSearch] = useState('');
  const [status, setStatus] = useState<string | undefined>();
  const [total, setTotal] = useState<number | null>(null);
  const [open, setOpen] = useState<{ id: number | null } | null>(null);

  const columns = useMemo<GridColDef<LeadRow>[]>(() => {
    const cols: GridColDef<LeadRow>[] = [
      { field: 'code', headerName: fl('code'), width: 140, pinned: 'left' },
      { field: 'company', headerName: fl('company'), flex: 2, minWidth: 220, pinned: 'left' },
      { field: 'contact_name', headerName: fl('contact_name'), width: 100 },
      { field: 'phone', headerName: fl('phone'), width: 130 },
      {
        field: 'source',
        headerName: fl('source'),
        width: 90,
        filter: false,
        valueFormatter: (p) => label(LEAD_SOURCE_LABELS, p.value as string),
      },
    ];
    if (view === 'pool') {
      cols.push(
        {
          field: 'pooled_at',
          headerName: t('crm.pooledAt'),
          width: 150,
          filter: 'agDateColumnFilter',
          valueFormatter: (p) => dateTime(p.value as string),
        },
        { field: 'pool_reason', headerName: t('crm.poolReason'), flex: 1, minWidth: 200 },
        { field: 'previous_owner_name', headerName: t('crm.previousOwner'), width: 100 },
        { field: 'requirement', headerName: fl('requirement'), flex: 1, minWidth: 160, sortable: false },
      );
      return cols;
    }
    cols.push(
      {
        field: 'status',
        headerName: fl('status'),
        width: 90,
        filter: false,
        cellRenderer: (p: { value?: string }) =>
          p.value ? (
            <Tag color={LEAD_STATUS_COLORS[p.value]}>{label(LEAD_STATUS_LABELS, p.value)}</Tag>
          ) : null,
      },
      { field: 'owner_name', headerName: t('crm.leadOwner'), width: 90 },
      {
        field: 'last_followup_at',
        headerName: t('crm.lastFollowup'),
        width: 150,
        filter: 'agDateColumnFilter',
        valueFormatter: (p) => dateOnly(p.value as string),
      },
      {
        field: 'next_followup_on',
        headerName: fl('next_followup_on'),
        width: 150,
        filter: 'agDateColumnFilter',
      },
      {
        field: 'idle_days' as never,
        headerName: t('crm.idleDays'),
        width: 100,
        sortable: false,
        filter: false,
        type: 'rightAligned',
        cellRenderer: (p: { value?: number | null }) =>
          p.value == null ? null : (
            <span style={{ color: p.value >= 10 ? '#cf1322' : undefined }}>
              {t('crm.days', { n: p.value })}
            </span>
          ),
      },
      {
        field: 'reclaim_on' as never,
        headerName: t('crm.reclaimDate'),
        width: 110,
        sortable: false,
        filter: false,
      },
      {
        field: 'filed_at',
        headerName: t('crm.filedAt'),
        width: 150,
        filter: 'agDateColumnFilter',
        valueFormatter: (p) => dateOnly(p.value as string),
      },
    );
    return cols;
  }, [t, view]);

  const filters = useMemo<FilterItem[]>(() => [], []);
  const params = useMemo(() => {
    if (view === 'pool') return { q: search || undefined, filters };
    if (view === 'mine')
      return { q: search || undefined, owner_id: me?.id, status: 'open' as const, filters };
    return { q: search || undefined, status: status as 'open' | undefined, filters };
  }, [view, search, status, me?.id, filters]);

  const runRules = async () => {
    try {
      const r = await call('crm.runDueRules', {});
      message.success(t('crm.rulesDone', r));
      grid.current?.refresh();
    } catch (e) {
      showError(e);
    }
  };

  return (
    <Page
      title={t('crm.leadsTitle')}
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
              { value: 'mine', label: t('crm.myLeads') },
              { value: 'all', label: t('crm.allLeads') },
              ...(can('crm.pool') ? [{ value: 'pool', label: t('crm.pool') }] : []),
            ]}
            data-testid="lead-view"
          />
          <Input.Search
            allowClear
            placeholder={t('crm.leadSearch')}
            value={q}
            onChange={(e) => setQ(e.target.value)}
            onSearch={(v) => setSearch(v.trim())}
            style={{ width: 220 }}
            data-testid="lead-search"
          />
          {view === 'all' ? (
            <Select
              allowClear
              placeholder={fl('status')}
              style={{ width: 110 }}
              value={status}
              onChange={setStatus}
              options={optionsOf(LEAD_STATUSES, LEAD_STATUS_LABELS)}
            />
          ) : null}
          <Button icon={<ReloadOutlined />} onClick={() => grid.current?.refresh()}>
            {t('common.refresh')}
          </Button>
          {can('crm.assign') ? (
            <Button icon={<ThunderboltOutlined />} onClick={() => void runRules()} data-testid="run-rules">
              {t('crm.runRules')}
            </Button>
          ) : null}
          {can('crm.write') ? (
            <Button
              type="primary"
              icon={<PlusOutlined />}
              onClick={() => setOpen({ id: null })}
              data-testid="lead-new"
            >
              {t('crm.newLead')}
            </Button>
          ) : null}
        </Space>
      }
    >
      {view === 'pool' ? (
        <ServerGrid
          key="pool"
          ref={grid}
          method="leads.pool"
          columns={columns}
          params={params}
          onRowDoubleClicked={(r) => setOpen({ id: r.id })}
          onTotal={setTotal}
          onError={showError}
          testId="lead-grid"
        />
      ) : (
        <ServerGrid
          key={view}
          ref={grid}
          method="leads.list"
          columns={columns}
          params={params}
          onRowDoubleClicked={(r) => setOpen({ id: r.id })}
          onTotal={setTotal}
          onError={showError}
          testId="lead-grid"
        />
      )}
      {open ? (
        <LeadDrawer
          id={open.id}
          onClose={() => setOpen(null)}
          onChanged={(id) => {
            grid.current?.refresh();
            if (open.id == null && id != null) setOpen({ id });
          }}
        />
      ) : null}
    </Page>
  );
}
