import {
  forwardRef,
  useCallback,
  useEffect,
  useImperativeHandle,
  useLayoutEffect,
  useMemo,
  useRef,
  useState,
} from 'react';
import { AgGridReact } from 'ag-grid-react';
import {
  AllCommunityModule,
  ModuleRegistry,
  themeQuartz,
  type ColDef,
  type GridApi,
  type GridReadyEvent,
  type IDatasource,
  type IGetRowsParams,
  type RowDoubleClickedEvent,
} from 'ag-grid-community';
import { AG_GRID_LOCALE_CN, AG_GRID_LOCALE_EN } from '@ag-grid-community/locale';
import { useTranslation } from 'react-i18next';
import { call, type ApiError } from '../api';
import type { FilterItem, ListQueryInput, MethodName, OutputOf } from '../../../shared/contract';
import { formatFen } from '../../../shared/money';

ModuleRegistry.registerModules([AllCommunityModule]);

export const gridTheme = themeQuartz.withParams({
  fontFamily: [
    '-apple-system',
    'Segoe UI',
    'Microsoft YaHei',
    'PingFang SC',
    'Noto Sans CJK SC',
    'sans-serif',
  ],
  fontSize: 13,
  headerFontSize: 13,
  rowHeight: 34,
  headerHeight: 36,
  spacing: 6,
  accentColor: '#1677ff',
  headerBackgroundColor: '#fafafa',
  borderColor: '#e8e8e8',
  wrapperBorderRadius: 6,
});

/** List methods: input is a list query, output is { rows, total }. */
type ListMethod = {
  [M in MethodName]: OutputOf<M> extends { rows: unknown[]; total: number | null } ? M : never;
}[MethodName];
type RowOf<M extends ListMethod> = OutputOf<M>['rows'][number];

/** Column kinds that change how the filter model maps to the server's filter items. */
export type GridColDef<T> = ColDef<T> & { money?: boolean };

export interface ServerGridHandle {
  refresh(): void;
  api(): GridApi | null;
}

interface Props<M extends ListMethod> {
  method: M;
  columns: GridColDef<RowOf<M>>[];
  /** Extra query fields: q, include_inactive, filters from the toolbar … */
  params?: Omit<ListQueryInput, 'offset' | 'limit' | 'sort' | 'with_total'> & Record<string, unknown>;
  onRowDoubleClicked?: (row: RowOf<M>) => void;
  onRowClicked?: (row: RowOf<M>) => void;
  /** Checkbox selection of several rows (read them with handle.api().getSelectedRows()). */
  multiSelect?: boolean;
  onSelectionChanged?: (rows: RowOf<M>[]) => void;
  /** Row id when rows have no `id` field. */
  rowId?: (row: RowOf<M>) => string;
  onTotal?: (n: number | null) => void;
  onError?: (e: ApiError) => void;
  height?: number | string;
  testId?: string;
}

const TEXT_OPS = new Set([
  'contains',
  'notContains',
  'equals',
  'notEqual',
  'startsWith',
  'endsWith',
  'blank',
  'notBlank',
]);
const CMP_OPS = new Set([
  'equals',
  'notEqual',
  'lessThan',
  'lessThanOrEqual',
  'greaterThan',
  'greaterThanOrEqual',
  'inRange',
  'blank',
  'notBlank',
]);

/** AG Grid's filter model → the contract's filter items (one condition per column). */
export function toFilterItems(
  model: Record<string, Record<string, unknown>>,
  moneyCols: Set<string>,
): FilterItem[] {
  const out: FilterItem[] = [];
  for (const [field, m] of Object.entries(model ?? {})) {
    const type = String(m.type ?? '');
    if (m.filterType === 'text' && TEXT_OPS.has(type)) {
      out.push({
        field,
        op: type as FilterItem['op'],
        value: m.filter == null ? undefined : String(m.filter),
      });
    } else if (m.filterType === 'number' && CMP_OPS.has(type)) {
      const scale = (v: unknown) =>
        v == null ? undefined : moneyCols.has(field) ? Math.round(Number(v) * 100) : Number(v);
      out.push({ field, op: type as FilterItem['op'], value: scale(m.filter), value2: scale(m.filterTo) });
    } else if (m.filterType === 'date' && CMP_OPS.has(type)) {
      const d = (v: unknown) => (typeof v === 'string' ? v.slice(0, 10) : undefined);
      // A date column holds timestamps: "equals 2026-11-20" means within that day.
      if (type === 'equals')
        out.push({ field, op: 'inRange', value: d(m.dateFrom), value2: `${d(m.dateFrom)}T99` });
      else if (type === 'lessThanOrEqual' || type === 'lessThan')
        out.push({
          field,
          op: 'lessThan',
          value: type === 'lessThan' ? d(m.dateFrom) : `${d(m.dateFrom)}T99`,
        });
      else
        out.push({
          field,
          op: type as FilterItem['op'],
          value: d(m.dateFrom),
          value2: d(m.dateTo) ? `${d(m.dateTo)}T99` : undefined,
        });
    }
  }
  return out;
}

export const moneyColumn = <T,>(
  field: string,
  headerName: string,
  extra: Partial<GridColDef<T>> = {},
): GridColDef<T> => ({
  field: field as never,
  headerName,
  money: true,
  type: 'rightAligned',
  filter: 'agNumberColumnFilter',
  valueFormatter: (p) => (p.value == null ? '' : formatFen(Number(p.value))),
  width: 130,
  ...extra,
});

function ServerGridInner<M extends ListMethod>(props: Props<M>, ref: React.ForwardedRef<ServerGridHandle>) {
  const { i18n } = useTranslation();
  const apiRef = useRef<GridApi | null>(null);
  const propsRef = useRef(props);
  useLayoutEffect(() => {
    propsRef.current = props;
  });
  const [, force] = useState(0);

  const moneyCols = useMemo(
    () => new Set(props.columns.filter((c) => c.money).map((c) => String(c.field))),
    [props.columns],
  );

  const datasource = useMemo<IDatasource>(
    () => ({
      getRows(p: IGetRowsParams) {
        const { method, params, onTotal, onError } = propsRef.current;
        const limit = p.endRow - p.startRow;
        const base = (params ?? {}) as Record<string, unknown>;
        const toolbarFilters = (base.filters as FilterItem[] | undefined) ?? [];
        const input = {
          ...base,
          offset: p.startRow,
          limit,
          sort: (p.sortModel ?? []).map((s: { colId: string; sort: 'asc' | 'desc' }) => ({
            field: s.colId,
            dir: s.sort,
          })),
          filters: [...toolbarFilters, ...toFilterItems(p.filterModel, moneyCols)],
          with_total: p.startRow === 0,
        };
        call(method, input as never)
          .then((r) => {
            const res = r as { rows: unknown[]; total: number | null };
            if (p.startRow === 0) onTotal?.(res.total);
            const last = res.total ?? (res.rows.length < limit ? p.startRow + res.rows.length : -1);
            p.successCallback(res.rows, last);
            if (res.total === 0) apiRef.current?.showNoRowsOverlay();
            else apiRef.current?.hideOverlay();
          })
          .catch((e: ApiError) => {
            p.failCallback();
            onError?.(e);
          });
      },
    }),
    [moneyCols],
  );

  const refresh = useCallback(() => {
    const api = apiRef.current;
    if (!api) return;
    api.setGridOption('datasource', datasource);
  }, [datasource]);

  useImperativeHandle(ref, () => ({ refresh, api: () => apiRef.current }), [refresh]);

  // New toolbar parameters (search text, inactive switch) reload from the first row.
  const paramsKey = JSON.stringify(props.params ?? {});
  useEffect(() => {
    refresh();
  }, [paramsKey, refresh]);

  const onGridReady = useCallback(
    (e: GridReadyEvent) => {
      apiRef.current = e.api;
      e.api.setGridOption('datasource', datasource);
      force((n) => n + 1);
    },
    [datasource],
  );

  const defaultColDef = useMemo<ColDef>(
    () => ({
      sortable: true,
      resizable: true,
      filter: 'agTextColumnFilter',
      floatingFilter: true,
      filterParams: { maxNumConditions: 1, buttons: ['reset'], debounceMs: 400 },
      suppressHeaderMenuButton: true,
      minWidth: 80,
    }),
    [],
  );

  return (
    <div style={{ height: props.height ?? '100%', width: '100%' }} data-testid={props.testId}>
      <AgGridReact
        theme={gridTheme}
        localeText={i18n.language === 'en' ? AG_GRID_LOCALE_EN : AG_GRID_LOCALE_CN}
        rowModelType="infinite"
        cacheBlockSize={100}
        maxBlocksInCache={20}
        infiniteInitialRowCount={1}
        columnDefs={props.columns as ColDef[]}
        defaultColDef={defaultColDef}
        onGridReady={onGridReady}
        getRowId={(p) =>
          props.rowId ? props.rowId(p.data as RowOf<M>) : String((p.data as { id: number }).id)
        }
        onRowDoubleClicked={(e: RowDoubleClickedEvent) =>
          e.data && props.onRowDoubleClicked?.(e.data as RowOf<M>)
        }
        onRowClicked={(e) => e.data && props.onRowClicked?.(e.data as RowOf<M>)}
        rowSelection={
          props.multiSelect
            ? { mode: 'multiRow', headerCheckbox: false, enableClickSelection: false }
            : undefined
        }
        onSelectionChanged={(e) => props.onSelectionChanged?.(e.api.getSelectedRows() as RowOf<M>[])}
        suppressCellFocus={false}
        enableCellTextSelection
        ensureDomOrder
      />
    </div>
  );
}

export const ServerGrid = forwardRef(ServerGridInner) as <M extends ListMethod>(
  props: Props<M> & { ref?: React.Ref<ServerGridHandle> },
) => React.ReactElement;
