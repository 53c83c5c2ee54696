import * as XLSX from 'xlsx';
import type { Bilingual, MessageKey } from '../../../shared/messages';
import { message } from '../../../shared/messages';
import type { Permission } from '../../../shared/contract/permissions';
import type { ImportIssue } from '../../../shared/contract/spreadsheets';
import type { ServiceContext } from '../rpc/context';
import { AppError } from '../rpc/errors';
import {
  CellError,
  convertCell,
  headerText,
  normHeader,
  type CellValue,
  type ColumnDef,
  type SheetDef,
} from './columns';
import type { Cell, OpenedBook } from './workbook';
import type { OutSheet, OutType } from './writer';

/**
 * An importable (and exportable) data set: its sheets and columns, how to validate the converted rows
 * against the database, how to write them, and how to export the same data in the same layout.
 *
 * To add one (opening stock, opening receivables, price lists): declare its sheets, write prepare()
 * (collect every error by row and column; reuse the owning service's validation), commit() (all writes
 * in the call's transaction) and exportSheets(), and add it to DATASETS in datasets/index.ts.
 */
export interface ParsedRecord {
  /** Excel row number (1-based; the header is row 1). */
  row: number;
  values: Record<string, CellValue>;
  /** Keys whose cell could not be converted (already reported). */
  bad: Set<string>;
}

export interface ParsedSheet {
  def: SheetDef;
  /** The sheet's name in the file. */
  name: string;
  /** Each file column: the column it maps to, or null (ignored). */
  mapping: { header: string; key: string | null; label: string | null }[];
  records: ParsedRecord[];
  /** First rows as shown (for the preview table). */
  preview: { row: number; values: (string | number | boolean | null)[] }[];
}

export class Report {
  readonly issues: ImportIssue[] = [];
  errors = 0;
  warnings = 0;
  private static readonly KEEP = 2000;

  add(
    level: 'error' | 'warning',
    sheet: ParsedSheet | string,
    row: number | null,
    col: ColumnDef | null,
    msg: Bilingual,
  ): void {
    if (level === 'error') this.errors++;
    else this.warnings++;
    if (this.issues.length >= Report.KEEP) return;
    const s = typeof sheet === 'string' ? sheet : sheet.name;
    const column = col
      ? typeof sheet === 'string'
        ? col.label.zh
        : (sheet.mapping.find((m) => m.key === col.key)?.header ?? col.label.zh)
      : null;
    this.issues.push({
      level,
      sheet: s,
      row,
      column,
      field: col?.key ?? null,
      message_zh: msg.zh,
      message_en: msg.en,
    });
  }

  error(
    sheet: ParsedSheet,
    row: number | null,
    col: ColumnDef | null,
    key: MessageKey,
    params?: Record<string, unknown>,
  ): void {
    this.add('error', sheet, row, col, message(key, params));
  }
}

export interface Dataset<P> {
  key: string;
  label: Bilingual;
  /** Permission to import (besides data.import). */
  writeAccess: Permission;
  /** Permission to export (besides data.export). */
  readAccess: Permission;
  sheets: SheetDef[];
  /** Validates everything; reports every problem by row and column; returns what commit() writes. */
  prepare(ctx: ServiceContext, sheets: Map<string, ParsedSheet>, report: Report): Promise<P>;
  /** Counts for the preview ("新增 120，更新 3 …"), keyed by a label. */
  summary(p: P): { label: Bilingual; count: number }[];
  /** Rows whose name is similar to an existing one: the user must confirm before importing. */
  needsConfirmation(p: P): number;
  commit(
    ctx: ServiceContext,
    p: P,
    progress: (done: number, total: number) => Promise<void>,
  ): Promise<string>;
  /** The data in the import layout (a file exported here imports back unchanged). */
  exportSheets(ctx: ServiceContext, opts: { lang: 'zh' | 'en'; maskPhones: boolean }): Promise<OutSheet[]>;
}

/* ------------------------------------------------------------------ reading the sheets of a file */

const PREVIEW_ROWS = 200;

const displayValue = (c: Cell): string | number | boolean | null => {
  if (!c || c.v == null) return null;
  if (c.t === 'n' && typeof c.z === 'string' && XLSX.SSF.is_date(c.z)) return c.w ?? String(c.v);
  return c.v as string | number | boolean;
};

function findSheet(book: OpenedBook, def: SheetDef, first: boolean): string | null {
  const want = [normHeader(def.label.zh), normHeader(def.label.en), normHeader(def.key)];
  const hit = book.sheetNames.find((n) => want.includes(normHeader(n)));
  if (hit) return hit;
  // A file with a single data sheet under another name: take it for the first sheet of the set.
  const data = book.sheetNames.filter((n) => !['填写说明', 'instructions', '说明'].includes(normHeader(n)));
  return first && data.length === 1 ? data[0]! : null;
}

/**
 * Maps headers, converts cells, and refuses a file whose sheets cannot be read as a whole (empty sheet,
 * merged header cells, missing or duplicate required columns) with one clear error.
 */
export function readSheets(book: OpenedBook, defs: SheetDef[], report: Report): Map<string, ParsedSheet> {
  const out = new Map<string, ParsedSheet>();
  defs.forEach((def, i) => {
    const name = findSheet(book, def, i === 0);
    if (!name) {
      if (def.optional) return;
      throw AppError.of('VALIDATION', 'sheet_missing', { sheet: def.label.zh });
    }
    const sheet = book.sheet(name);
    const header = sheet.rows[0] ?? [];
    const headers = header.map((c) => (c?.v == null ? '' : String(c.v).trim()));
    if (!headers.some(Boolean)) throw AppError.of('VALIDATION', 'file_empty', { sheet: name });
    const merged = sheet.merges.find((m) => m.s.r === 0 || (m.s.r <= 0 && m.e.r >= 0));
    if (merged) {
      throw AppError.of('VALIDATION', 'file_merged_header', {
        sheet: name,
        range: XLSX.utils.encode_range(merged),
      });
    }
    const byHeader = new Map<string, ColumnDef>();
    for (const col of def.columns) {
      for (const h of [col.label.zh, col.label.en, col.key, ...(col.aliases ?? [])])
        byHeader.set(normHeader(h), col);
    }
    const mapping = headers.map((h) => {
      const col = h ? byHeader.get(normHeader(h)) : undefined;
      return { header: h, key: col?.key ?? null, label: col ? col.label.zh : null };
    });
    const seen = new Map<string, string>();
    const dup: string[] = [];
    for (const m of mapping) {
      if (!m.key) continue;
      if (seen.has(m.key)) dup.push(`${seen.get(m.key)} / ${m.header}`);
      seen.set(m.key, m.header);
    }
    if (dup.length) throw AppError.of('VALIDATION', 'header_duplicate', { columns: dup.join('，') });
    const missing = def.columns.filter((c) => c.required && !seen.has(c.key)).map((c) => headerText(c, 'zh'));
    if (missing.length) throw AppError.of('VALIDATION', 'header_missing', { columns: missing.join('、') });
    const parsed: ParsedSheet = { def, name, mapping, records: [], preview: [] };
    const unknown = mapping.filter((m) => m.header && !m.key).map((m) => m.header);
    if (unknown.length) {
      report.add(
        'warning',
        parsed,
        null,
        null,
        message('file_columns_unknown', { columns: unknown.join('、') }),
      );
    }
    const cols = mapping.map((m) => (m.key ? def.columns.find((c) => c.key === m.key)! : null));
    for (let r = 1; r < sheet.rows.length; r++) {
      const cells = sheet.rows[r] ?? [];
      if (!cells.some((c) => c && c.v != null && String(c.v).trim() !== '')) continue; // blank row
      const rec: ParsedRecord = { row: r + 1, values: {}, bad: new Set() };
      for (const col of def.columns) rec.values[col.key] = convertCell(col, undefined);
      cols.forEach((col, ci) => {
        if (!col) return;
        try {
          rec.values[col.key] = convertCell(col, cells[ci]);
        } catch (e) {
          if (!(e instanceof CellError)) throw e;
          rec.bad.add(col.key);
          report.add('error', parsed, rec.row, col, e.msg);
        }
      });
      for (const col of def.columns) {
        if (
          col.required &&
          !rec.bad.has(col.key) &&
          (rec.values[col.key] == null || rec.values[col.key] === '')
        ) {
          rec.bad.add(col.key);
          report.error(parsed, rec.row, col, 'required');
        }
      }
      parsed.records.push(rec);
      if (parsed.preview.length < PREVIEW_ROWS) {
        parsed.preview.push({ row: rec.row, values: headers.map((_, ci) => displayValue(cells[ci])) });
      }
    }
    if (!parsed.records.length && !def.optional) {
      throw AppError.of('VALIDATION', 'file_no_rows', { sheet: name });
    }
    out.set(def.key, parsed);
  });
  return out;
}

/* ------------------------------------------------------------------ templates */

const TYPE_HELP: Record<string, Bilingual> = {
  text: { zh: '文本', en: 'Text' },
  money: { zh: '金额（元，最多两位小数）', en: 'Amount in yuan, up to 2 decimals' },
  int: { zh: '整数', en: 'Whole number' },
  qty: { zh: '数量（最多三位小数）', en: 'Quantity, up to 3 decimals' },
  rate: { zh: '百分比，如 13%', en: 'Percentage, e.g. 13%' },
  date: { zh: '日期，如 2026-11-20', en: 'Date, e.g. 2026-11-20' },
  enum: { zh: '可选值', en: 'One of' },
  bool: { zh: '是 / 否', en: 'Yes / No (是 / 否)' },
  list: { zh: '多个值用顿号“、”分隔', en: 'Several values separated by 、 or ,' },
};

export function outType(col: ColumnDef): OutType {
  switch (col.type) {
    case 'money':
      return 'money';
    case 'int':
      return 'number';
    case 'qty':
      return 'qty';
    case 'rate':
      return 'rate';
    case 'date':
      return 'date';
    default:
      return 'text';
  }
}

/** Headers only (no sample rows that could be imported by mistake) plus an instructions sheet. */
export function templateSheets(ds: Dataset<unknown>, lang: 'zh' | 'en'): OutSheet[] {
  const sheets: OutSheet[] = ds.sheets.map((s) => ({
    name: s.label[lang],
    columns: s.columns.map((c) => ({ header: headerText(c, lang), type: 'text' as const, width: c.width })),
    rows: [],
  }));
  const help: unknown[][] = [];
  for (const s of ds.sheets) {
    for (const c of s.columns) {
      const type = TYPE_HELP[c.type]!;
      const opts = c.options ? `：${c.options.map((o) => o[lang]).join(' / ')}` : '';
      help.push([
        s.label[lang],
        headerText(c, lang),
        c.required ? (lang === 'zh' ? '是' : 'Yes') : '',
        `${type[lang]}${opts}`,
        c.example ?? '',
        c.help?.[lang] ?? '',
      ]);
    }
  }
  const zh = lang === 'zh';
  sheets.push({
    name: zh ? '填写说明' : 'Instructions',
    columns: [
      { header: zh ? '工作表' : 'Sheet', type: 'text', width: 12 },
      { header: zh ? '列名' : 'Column', type: 'text', width: 22 },
      { header: zh ? '必填' : 'Required', type: 'text', width: 8 },
      { header: zh ? '格式' : 'Format', type: 'text', width: 40 },
      { header: zh ? '示例' : 'Example', type: 'text', width: 30 },
      { header: zh ? '说明' : 'Notes', type: 'text', width: 50 },
    ],
    rows: help,
  });
  return sheets;
}

/** A sheet of a data set's export: its import headers (with * on required columns) and column types. */
export function outSheet(def: SheetDef, rows: unknown[][], lang: 'zh' | 'en'): OutSheet {
  return {
    name: def.label[lang],
    columns: def.columns.map((c) => ({ header: headerText(c, lang), type: outType(c), width: c.width })),
    rows,
    autofilter: true,
  };
}
