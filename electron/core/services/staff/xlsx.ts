import * as XLSX from 'xlsx';
import { AppError } from '../../rpc/errors';
import { fieldLabel, message, type MessageKey } from '../../../../shared/messages';
import type { ImportError } from '../../../../shared/contract/staff';

/**
 * Small, strict spreadsheet helpers for imports and exports (SheetJS). Imports are all-or-nothing: every
 * row is checked first and the errors come back by row and column; nothing is written when one fails.
 */

const pad = (n: number) => String(n).padStart(2, '0');

/** The first sheet as rows of raw cell values (numbers stay numbers: dates and times as serials). */
export function readRows(base64: string): unknown[][] {
  let wb: XLSX.WorkBook;
  try {
    const buf = Buffer.from(base64, 'base64');
    if (buf.length < 4) throw new Error('empty');
    wb = XLSX.read(buf, { type: 'buffer', cellDates: false });
  } catch {
    throw AppError.field('VALIDATION', ['file_base64'], 'import_bad_file');
  }
  const first = wb.SheetNames[0];
  const sheet = first ? wb.Sheets[first] : undefined;
  if (!sheet) throw AppError.field('VALIDATION', ['file_base64'], 'import_empty');
  return XLSX.utils.sheet_to_json<unknown[]>(sheet, { header: 1, raw: true, defval: null, blankrows: false });
}

/** A workbook with one sheet, as base64. */
export function writeSheet(sheetName: string, rows: unknown[][], widths?: number[]): string {
  const ws = XLSX.utils.aoa_to_sheet(rows);
  if (widths) ws['!cols'] = widths.map((wch) => ({ wch }));
  const wb = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(wb, ws, sheetName.slice(0, 31));
  return XLSX.write(wb, { type: 'base64', bookType: 'xlsx' }) as string;
}

export function cellText(v: unknown): string {
  if (v == null) return '';
  return String(v).trim();
}

/** A date cell: an Excel serial or text like 2026-11-03, 2026/11/3, 2026.11.3. */
export function cellDate(v: unknown): string | null {
  if (typeof v === 'number' && Number.isFinite(v) && v > 0) {
    const d = XLSX.SSF.parse_date_code(v);
    if (!d || d.y < 1990) return null;
    return `${d.y}-${pad(d.m)}-${pad(d.d)}`;
  }
  const m = /^(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})日?$/.exec(cellText(v));
  if (!m) return null;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const t = new Date(Date.UTC(y, mo - 1, d));
  if (t.getUTCFullYear() !== y || t.getUTCMonth() !== mo - 1 || t.getUTCDate() !== d) return null;
  return `${y}-${pad(mo)}-${pad(d)}`;
}

/** A time cell: a day fraction or text like 9:05, 09:05:30. Empty → null; invalid → undefined. */
export function cellTime(v: unknown): string | null | undefined {
  if (v == null || v === '') return null;
  if (typeof v === 'number' && Number.isFinite(v)) {
    const frac = v - Math.floor(v);
    const mins = Math.round(frac * 24 * 60);
    if (mins >= 24 * 60) return undefined;
    return `${pad(Math.floor(mins / 60))}:${pad(mins % 60)}`;
  }
  const m = /^(\d{1,2})[:：](\d{2})(?:[:：]\d{2})?$/.exec(cellText(v));
  if (!m) return undefined;
  const h = Number(m[1]);
  const mi = Number(m[2]);
  if (h > 23 || mi > 59) return undefined;
  return `${pad(h)}:${pad(mi)}`;
}

/** Finds the header row's columns by any of their names; reports the missing required ones. */
export function mapHeader(
  header: unknown[],
  columns: Record<string, { names: string[]; required: boolean; label: string }>,
  errors: ImportError[],
): Record<string, number> {
  const norm = header.map((h) => cellText(h).replace(/\s+/g, '').toLowerCase());
  const out: Record<string, number> = {};
  for (const [key, c] of Object.entries(columns)) {
    const i = norm.findIndex((h) => c.names.some((n) => n.replace(/\s+/g, '').toLowerCase() === h));
    if (i >= 0) out[key] = i;
    else if (c.required) errors.push(importError(1, c.label, 'import_missing_column', { column: c.label }));
  }
  return out;
}

export function importError(
  row: number,
  column: string,
  key: MessageKey,
  params?: Record<string, unknown>,
): ImportError {
  const m = message(key, params);
  return { row, column, message_zh: m.zh, message_en: m.en };
}

/** Nothing imported: one error naming the first problem, with the full list in details. */
export function importFailed(errors: ImportError[]): AppError {
  const first = errors[0]!;
  const label = fieldLabel(['file_base64']);
  const where = {
    zh: `第 ${first.row} 行 · ${first.column}：${first.message_zh}`,
    en: `row ${first.row} · ${first.column}: ${first.message_en}`,
  };
  const m = message('import_errors', { first: where.zh, n: errors.length });
  const en = message('import_errors', { first: where.en, n: errors.length }).en;
  return new AppError(
    'VALIDATION',
    m.zh,
    en,
    [{ path: ['file_base64'], message_zh: `${label.zh}：${m.zh}`, message_en: `${label.en}: ${en}` }],
    { errors: errors.slice(0, 500) },
  );
}
