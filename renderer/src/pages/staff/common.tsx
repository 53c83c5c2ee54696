import './staff.css';
import { Table, Tag, TreeSelect, type TreeSelectProps } from 'antd';
import { useCallback, useEffect, useMemo, useState } from 'react';
import { ApiError, call } from '../../api';
import { bi } from '../../i18n';
import {
  ORG_KIND_LABELS,
  STATUS_LABELS,
  type ImportError,
  type OrgUnitRow,
  type StatusKind,
} from '../../../../shared/contract/staff';

/** Helpers shared by the staff and performance screens. */

export interface OrgNode {
  value: number;
  title: string;
  key: number;
  kind: OrgUnitRow['kind'];
  unit: OrgUnitRow;
  children: OrgNode[];
}

export function buildOrgTree(units: OrgUnitRow[]): OrgNode[] {
  const nodes = new Map<number, OrgNode>();
  for (const u of units)
    nodes.set(u.id, { value: u.id, key: u.id, title: u.name, kind: u.kind, unit: u, children: [] });
  const roots: OrgNode[] = [];
  for (const u of units) {
    const n = nodes.get(u.id)!;
    const p = u.parent_id == null ? undefined : nodes.get(u.parent_id);
    if (p) p.children.push(n);
    else roots.push(n);
  }
  return roots;
}

export function useOrgUnits(includeInactive = false) {
  const [units, setUnits] = useState<OrgUnitRow[]>([]);
  const reload = useCallback(() => {
    call('org.tree', { include_inactive: includeInactive })
      .then(setUnits)
      .catch(() => undefined);
  }, [includeInactive]);
  useEffect(reload, [reload]);
  const tree = useMemo(() => buildOrgTree(units), [units]);
  return { units, tree, reload };
}

/** Picks an organisation unit from the tree. */
export function OrgTreeSelect(props: Omit<TreeSelectProps<number>, 'treeData'>) {
  const { tree } = useOrgUnits();
  const data = useMemo(() => {
    const map = (n: OrgNode): Record<string, unknown> => ({
      value: n.value,
      title: `${n.title}（${bi(ORG_KIND_LABELS[n.kind])}）`,
      children: n.children.map(map),
    });
    return tree.map(map);
  }, [tree]);
  return (
    <TreeSelect<number>
      allowClear
      showSearch={{ treeNodeFilterProp: 'title' }}
      treeDefaultExpandAll
      treeData={data as never}
      style={{ width: '100%' }}
      {...props}
    />
  );
}

export const STATUS_COLORS: Record<StatusKind, string> = {
  office: 'green',
  studying: 'cyan',
  visiting: 'blue',
  complaint: 'volcano',
  leave: 'orange',
  trip: 'purple',
  requirement: 'geekblue',
  other: 'default',
};

export function StatusTag({ kind }: { kind: StatusKind }) {
  return (
    <Tag color={STATUS_COLORS[kind]} style={{ marginInlineEnd: 0 }}>
      {bi(STATUS_LABELS[kind])}
    </Tag>
  );
}

const pad = (n: number) => String(n).padStart(2, '0');

/** 11-20 09:30 in local time. */
export function fmtShort(iso: string | null | undefined): string {
  if (!iso) return '';
  const d = new Date(iso);
  return `${pad(d.getMonth() + 1)}-${pad(d.getDate())} ${pad(d.getHours())}:${pad(d.getMinutes())}`;
}

/** 2026-11-20 09:30 in local time. */
export function fmtDateTime(iso: string | null | undefined): string {
  if (!iso) return '';
  const d = new Date(iso);
  return `${d.getFullYear()}-${fmtShort(iso)}`;
}

export function todayLocal(): string {
  const d = new Date();
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

/** Query parameters after the hash route: #/performance/evaluation?user=3 */
export function hashParams(): URLSearchParams {
  const h = window.location.hash;
  const i = h.indexOf('?');
  return new URLSearchParams(i >= 0 ? h.slice(i + 1) : '');
}

export function readFileBase64(file: Blob): Promise<string> {
  return new Promise((resolve, reject) => {
    const r = new FileReader();
    r.onload = () => {
      const s = String(r.result ?? '');
      resolve(s.slice(s.indexOf(',') + 1));
    };
    r.onerror = () => reject(r.error ?? new Error('read failed'));
    r.readAsDataURL(file);
  });
}

export function downloadBase64(f: { file_name: string; base64: string }): void {
  const bin = atob(f.base64);
  const bytes = new Uint8Array(bin.length);
  for (let i = 0; i < bin.length; i++) bytes[i] = bin.charCodeAt(i);
  const blob = new Blob([bytes], {
    type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  });
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = f.file_name;
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** The row/column errors of a failed import, if the error carries them. */
export function importErrorsOf(e: unknown): ImportError[] | null {
  if (!(e instanceof ApiError)) return null;
  const d = e.body.details as { errors?: ImportError[] } | undefined;
  return d?.errors?.length ? d.errors : null;
}

export function ImportErrorTable({ errors }: { errors: ImportError[] }) {
  return (
    <Table<ImportError>
      size="small"
      rowKey={(r) => `${r.row}-${r.column}-${r.message_zh}`}
      dataSource={errors}
      pagination={errors.length > 10 ? { pageSize: 10, size: 'small' } : false}
      columns={[
        { title: '行 / Row', dataIndex: 'row', width: 80 },
        { title: '列 / Column', dataIndex: 'column', width: 110 },
        { title: '问题 / Problem', render: (_v, r) => bi({ zh: r.message_zh, en: r.message_en }) },
      ]}
      data-testid="import-errors"
    />
  );
}
