import { Badge, Button, Empty, Input, Segmented, Space, Spin, Tag, Tooltip, Typography } from 'antd';
import { PlusOutlined, ReloadOutlined } from '@ant-design/icons';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { call } from '../../api';
import { bi, fl } from '../../i18n';
import { useSession } from '../../session';
import { Page } from '../../components/Page';
import { ServerGrid, moneyColumn, type GridColDef, type ServerGridHandle } from '../../components/ServerGrid';
import { useFeedback } from '../../components/feedback';
import { RemoteSelect } from '../../components/RemoteSelect';
import {
  OPPORTUNITY_STATUS_LABELS,
  type OpportunityRow,
  type boardColumn,
} from '../../../../shared/contract/crm';
import type { z } from 'zod';
import { OpportunityDrawer } from './OpportunityDrawer';
import { stageName, useCrmConfig } from './config';
import { dateOnly, label, yuan } from './util';

type Column = z.infer<typeof boardColumn>;

/** 商机: the board (kanban by stage) and the list. */
export function OpportunitiesPage() {
  const { t } = useTranslation();
  const { can } = useSession();
  const { showError } = useFeedback();
  const cfg = useCrmConfig();
  const grid = useRef<ServerGridHandle>(null);
  const [view, setView] = useState<'board' | 'list'>('board');
  const [q, setQ] = useState('');
  const [search, setSearch] = useState('');
  const [owner, setOwner] = useState<number | undefined>();
  const [board, setBoard] = useState<Column[] | null>(null);
  const [total, setTotal] = useState<number | null>(null);
  const [open, setOpen] = useState<{ id: number | null } | null>(null);

  const loadBoard = useCallback(() => {
    call('opportunities.board', { q: search || undefined, owner_id: owner })
      .then((r) => setBoard(r.columns))
      .catch(showError);
  }, [search, owner, showError]);

  useEffect(() => {
    if (view === 'board') loadBoard();
  }, [view, loadBoard]);

  const refresh = () => (view === 'board' ? loadBoard() : grid.current?.refresh());

  const columns = useMemo<GridColDef<OpportunityRow>[]>(
    () => [
      { field: 'code', headerName: fl('code'), width: 140, pinned: 'left' },
      { field: 'name', headerName: t('crm.opportunityName'), flex: 2, minWidth: 220, pinned: 'left' },
      { field: 'customer_name', headerName: fl('customer_id'), flex: 1, minWidth: 180 },
      {
        field: 'stage',
        headerName: fl('stage'),
        width: 100,
        filter: false,
        valueFormatter: (p) => stageName(cfg, String(p.value ?? '')),
      },
      {
        field: 'status',
        headerName: fl('status'),
        width: 80,
        filter: false,
        valueFormatter: (p) => label(OPPORTUNITY_STATUS_LABELS, p.value as string),
      },
      {
        field: 'stage_due_on',
        headerName: t('crm.stageDue'),
        width: 120,
        filter: 'agDateColumnFilter',
        cellRenderer: (p: { value?: string; data?: OpportunityRow }) =>
          p.value ? <span style={{ color: p.data?.overdue ? '#cf1322' : undefined }}>{p.value}</span> : null,
      },
      moneyColumn<OpportunityRow>('expected_amount', fl('expected_amount')),
      moneyColumn<OpportunityRow>('won_amount', fl('won_amount')),
      {
        field: 'expected_bid_date',
        headerName: fl('expected_bid_date'),
        width: 150,
        filter: 'agDateColumnFilter',
      },
      { field: 'owner_name', headerName: t('crm.oppOwner'), width: 90 },
      {
        field: 'updated_at',
        headerName: t('crm.updatedAt'),
        width: 150,
        filter: 'agDateColumnFilter',
        valueFormatter: (p) => dateOnly(p.value as string),
      },
    ],
    [t, cfg],
  );

  return (
    <Page
      title={t('crm.opportunitiesTitle')}
      sub={
        view === 'list' && total != null ? (
          <Typography.Text type="secondary">{t('common.total', { n: total })}</Typography.Text>
        ) : null
      }
      extra={
        <Space wrap>
          <Segmented
            value={view}
            onChange={(v) => setView(v as 'board' | 'list')}
            options={[
              { value: 'board', label: t('crm.board') },
              { value: 'list', label: t('crm.list') },
            ]}
            data-testid="opp-view"
          />
          <Input.Search
            allowClear
            placeholder={t('crm.oppSearch')}
            value={q}
            onChange={(e) => setQ(e.target.value)}
            onSearch={(v) => setSearch(v.trim())}
            style={{ width: 220 }}
          />
          {can('crm.assign') ? (
            <RemoteSelect
              method="users.options"
              value={owner}
              onChange={(v) => setOwner(v as number | undefined)}
              placeholder={t('crm.oppOwner')}
              style={{ width: 130 }}
            />
          ) : null}
          <Button icon={<ReloadOutlined />} onClick={refresh}>
            {t('common.refresh')}
          </Button>
          {can('crm.write') ? (
            <Button
              type="primary"
              icon={<PlusOutlined />}
              onClick={() => setOpen({ id: null })}
              data-testid="opp-new"
            >
              {t('crm.newOpportunity')}
            </Button>
          ) : null}
        </Space>
      }
    >
      {view === 'board' ? (
        <Spin spinning={board === null}>
          <div className="crm-board" data-testid="opp-board">
            {(board ?? []).map((col) => (
              <div
                key={col.key}
                className={`crm-board-col crm-col-${col.key}`}
                data-testid={`board-col-${col.key}`}
              >
                <div className="crm-board-head">
                  <Space size={6}>
                    <Typography.Text strong>{bi(col)}</Typography.Text>
                    <Badge
                      count={col.count}
                      showZero
                      color={col.key === 'won' ? '#52c41a' : col.key === 'lost' ? '#bfbfbf' : '#1677ff'}
                    />
                    {col.overdue ? (
                      <Tooltip title={t('crm.overdueCount', { n: col.overdue })}>
                        <Tag color="error" style={{ marginInlineEnd: 0 }}>
                          {col.overdue}
                        </Tag>
                      </Tooltip>
                    ) : null}
                  </Space>
                  <div className="crm-board-sub">
                    {yuan(col.amount)}
                    {col.limit_days ? ` · ${t('crm.limitDays', { n: col.limit_days })}` : ''}
                    {col.key === 'won' || col.key === 'lost' ? ` · ${t('crm.last90')}` : ''}
                  </div>
                </div>
                <div className="crm-board-cards">
                  {col.cards.length === 0 ? (
                    <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('crm.none')} />
                  ) : (
                    col.cards.map((c) => (
                      <div
                        key={c.id}
                        className={`crm-card${c.overdue ? ' overdue' : ''}`}
                        onClick={() => setOpen({ id: c.id })}
                        data-testid="opp-card"
                      >
                        <div className="crm-card-title">{c.name}</div>
                        <div className="crm-card-line">{c.customer_name}</div>
                        <div className="crm-card-foot">
                          <span>{yuan(c.won_amount ?? c.expected_amount)}</span>
                          <span>{c.owner_name}</span>
                        </div>
                        {c.status === 'open' && c.stage_due_on ? (
                          <div className={`crm-card-due${c.overdue ? ' late' : ''}`}>
                            {c.overdue
                              ? t('crm.overdueSince', { date: c.stage_due_on })
                              : t('crm.dueBy', { date: c.stage_due_on })}
                          </div>
                        ) : null}
                        {c.status === 'lost' && c.lost_to ? (
                          <div className="crm-card-due">{t('crm.lostToShort', { to: c.lost_to })}</div>
                        ) : null}
                      </div>
                    ))
                  )}
                  {col.count > col.cards.length ? (
                    <div className="crm-hint" style={{ textAlign: 'center' }}>
                      {t('crm.moreInList', { n: col.count - col.cards.length })}
                    </div>
                  ) : null}
                </div>
              </div>
            ))}
          </div>
        </Spin>
      ) : (
        <ServerGrid
          ref={grid}
          method="opportunities.list"
          columns={columns}
          params={{ q: search || undefined, owner_id: owner }}
          onRowDoubleClicked={(r) => setOpen({ id: r.id })}
          onTotal={setTotal}
          onError={showError}
          testId="opp-grid"
        />
      )}
      {open ? (
        <OpportunityDrawer
          id={open.id}
          onClose={() => {
            setOpen(null);
            refresh();
          }}
          onChanged={(id) => {
            if (open.id == null) setOpen({ id });
          }}
        />
      ) : null}
    </Page>
  );
}
