import {
  Alert,
  Breadcrumb,
  Button,
  Empty,
  Form,
  Input,
  Modal,
  Segmented,
  Select,
  Space,
  Tag,
  Typography,
  Upload,
} from 'antd';
import { DownloadOutlined, PlusOutlined, SaveOutlined, UploadOutlined } from '@ant-design/icons';
import { AgGridReact } from 'ag-grid-react';
import type { CellClassParams, ColDef, GridApi, ValueFormatterParams } from 'ag-grid-community';
import { AG_GRID_LOCALE_CN, AG_GRID_LOCALE_EN } from '@ag-grid-community/locale';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { call } from '../../api';
import { bi, fl } from '../../i18n';
import { useSession } from '../../session';
import { Page } from '../../components/Page';
import { gridTheme } from '../../components/ServerGrid';
import { useFeedback } from '../../components/feedback';
import { RemoteSelect } from '../../components/RemoteSelect';
import {
  BASIS_LABELS,
  METRIC_INFO,
  PERIOD_KEYS,
  PERIOD_LABELS,
  PLAN_STATUS_LABELS,
  SUBJECT_LABELS,
  TARGET_METRICS,
  type NodeRow,
  type PeriodKey,
  type PeriodValues,
  type PlanBlock,
  type PlanRow,
  type SubjectType,
  type TargetMetric,
} from '../../../../shared/contract/targets';
import { formatAmount } from '../../../../shared/performance';
import {
  OrgTreeSelect,
  downloadBase64,
  importErrorsOf,
  ImportErrorTable,
  readFileBase64,
} from '../staff/common';

type Unit = 'fen' | 'milli' | 'count';
const SCALE: Record<Unit, number> = { fen: 100, milli: 1000, count: 1 };
const CHILD_TYPES: Record<SubjectType, SubjectType[]> = {
  company: ['org_unit', 'user'],
  org_unit: ['org_unit', 'user'],
  user: ['product', 'customer'],
  product: [],
  customer: [],
};

interface Row {
  key: string;
  kind: 'parent' | 'child' | 'sum' | 'diff';
  id?: number;
  subject_type?: SubjectType;
  subject_id?: number | null;
  owner_id?: number | null;
  name: string;
  owner_name?: string | null;
  child_count?: number;
  values: PeriodValues;
}

const emptyValues = (): PeriodValues => Object.fromEntries(PERIOD_KEYS.map((k) => [k, null])) as PeriodValues;

/** Integer split: 10 into 3 → 4, 3, 3. */
function split(total: number, parts: number): number[] {
  const base = Math.floor(total / parts);
  const rest = total - base * parts;
  return Array.from({ length: parts }, (_, i) => base + (i < rest ? 1 : 0));
}

/** 销售指标: plans per year and metric, decomposed block by block, with live sums. */
export function TargetsPage() {
  const { t, i18n } = useTranslation();
  const { can } = useSession();
  const { message, modal, showError } = useFeedback();
  const thisYear = new Date().getFullYear();
  const [year, setYear] = useState(thisYear);
  const [metric, setMetric] = useState<TargetMetric>('sales');
  const [plans, setPlans] = useState<PlanRow[]>([]);
  const [planId, setPlanId] = useState<number | null>(null);
  const [nodeId, setNodeId] = useState<number | undefined>();
  const [loaded, setBlock] = useState<PlanBlock | null>(null);
  const [rows, setRows] = useState<Row[]>([]);
  const [dirty, setDirty] = useState(false);
  const [adding, setAdding] = useState(false);
  const [importErrors, setImportErrors] = useState<ReturnType<typeof importErrorsOf>>(null);
  const api = useRef<GridApi<Row> | null>(null);
  const unit: Unit = METRIC_INFO[metric].unit;
  const scale = SCALE[unit];

  const loadPlans = useCallback(
    (select?: number) => {
      call('targets.plans', { year })
        .then((ps) => {
          const mine = ps.filter((p) => p.metric === metric);
          setPlans(mine);
          const pick = select ?? mine.find((p) => p.status !== 'superseded')?.id ?? mine[0]?.id ?? null;
          setPlanId(pick);
          setNodeId(undefined);
        })
        .catch(showError);
    },
    [year, metric, showError],
  );
  useEffect(() => loadPlans(), [loadPlans]);

  const toRows = useCallback((b: PlanBlock): Row[] => {
    const mk = (n: NodeRow, kind: 'parent' | 'child'): Row => ({
      key: `${kind}-${n.id}`,
      kind,
      id: n.id,
      subject_type: n.subject_type,
      subject_id: n.subject_id,
      owner_id: n.owner_id,
      name: n.subject_name,
      owner_name: n.owner_name,
      child_count: n.child_count,
      values: { ...n.values },
    });
    return [mk(b.node, 'parent'), ...b.children.map((c) => mk(c, 'child'))];
  }, []);

  const loadBlock = useCallback(() => {
    if (planId == null) return;
    call('targets.block', { plan_id: planId, node_id: nodeId })
      .then((b) => {
        setBlock(b);
        setRows(toRows(b));
        setDirty(false);
      })
      .catch(showError);
  }, [planId, nodeId, toRows, showError]);
  useEffect(loadBlock, [loadBlock]);

  // A block of another plan (the metric or year just changed) is not shown.
  const block = loaded && loaded.plan.id === planId ? loaded : null;
  const plan = block?.plan ?? plans.find((p) => p.id === planId) ?? null;
  const isRoot = block?.node.parent_id == null;
  const editable = !!block?.node.can_edit;

  const guard = (go: () => void) => {
    if (!dirty) return go();
    modal.confirm({ title: t('staff.targets.unsaved'), content: t('common.cancel') + '?', onOk: go });
  };

  const children = rows.filter((r) => r.kind === 'child');
  const parent = rows.find((r) => r.kind === 'parent');
  const pinned = useMemo<Row[]>(() => {
    const sum = emptyValues();
    const diff = emptyValues();
    for (const k of PERIOD_KEYS) {
      const vals = children.map((c) => c.values[k]);
      sum[k] = vals.some((v) => v != null) ? vals.reduce<number>((s, v) => s + (v ?? 0), 0) : null;
      const p = parent?.values[k];
      diff[k] = p == null ? null : p - (sum[k] ?? 0);
    }
    return [
      { key: 'sum', kind: 'sum', name: t('staff.targets.sumRow'), values: sum },
      { key: 'diff', kind: 'diff', name: t('staff.targets.diffRow'), values: diff },
    ];
  }, [children, parent, t]);

  // Cell colours depend on the whole row (and the sums): redraw them when any amount changes.
  useEffect(() => {
    api.current?.refreshCells({ force: true });
  }, [rows]);

  const fmt = useCallback((v: number | null | undefined) => (v == null ? '' : formatAmount(v, unit)), [unit]);

  const columns = useMemo<ColDef<Row>[]>(() => {
    const rowIssue = (r: Row, k: PeriodKey): boolean => {
      const v = r.values;
      if (k === 'y') {
        const qs = [v.q1, v.q2, v.q3, v.q4];
        return (
          v.y != null && qs.some((q) => q != null) && qs.reduce<number>((s, q) => s + (q ?? 0), 0) !== v.y
        );
      }
      if (k.startsWith('q')) {
        const q = Number(k.slice(1));
        const ms = [q * 3 - 2, q * 3 - 1, q * 3].map((m) => v[`m${m}` as PeriodKey]);
        return ms.some((m) => m != null) && ms.reduce<number>((s, m) => s + (m ?? 0), 0) !== v[k];
      }
      return false;
    };
    const valueCol = (k: PeriodKey): ColDef<Row> => ({
      colId: k,
      headerName: bi(PERIOD_LABELS[k]),
      width:
        unit === 'fen'
          ? k === 'y'
            ? 140
            : k.startsWith('q')
              ? 128
              : 116
          : k === 'y'
            ? 100
            : k.startsWith('q')
              ? 90
              : 76,
      type: 'rightAligned',
      editable: (p) => editable && (p.data?.kind === 'child' || (p.data?.kind === 'parent' && isRoot)),
      valueGetter: (p) => {
        const v = p.data?.values[k];
        return v == null ? null : v / scale;
      },
      valueSetter: (p) => {
        if (!p.data) return false;
        const raw = p.newValue as number | string | null;
        const n = raw == null || raw === '' ? null : Number(raw);
        const fen = n == null || !Number.isFinite(n) ? null : Math.max(0, Math.round(n * scale));
        setRows((rs) =>
          rs.map((r) => (r.key === p.data!.key ? { ...r, values: { ...r.values, [k]: fen } } : r)),
        );
        setDirty(true);
        return true;
      },
      valueFormatter: (p: ValueFormatterParams<Row>) => fmt(p.data?.values[k]),
      cellEditor: 'agNumberCellEditor',
      cellEditorParams: { min: 0, precision: unit === 'fen' ? 2 : unit === 'milli' ? 3 : 0 },
      cellClass: (p: CellClassParams<Row>) => {
        if (!p.data) return '';
        const right = 'ag-right-aligned-cell';
        if (p.data.kind === 'diff') {
          const v = p.data.values[k];
          return v == null ? right : v === 0 ? `${right} target-cell-ok` : `${right} target-cell-bad`;
        }
        return p.data.kind !== 'sum' && rowIssue(p.data, k) ? `${right} target-cell-bad` : right;
      },
      headerClass: k.startsWith('q') || k === 'y' ? 'ag-right-aligned-header' : undefined,
    });
    return [
      {
        colId: 'name',
        headerName: t('staff.targets.subject'),
        pinned: 'left',
        width: 190,
        valueGetter: (p) => p.data?.name,
        cellRenderer: (p: { data?: Row }) => {
          const r = p.data;
          if (!r) return null;
          if (r.kind === 'sum' || r.kind === 'diff') return <b>{r.name}</b>;
          return (
            <Space size={4}>
              {r.kind === 'parent' && !isRoot ? (
                <Tag bordered={false}>{t('staff.targets.parent')}</Tag>
              ) : null}
              <span>{r.name}</span>
              {r.subject_type && r.kind === 'child' ? (
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                  {bi(SUBJECT_LABELS[r.subject_type])}
                  {r.child_count ? ` · ${r.child_count}` : ''}
                </Typography.Text>
              ) : null}
            </Space>
          );
        },
      },
      {
        colId: 'owner',
        headerName: t('staff.targets.owner'),
        pinned: 'left',
        width: 90,
        valueGetter: (p) => p.data?.owner_name ?? '',
      },
      ...PERIOD_KEYS.map(valueCol),
    ];
  }, [editable, isRoot, scale, unit, fmt, t]);

  const save = async () => {
    if (!block) return;
    api.current?.stopEditing();
    try {
      const b = await call('targets.saveBlock', {
        plan_id: block.plan.id,
        version: block.plan.version,
        node_id: block.node.id,
        root: isRoot && parent ? { owner_id: parent.owner_id ?? null, values: parent.values } : undefined,
        children: children.map((c) => ({
          id: c.id,
          subject_type: c.subject_type as 'user',
          subject_id: c.subject_id!,
          owner_id: c.owner_id ?? null,
          values: c.values,
        })),
      });
      setBlock(b);
      setRows(toRows(b));
      setDirty(false);
      message.success(t('common.saved'));
    } catch (e) {
      showError(e);
    }
  };

  /** The row the user is on: the selected one, else the one with the focused cell. */
  const currentRow = (): Row | undefined => {
    const sel = api.current?.getSelectedRows()[0];
    if (sel) return rows.find((r) => r.key === sel.key);
    const cell = api.current?.getFocusedCell();
    return cell ? rows[cell.rowIndex] : undefined;
  };

  const splitSelected = () => {
    api.current?.stopEditing();
    const row = currentRow();
    if (!row || row.values.y == null) return;
    const v = { ...row.values };
    const qs = split(row.values.y, 4);
    qs.forEach((q, i) => {
      v[`q${i + 1}` as PeriodKey] = q;
      split(q, 3).forEach((m, j) => (v[`m${i * 3 + j + 1}` as PeriodKey] = m));
    });
    setRows((rs) => rs.map((r) => (r.key === row.key ? { ...r, values: v } : r)));
    setDirty(true);
  };

  const removeSelected = () => {
    const row = currentRow();
    if (!row || row.kind !== 'child') return;
    setRows((rs) => rs.filter((r) => r.key !== row.key));
    setDirty(true);
  };

  /** The actuals basis of a draft (e.g. sales by approved orders or by invoices). */
  const changeBasis = async (basis: PlanRow['basis']) => {
    if (!plan || !block) return;
    try {
      await call('targets.updatePlan', {
        id: plan.id,
        version: block.plan.version,
        name: plan.name,
        basis,
        owner_id: plan.owner_id,
        notes: plan.notes,
      });
      loadBlock();
      message.success(t('common.saved'));
    } catch (e) {
      showError(e);
    }
  };

  const createPlan = async () => {
    try {
      const p = await call('targets.createPlan', { year, metric });
      loadPlans(p.id);
    } catch (e) {
      showError(e);
    }
  };
  const approve = () =>
    plan &&
    modal.confirm({
      title: t('staff.targets.approve'),
      content: t('staff.targets.approveConfirm'),
      onOk: () =>
        call('targets.approve', { id: plan.id, version: block?.plan.version ?? plan.version })
          .then((p) => {
            message.success(t('staff.targets.approved', { number: p.number }));
            loadPlans(p.id);
          })
          .catch((e) => {
            showError(e);
            loadBlock();
          }),
    });
  const revise = () => {
    if (!plan) return;
    let reason = '';
    modal.confirm({
      title: t('staff.targets.revise'),
      icon: null,
      content: (
        <Input
          placeholder={t('staff.targets.reviseReason')}
          maxLength={200}
          onChange={(e) => (reason = e.target.value)}
        />
      ),
      onOk: () =>
        call('targets.revise', { id: plan.id, reason })
          .then((p) => loadPlans(p.id))
          .catch((e) => {
            showError(e);
            throw e;
          }),
    });
  };
  const deleteDraft = () =>
    plan &&
    modal.confirm({
      title: t('staff.targets.deleteDraft'),
      content: t('staff.targets.deleteConfirm'),
      okButtonProps: { danger: true },
      onOk: () =>
        call('targets.deleteDraft', { id: plan.id })
          .then(() => loadPlans())
          .catch(showError),
    });
  const importFile = async (f: File) => {
    if (!block) return;
    setImportErrors(null);
    try {
      const b = await call('targets.import', {
        plan_id: block.plan.id,
        version: block.plan.version,
        file_base64: await readFileBase64(f),
      });
      setNodeId(undefined);
      setBlock(b);
      setRows(toRows(b));
      message.success(t('staff.targets.importDone'));
    } catch (e) {
      setImportErrors(importErrorsOf(e));
      showError(e);
    }
  };

  const draft = plan?.status === 'draft';
  const canManage = can('targets.manage');
  const allowedChildren = block ? CHILD_TYPES[block.node.subject_type] : [];

  return (
    <Page
      title={t('staff.targets.title')}
      sub={
        plan ? (
          <Space size={6}>
            <Tag
              color={plan.status === 'approved' ? 'green' : plan.status === 'draft' ? 'gold' : 'default'}
              data-testid="plan-status"
            >
              {bi(PLAN_STATUS_LABELS[plan.status])}
            </Tag>
            {plan.number ? <Typography.Text type="secondary">{plan.number}</Typography.Text> : null}
            <Typography.Text type="secondary">
              {t('staff.targets.revision', { n: plan.revision })} · {fl('basis')}：
              {plan.status === 'draft' && isRoot && editable && METRIC_INFO[plan.metric].bases.length > 1 ? (
                <Select
                  size="small"
                  variant="borderless"
                  value={plan.basis}
                  onChange={(basis) => void changeBasis(basis)}
                  options={METRIC_INFO[plan.metric].bases.map((b) => ({
                    value: b,
                    label: bi(BASIS_LABELS[b]),
                  }))}
                  style={{ width: 120 }}
                  data-testid="plan-basis"
                />
              ) : (
                bi(BASIS_LABELS[plan.basis])
              )}{' '}
              ·{' '}
              {unit === 'fen'
                ? t('staff.targets.unitFen')
                : unit === 'milli'
                  ? t('staff.targets.unitMilli')
                  : t('staff.targets.unitCount')}
            </Typography.Text>
          </Space>
        ) : null
      }
      extra={
        <Space wrap>
          <Select
            value={year}
            onChange={(y) => guard(() => setYear(y))}
            options={[thisYear - 1, thisYear, thisYear + 1].map((y) => ({ value: y, label: `${y}` }))}
            style={{ width: 90 }}
            data-testid="target-year"
          />
          <Segmented<TargetMetric>
            value={metric}
            onChange={(m) => guard(() => setMetric(m))}
            options={TARGET_METRICS.map((m) => ({ value: m, label: bi(METRIC_INFO[m]) }))}
            data-testid="target-metric"
          />
          {plans.length > 1 ? (
            <Select
              value={planId ?? undefined}
              onChange={(id) => guard(() => (setPlanId(id), setNodeId(undefined)))}
              options={plans.map((p) => ({
                value: p.id,
                label: `${t('staff.targets.revision', { n: p.revision })} · ${bi(PLAN_STATUS_LABELS[p.status])}`,
              }))}
              style={{ width: 160 }}
            />
          ) : null}
        </Space>
      }
    >
      {!plan ? (
        <Empty
          style={{ marginTop: 80 }}
          description={
            <>
              {t('staff.targets.noPlan', { year, metric: bi(METRIC_INFO[metric]) })}
              <br />
              {t('staff.targets.createHint')}
            </>
          }
        >
          {canManage ? (
            <Button
              type="primary"
              icon={<PlusOutlined />}
              onClick={() => void createPlan()}
              data-testid="plan-create"
            >
              {t('staff.targets.newPlan')}
            </Button>
          ) : null}
        </Empty>
      ) : (
        <div style={{ height: '100%', display: 'flex', flexDirection: 'column', gap: 8 }}>
          <div
            style={{
              display: 'flex',
              justifyContent: 'space-between',
              alignItems: 'center',
              flexWrap: 'wrap',
              gap: 8,
            }}
          >
            <Breadcrumb
              data-testid="target-path"
              items={(block?.path ?? []).map((p, i, all) => ({
                title:
                  i < all.length - 1 ? (
                    <a onClick={() => guard(() => setNodeId(p.id))}>{p.name}</a>
                  ) : (
                    <b>{p.name}</b>
                  ),
              }))}
            />
            <Space wrap>
              {editable ? (
                <>
                  <Button
                    icon={<PlusOutlined />}
                    onClick={() => setAdding(true)}
                    disabled={!allowedChildren.length}
                    data-testid="target-add"
                  >
                    {t('staff.targets.addChild')}
                  </Button>
                  <Button onClick={removeSelected}>{t('staff.targets.remove')}</Button>
                  <Button
                    onClick={splitSelected}
                    title={t('staff.targets.splitHint')}
                    data-testid="target-split"
                  >
                    {t('staff.targets.split')}
                  </Button>
                  <Button
                    type="primary"
                    icon={<SaveOutlined />}
                    onClick={() => void save()}
                    disabled={!dirty}
                    data-testid="target-save"
                  >
                    {t('common.save')}
                  </Button>
                </>
              ) : null}
              {draft && canManage && isRoot && editable ? (
                <Upload
                  accept=".xlsx"
                  showUploadList={false}
                  beforeUpload={(f) => (void importFile(f), false)}
                >
                  <Button icon={<UploadOutlined />}>{t('staff.targets.import')}</Button>
                </Upload>
              ) : null}
              <Button
                icon={<DownloadOutlined />}
                onClick={() =>
                  call('targets.export', { plan_id: plan.id }).then(downloadBase64).catch(showError)
                }
              >
                {t('staff.targets.export')}
              </Button>
              {draft && can('targets.approve') ? (
                <Button type="primary" ghost onClick={approve} disabled={dirty} data-testid="plan-approve">
                  {t('staff.targets.approve')}
                </Button>
              ) : null}
              {plan.status === 'approved' && canManage ? (
                <Button onClick={revise}>{t('staff.targets.revise')}</Button>
              ) : null}
              {draft && canManage && isRoot && editable ? (
                <Button danger onClick={deleteDraft}>
                  {t('staff.targets.deleteDraft')}
                </Button>
              ) : null}
            </Space>
          </div>
          <div style={{ flex: 1, minHeight: 240 }} data-testid="target-grid">
            <AgGridReact<Row>
              theme={gridTheme}
              localeText={i18n.language === 'en' ? AG_GRID_LOCALE_EN : AG_GRID_LOCALE_CN}
              rowData={block ? rows : []}
              pinnedBottomRowData={block?.partial ? [] : pinned}
              columnDefs={columns}
              getRowId={(p) => p.data.key}
              getRowClass={(p) => (p.data?.kind === 'parent' ? 'target-row-parent' : undefined)}
              onGridReady={(e) => (api.current = e.api)}
              singleClickEdit
              animateRows={false}
              stopEditingWhenCellsLoseFocus
              enterNavigatesVerticallyAfterEdit
              rowSelection={{ mode: 'singleRow', checkboxes: false, enableClickSelection: true }}
              onCellDoubleClicked={(e) => {
                if (
                  e.colDef.colId === 'name' &&
                  e.data?.kind === 'child' &&
                  e.data.id &&
                  CHILD_TYPES[e.data.subject_type!].length
                )
                  guard(() => setNodeId(e.data!.id));
              }}
              defaultColDef={{ sortable: false, resizable: true, suppressHeaderMenuButton: true }}
              overlayNoRowsTemplate={t('staff.targets.noChildren')}
            />
          </div>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {t('staff.targets.drill')}
            {block?.partial ? ` ${t('staff.targets.partial')}` : ''}
          </Typography.Text>
          {block?.issues.length ? (
            <Alert
              type="warning"
              showIcon
              data-testid="target-issues"
              title={t('staff.targets.issues', { n: block.issues.length })}
              description={
                <div style={{ maxHeight: 120, overflow: 'auto' }}>
                  {block.issues.slice(0, 50).map((i) => (
                    <div key={`${i.node_id}-${i.period}-${i.kind}`}>
                      <a onClick={() => guard(() => setNodeId(i.node_id))}>{i.path}</a>：
                      {bi({ zh: i.message_zh, en: i.message_en })}
                    </div>
                  ))}
                </div>
              }
            />
          ) : block ? (
            <Alert
              type="success"
              showIcon
              title={t('staff.targets.balanced')}
              data-testid="target-balanced"
            />
          ) : null}
          {importErrors ? <ImportErrorTable errors={importErrors} /> : null}
        </div>
      )}
      {adding && block ? (
        <AddChildModal
          types={allowedChildren}
          onClose={() => setAdding(false)}
          onAdd={(c) => {
            setRows((rs) => [
              ...rs,
              { key: `new-${Date.now()}`, kind: 'child', ...c, values: emptyValues() },
            ]);
            setDirty(true);
            setAdding(false);
          }}
        />
      ) : null}
    </Page>
  );
}

function AddChildModal({
  types,
  onClose,
  onAdd,
}: {
  types: SubjectType[];
  onClose(): void;
  onAdd(c: {
    subject_type: SubjectType;
    subject_id: number;
    name: string;
    owner_id: number | null;
    owner_name: string | null;
  }): void;
}) {
  const { t } = useTranslation();
  const [form] = Form.useForm();
  const type = (Form.useWatch('subject_type', form) as SubjectType | undefined) ?? types[0];
  useEffect(() => form.setFieldsValue({ subject_type: types[0] }), [form, types]);
  const ok = async () => {
    const v = await form.validateFields();
    const st = v.subject_type as SubjectType;
    const id = v.subject_id as number;
    let name = `#${id}`;
    if (st === 'org_unit') name = (await call('org.tree', {})).find((u) => u.id === id)?.name ?? name;
    else {
      const method =
        st === 'user' ? 'users.options' : st === 'product' ? 'products.options' : 'customers.options';
      name = (await call(method, { ids: [id], limit: 1 }))[0]?.label ?? name;
    }
    let ownerName: string | null = null;
    if (v.owner_id)
      ownerName = (await call('users.options', { ids: [v.owner_id], limit: 1 }))[0]?.label ?? null;
    onAdd({ subject_type: st, subject_id: id, name, owner_id: v.owner_id ?? null, owner_name: ownerName });
  };
  return (
    <Modal
      open
      title={t('staff.targets.addChild')}
      onCancel={onClose}
      onOk={() => void ok()}
      okButtonProps={{ 'data-testid': 'target-add-ok' } as never}
      destroyOnHidden
    >
      <Form form={form} layout="vertical">
        <Form.Item name="subject_type" label={fl('subject_type')} rules={[{ required: true }]}>
          <Segmented
            options={types.map((x) => ({ value: x, label: bi(SUBJECT_LABELS[x]) }))}
            onChange={() => form.setFieldValue('subject_id', undefined)}
          />
        </Form.Item>
        <Form.Item name="subject_id" label={fl('subject_id')} rules={[{ required: true }]}>
          {type === 'org_unit' ? (
            <OrgTreeSelect data-testid="target-subject-unit" />
          ) : (
            <RemoteSelect
              method={
                type === 'user'
                  ? 'users.options'
                  : type === 'product'
                    ? 'products.options'
                    : 'customers.options'
              }
              data-testid="target-subject"
            />
          )}
        </Form.Item>
        <Form.Item name="owner_id" label={t('staff.targets.owner')}>
          <RemoteSelect method="users.options" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
