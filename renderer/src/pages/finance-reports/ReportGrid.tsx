import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { AgGridReact } from 'ag-grid-react';
import type {
  CellClickedEvent,
  ColDef,
  GridApi,
  GridReadyEvent,
  IDatasource,
  IGetRowsParams,
  RowClassParams,
} from 'ag-grid-community';
import { AG_GRID_LOCALE_CN, AG_GRID_LOCALE_EN } from '@ag-grid-community/locale';
import { useTranslation } from 'react-i18next';
import { gridTheme } from '../../components/ServerGrid';

export interface ReportPage<T> {
  rows: T[];
  /** All rows of the report (for the scroll bar). */
  count: number;
  /** Totals shown in a pinned bottom row (taken from the first block). */
  totals?: T[];
}

interface Props<T> {
  columns: ColDef<T>[];
  /** Loads one block; a report's own method with offset/limit (not a list method with sort and filters). */
  load: (offset: number, limit: number) => Promise<ReportPage<T>>;
  /** Changing it reloads from the first row (the report's parameters as a string). */
  reloadKey: string;
  rowId: (row: T) => string;
  onCellClicked?: (e: CellClickedEvent<T>) => void;
  onCount?: (n: number) => void;
  onError?: (e: unknown) => void;
  testId?: string;
  height?: number | string;
}

/**
 * A report table: AG Grid's infinite row model over a report method that pages with offset/limit and
 * returns a count (reports.ageing, reports.dso, reports.forecast, reports.ageingItems), with a totals row
 * pinned at the bottom. Order is the report's own; columns neither sort nor filter.
 */
export function ReportGrid<T>(props: Props<T>) {
  const { i18n } = useTranslation();
  const apiRef = useRef<GridApi | null>(null);
  const propsRef = useRef(props);
  useLayoutEffect(() => {
    propsRef.current = props;
  });
  const [totals, setTotals] = useState<T[] | undefined>(undefined);

  const datasource = useMemo<IDatasource>(
    () => ({
      getRows(p: IGetRowsParams) {
        const { load, onCount, onError } = propsRef.current;
        const limit = p.endRow - p.startRow;
        load(p.startRow, limit)
          .then((r) => {
            if (p.startRow === 0) {
              setTotals(r.totals);
              onCount?.(r.count);
            }
            p.successCallback(r.rows, r.count);
            if (r.count === 0) apiRef.current?.showNoRowsOverlay();
            else apiRef.current?.hideOverlay();
          })
          .catch((e: unknown) => {
            p.failCallback();
            onError?.(e);
          });
      },
    }),
    [],
  );

  const refresh = useCallback(() => {
    apiRef.current?.setGridOption('datasource', datasource);
  }, [datasource]);

  useEffect(() => {
    refresh();
  }, [props.reloadKey, refresh]);

  const onGridReady = useCallback(
    (e: GridReadyEvent) => {
      apiRef.current = e.api;
      e.api.setGridOption('datasource', datasource);
    },
    [datasource],
  );

  const defaultColDef = useMemo<ColDef>(
    () => ({ sortable: false, resizable: true, filter: false, suppressHeaderMenuButton: true, minWidth: 70 }),
    [],
  );

  return (
    <div style={{ height: props.height ?? '100%', width: '100%' }} data-testid={props.testId}>
      <AgGridReact<T>
        theme={gridTheme}
        localeText={i18n.language === 'en' ? AG_GRID_LOCALE_EN : AG_GRID_LOCALE_CN}
        rowModelType="infinite"
        cacheBlockSize={100}
        maxBlocksInCache={20}
        infiniteInitialRowCount={1}
        columnDefs={props.columns}
        defaultColDef={defaultColDef}
        onGridReady={onGridReady}
        getRowId={(p) => props.rowId(p.data)}
        pinnedBottomRowData={totals}
        getRowStyle={(p: RowClassParams<T>) =>
          p.node.rowPinned ? { fontWeight: 600, background: '#fafafa' } : undefined
        }
        onCellClicked={(e) => props.onCellClicked?.(e)}
        enableCellTextSelection
        ensureDomOrder
      />
    </div>
  );
}
