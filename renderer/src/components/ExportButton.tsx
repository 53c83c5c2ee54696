import { Button } from 'antd';
import { FileExcelOutlined } from '@ant-design/icons';
import { useState, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import { call } from '../api';
import { useSession } from '../session';
import { useFeedback } from './feedback';
import { XLSX_MIME, download } from './files';
import { toFilterItems, type GridColDef, type ServerGridHandle } from './ServerGrid';
import type { FilterItem, MethodName } from '../../../shared/contract';
import type { ExportColumn } from '../../../shared/contract/spreadsheets';
import { STATUS_LABELS } from '../../../shared/status';
import { bi } from '../i18n';

/** How a grid column exports (its type and the labels of coded values). */
export interface ExportSpec {
  type?: ExportColumn['type'];
  labels?: Record<string, string>;
}

/** Coded values exported as words, from a bilingual label table. */
export function labelsSpec(labels: Record<string, { zh: string; en: string }>): ExportSpec {
  return { labels: Object.fromEntries(Object.entries(labels).map(([k, v]) => [k, bi(v)])) };
}

/** Document statuses exported as words (草稿, 已审核 …), with per-screen overrides. */
export function statusSpec(overrides: Record<string, string> = {}): ExportSpec {
  return { labels: { ...labelsSpec(STATUS_LABELS).labels, ...overrides } };
}

/**
 * 导出 Excel for a ServerGrid: the same list method, filters (toolbar and column filters), quick search
 * and sort as on screen, in the columns shown, read by the server in pages. Needs data.export.
 */
export function ExportButton<T>({
  grid,
  method,
  params,
  columns,
  specs = {},
  title,
}: {
  grid: RefObject<ServerGridHandle | null>;
  method: MethodName;
  params: Record<string, unknown>;
  columns: GridColDef<T>[];
  /** Export types per field (money columns are detected from the grid). */
  specs?: Record<string, ExportSpec>;
  title: string;
}) {
  const run = () => {
    const api = grid.current?.api();
    const moneyCols = new Set(columns.filter((c) => c.money).map((c) => String(c.field)));
    const sort = (api?.getColumnState() ?? [])
      .filter((c) => c.sort)
      .sort((a, b) => (a.sortIndex ?? 0) - (b.sortIndex ?? 0))
      .map((c) => ({ field: c.colId, dir: c.sort as 'asc' | 'desc' }));
    const gridFilters = toFilterItems(
      (api?.getFilterModel() ?? {}) as Record<string, Record<string, unknown>>,
      moneyCols,
    );
    const toolbar = (params.filters as FilterItem[] | undefined) ?? [];
    const shown = api
      ? api.getAllDisplayedColumns().map((c) => c.getColId())
      : columns.map((c) => String(c.field));
    const cols: ExportColumn[] = [];
    for (const id of shown) {
      const def = columns.find((c) => String(c.field) === id);
      if (!def?.field) continue;
      const spec = specs[id] ?? {};
      cols.push({
        field: id,
        header: String(def.headerName ?? id),
        type: spec.type ?? (def.money ? 'money' : 'text'),
        ...(spec.labels ? { labels: spec.labels } : {}),
      });
    }
    return call('exports.list', {
      method,
      query: { ...params, filters: [...toolbar, ...gridFilters], sort },
      columns: cols,
      title,
    });
  };

  return <FileExportButton run={run} />;
}

/**
 * 导出 Excel: asks the server for the file (`run`) and saves it, with the busy state and the result
 * message. Used as is by reports with their own export method (ageing, statement) and by ExportButton.
 */
export function FileExportButton({
  run,
  disabled,
  testId = 'export-excel',
}: {
  run: () => Promise<{ filename: string; xlsx_base64: string; rows: number }>;
  disabled?: boolean;
  testId?: string;
}) {
  const { t } = useTranslation();
  const { can } = useSession();
  const { message, showError } = useFeedback();
  const [busy, setBusy] = useState(false);
  if (!can('data.export')) return null;
  const go = async () => {
    setBusy(true);
    try {
      const r = await run();
      download(r.xlsx_base64, r.filename, XLSX_MIME);
      message.success(t('docs.export.done', { n: r.rows }));
    } catch (e) {
      showError(e);
    } finally {
      setBusy(false);
    }
  };
  return (
    <Button
      icon={<FileExcelOutlined />}
      loading={busy}
      disabled={disabled}
      onClick={() => void go()}
      data-testid={testId}
    >
      {t('docs.export.button')}
    </Button>
  );
}
