import * as XLSX from 'xlsx';

/**
 * Writing .xlsx files. Every cell's type comes from its column, never from its content:
 *
 *  - text is always a string cell, so a value such as "=HYPERLINK(…)", "+86 138…", "-" or "@mention" is
 *    written as text and can never become a formula (no formula injection); no cell is ever written
 *    with a formula;
 *  - numbers are numbers; money (fen) is a number in yuan with two decimals (#,##0.00); quantities
 *    (thousandths) are numbers; rates (basis points) are percentages;
 *  - dates are real Excel dates (yyyy-mm-dd), timestamps are date-times in the office's local time.
 */
export type OutType = 'text' | 'number' | 'money' | 'qty' | 'rate' | 'date' | 'datetime' | 'bool';

export interface OutColumn {
  header: string;
  type: OutType;
  /** Width in characters. */
  width?: number;
}

export interface OutSheet {
  name: string;
  columns: OutColumn[];
  rows: unknown[][];
  autofilter?: boolean;
}

const DAY = 86_400_000;
const EPOCH = Date.UTC(1899, 11, 30);

/** 'YYYY-MM-DD' → Excel serial day. */
export function dateSerial(iso: string): number | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) return null;
  return (Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])) - EPOCH) / DAY;
}

/** ISO timestamp → Excel serial in local time. */
export function dateTimeSerial(iso: string): number | null {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return null;
  const local = Date.UTC(
    d.getFullYear(),
    d.getMonth(),
    d.getDate(),
    d.getHours(),
    d.getMinutes(),
    d.getSeconds(),
  );
  return (local - EPOCH) / DAY;
}

export function toCell(type: OutType, v: unknown): XLSX.CellObject | null {
  if (v === null || v === undefined || v === '' || (Array.isArray(v) && v.length === 0)) return null;
  switch (type) {
    case 'number':
      return typeof v === 'number' && Number.isFinite(v) ? { t: 'n', v } : { t: 's', v: String(v) };
    case 'money':
      // Fen to yuan for display only; the value is exact to the cent (k/100 prints back as typed).
      return typeof v === 'number' ? { t: 'n', v: v / 100, z: '#,##0.00' } : { t: 's', v: String(v) };
    case 'qty':
      return typeof v === 'number' ? { t: 'n', v: v / 1000 } : { t: 's', v: String(v) };
    case 'rate':
      return typeof v === 'number'
        ? { t: 'n', v: v / 10000, z: v % 100 === 0 ? '0%' : v % 10 === 0 ? '0.0%' : '0.00%' }
        : { t: 's', v: String(v) };
    case 'date': {
      const s = typeof v === 'string' ? dateSerial(v.slice(0, 10)) : null;
      return s === null ? { t: 's', v: String(v) } : { t: 'n', v: s, z: 'yyyy-mm-dd' };
    }
    case 'datetime': {
      const s = typeof v === 'string' ? dateTimeSerial(v) : null;
      return s === null ? { t: 's', v: String(v) } : { t: 'n', v: s, z: 'yyyy-mm-dd hh:mm' };
    }
    case 'bool':
      return { t: 's', v: v ? '是' : '否' };
    case 'text':
    default:
      return { t: 's', v: Array.isArray(v) ? v.join('、') : String(v) };
  }
}

function width(col: OutColumn): number {
  if (col.width) return col.width;
  const head = [...col.header].reduce((n, ch) => n + (ch.charCodeAt(0) > 255 ? 2 : 1), 0);
  const byType: Record<OutType, number> = {
    text: 14,
    number: 10,
    money: 14,
    qty: 10,
    rate: 8,
    date: 12,
    datetime: 17,
    bool: 6,
  };
  return Math.max(head + 2, byType[col.type]);
}

export function buildSheet(s: OutSheet): XLSX.WorkSheet {
  const data: (XLSX.CellObject | null)[][] = [s.columns.map((c) => ({ t: 's', v: c.header }))];
  for (const r of s.rows) data.push(s.columns.map((c, i) => toCell(c.type, r[i])));
  const ws: XLSX.WorkSheet = { '!data': [] } as unknown as XLSX.WorkSheet;
  const dense = ws as unknown as XLSX.DenseSheet;
  dense['!data'] = data.map((row) => row.map((c) => c ?? (undefined as unknown as XLSX.CellObject)));
  const lastCol = Math.max(0, s.columns.length - 1);
  const ref = XLSX.utils.encode_range({
    s: { r: 0, c: 0 },
    e: { r: Math.max(0, data.length - 1), c: lastCol },
  });
  ws['!ref'] = ref;
  ws['!cols'] = s.columns.map((c) => ({ wch: width(c) }));
  if (s.autofilter && s.columns.length) ws['!autofilter'] = { ref };
  return ws;
}

export function writeXlsx(sheets: OutSheet[]): Buffer {
  const wb = XLSX.utils.book_new();
  for (const s of sheets) XLSX.utils.book_append_sheet(wb, buildSheet(s), s.name.slice(0, 31));
  return XLSX.write(wb, { type: 'buffer', bookType: 'xlsx', compression: true }) as Buffer;
}
