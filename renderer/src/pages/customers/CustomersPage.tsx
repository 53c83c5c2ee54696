import { Button, Input, Select, Space, Switch, Tag, Typography } from 'antd';
import { PlusOutlined, ReloadOutlined } from '@ant-design/icons';
import { useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Page } from '../../components/Page';
import { ServerGrid, moneyColumn, type GridColDef, type ServerGridHandle } from '../../components/ServerGrid';
import { useFeedback } from '../../components/feedback';
import { useSession } from '../../session';
import { bi, fl } from '../../i18n';
import {
  CUSTOMER_GRADE_LABELS,
  CUSTOMER_GRADES,
  CUSTOMER_TYPE_LABELS,
  CUSTOMER_TYPES,
  type CustomerRow,
} from '../../../../shared/contract/customers';
import type { FilterItem } from '../../../../shared/contract';
import { CustomerDrawer } from './CustomerDrawer';
import { ExportButton, labelsSpec } from '../../components/ExportButton';

const GRADE_COLORS = { key: 'red', general: 'blue', potential: 'default' } as const;

export function CustomersPage() {
  const { t } = useTranslation();
  const { can } = useSession();
  const { showError } = useFeedback();
  const grid = useRef<ServerGridHandle>(null);
  const [q, setQ] = useState('');
  const [search, setSearch] = useState('');
  const [inactive, setInactive] = useState(false);
  const [grade, setGrade] = useState<string | undefined>();
  const [type, setType] = useState<string | undefined>();
  const [total, setTotal] = useState<number | null>(null);
  const [open, setOpen] = useState<{ id: number | null } | null>(null);

  const columns = useMemo<GridColDef<CustomerRow>[]>(
    () => [
      { field: 'code', headerName: fl('code'), width: 110, pinned: 'left' },
      { field: 'legal_name', headerName: fl('legal_name'), flex: 2, minWidth: 240, pinned: 'left' },
      { field: 'short_name', headerName: fl('short_name'), width: 110 },
      {
        field: 'customer_type',
        headerName: fl('customer_type'),
        width: 100,
        filter: false,
        valueFormatter: (p) => (p.value ? bi(CUSTOMER_TYPE_LABELS[p.value as 'cash']) : ''),
      },
      {
        field: 'grade',
        headerName: fl('grade'),
        width: 90,
        filter: false,
        cellRenderer: (p: { value?: keyof typeof GRADE_COLORS }) =>
          p.value ? <Tag color={GRADE_COLORS[p.value]}>{bi(CUSTOMER_GRADE_LABELS[p.value])}</Tag> : null,
      },
      { field: 'region_name', headerName: fl('region_id'), width: 100 },
      { field: 'owner_name', headerName: fl('owner_id'), width: 100 },
      { field: 'phone', headerName: fl('phone'), width: 140 },
      moneyColumn<CustomerRow>('credit_limit', fl('credit_limit')),
      {
        field: 'credit_days',
        headerName: fl('credit_days'),
        width: 110,
        type: 'rightAligned',
        filter: 'agNumberColumnFilter',
      },
      {
        field: 'active',
        headerName: t('common.status'),
        width: 80,
        filter: false,
        cellRenderer: (p: { value?: boolean; data?: CustomerRow }) => (
          <Space size={4}>
            {p.value === false ? <Tag>{t('common.inactive')}</Tag> : null}
            {p.data?.bad_record ? <Tag color="error">{fl('bad_record')}</Tag> : null}
          </Space>
        ),
      },
      {
        field: 'updated_at',
        headerName: '更新时间',
        width: 150,
        filter: 'agDateColumnFilter',
        valueFormatter: (p) =>
          p.value ? new Date(String(p.value)).toLocaleString('zh-CN', { hour12: false }) : '',
      },
    ],
    [t],
  );

  const filters = useMemo(() => {
    const f: FilterItem[] = [];
    if (grade) f.push({ field: 'grade', op: 'equals', value: grade });
    if (type) f.push({ field: 'customer_type', op: 'equals', value: type });
    return f;
  }, [grade, type]);

  return (
    <Page
      title={t('customers.title')}
      sub={
        total != null ? (
          <Typography.Text type="secondary">{t('common.total', { n: total })}</Typography.Text>
        ) : null
      }
      extra={
        <Space wrap>
          <Input.Search
            allowClear
            placeholder={t('common.searchPlaceholder')}
            value={q}
            onChange={(e) => setQ(e.target.value)}
            onSearch={(v) => setSearch(v.trim())}
            style={{ width: 260 }}
            data-testid="customer-search"
          />
          <Select
            allowClear
            placeholder={fl('grade')}
            style={{ width: 100 }}
            value={grade}
            onChange={setGrade}
            options={CUSTOMER_GRADES.map((g) => ({ value: g, label: bi(CUSTOMER_GRADE_LABELS[g]) }))}
          />
          <Select
            allowClear
            placeholder={fl('customer_type')}
            style={{ width: 110 }}
            value={type}
            onChange={setType}
            options={CUSTOMER_TYPES.map((g) => ({ value: g, label: bi(CUSTOMER_TYPE_LABELS[g]) }))}
          />
          <Space size={4}>
            <Switch size="small" checked={inactive} onChange={setInactive} />
            <span>{t('common.showInactive')}</span>
          </Space>
          <Button icon={<ReloadOutlined />} onClick={() => grid.current?.refresh()}>
            {t('common.refresh')}
          </Button>
          <ExportButton
            grid={grid}
            method="customers.list"
            params={{ q: search || undefined, include_inactive: inactive, filters }}
            columns={columns}
            specs={{
              customer_type: labelsSpec(CUSTOMER_TYPE_LABELS),
              grade: labelsSpec(CUSTOMER_GRADE_LABELS),
              credit_days: { type: 'number' },
              active: { type: 'bool' },
              updated_at: { type: 'datetime' },
            }}
            title={t('customers.title')}
          />
          {can('customers.write') ? (
            <Button
              type="primary"
              icon={<PlusOutlined />}
              onClick={() => setOpen({ id: null })}
              data-testid="customer-new"
            >
              {t('customers.new')}
            </Button>
          ) : null}
        </Space>
      }
    >
      <ServerGrid
        ref={grid}
        method="customers.list"
        columns={columns}
        params={{ q: search || undefined, include_inactive: inactive, filters }}
        onRowDoubleClicked={(row) => setOpen({ id: row.id })}
        onTotal={setTotal}
        onError={showError}
        testId="customer-grid"
      />
      {open ? (
        <CustomerDrawer
          id={open.id}
          onClose={() => setOpen(null)}
          onSaved={(id) => {
            grid.current?.refresh();
            setOpen({ id });
          }}
        />
      ) : null}
    </Page>
  );
}
