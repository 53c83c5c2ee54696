import * as XLSX from 'xlsx';
import { parseYuan } from '../../../shared/money';
import { message, type Bilingual, type MessageKey } from '../../../shared/messages';
import type { Cell } from './workbook';

/**
 * Columns of an import / export sheet and the conversion of one cell. The same column list makes the
 * template, maps the headers of an uploaded file (Chinese or English, with or without the * of required
 * columns), converts the cells and writes the export, so a file exported from here imports back as is.
 *
 * Cells are converted to the units of the contract: money to integer fen (never through a float
 * multiplication: the cell's decimal text is parsed), quantities to thousandths, rates to basis points,
 * dates to YYYY-MM-DD.
 */
export type ColumnType = 'text' | 'money' | 'int' | 'qty' | 'rate' | 'date' | 'enum' | 'bool' | 'list';

export interface ColumnOption {
  value: string;
  zh: string;
  en: string;
}

export interface ColumnDef {
  /** The field in the converted record. */
  key: string;
  label: Bilingual;
  /** Other headers accepted on import (normalised like the label). */
  aliases?: string[];
  required?: boolean;
  type: ColumnType;
  options?: readonly ColumnOption[];
  /** For the instructions sheet. */
  help?: Bilingual;
  example?: string;
  /** Column width in characters. */
  width?: number;
  /** Masked in exports for roles without data.export_phones. */
  phone?: boolean;
  /** Allowed below zero (money, qty). */
  signed?: boolean;
}

export interface SheetDef {
  key: string;
  label: Bilingual;
  columns: ColumnDef[];
  /** The file may leave this sheet out. */
  optional?: boolean;
}

export type CellValue = string | number | boolean | string[] | null;

export class CellError extends Error {
  constructor(readonly msg: Bilingual) {
    super(msg.en);
  }
}
const fail = (key: MessageKey, params?: Record<string, unknown>): never => {
  throw new CellError(message(key, params));
};

/** Header text as compared: NFKC (full-width → half-width), no spaces, no *, lower case. */
export function normHeader(s: string): string {
  return s
    .normalize('NFKC')
    .replace(/[\s*＊]/g, '')
    .toLowerCase();
}

export function headerText(col: ColumnDef, lang: 'zh' | 'en'): string {
  return `${col.label[lang]}${col.required ? '*' : ''}`;
}

function cellText(c: Cell): string {
  if (!c || c.v == null) return '';
  if (c.t === 'n' && typeof c.v === 'number') {
    if (Math.abs(c.v) >= 1e15) fail('number_as_text_required');
    // Integers as typed; other numbers in their shortest exact decimal form.
    return String(c.v);
  }
  if (c.t === 'b') return c.v ? 'TRUE' : 'FALSE';
  if (c.t === 'e') fail('invalid_value');
  return String(c.v)
    .replace(/\u00a0/g, ' ')
    .trim();
}

function dateFromSerial(v: number): string {
  const d = XLSX.SSF.parse_date_code(v);
  if (!d || !d.y) fail('invalid_date');
  return `${String(d.y).padStart(4, '0')}-${String(d.m).padStart(2, '0')}-${String(d.d).padStart(2, '0')}`;
}

function validDate(y: number, m: number, d: number): string {
  const dt = new Date(Date.UTC(y, m - 1, d));
  if (
    dt.getUTCFullYear() !== y ||
    dt.getUTCMonth() !== m - 1 ||
    dt.getUTCDate() !== d ||
    y < 1900 ||
    y > 2100
  ) {
    fail('invalid_date');
  }
  return `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/** "1,234.567" → 1234567 thousandths; refuses a fourth decimal. */
export function parseQty(s: string): number | null {
  const m = /^([+-]?)(\d+)(?:\.(\d{0,3}))?$/.exec(s.replace(/[,，\s]/g, ''));
  if (!m) return null;
  const n = Number(m[2]) * 1000 + Number((m[3] ?? '').padEnd(3, '0') || '0');
  return Number.isSafeInteger(n) ? (m[1] === '-' ? -n : n) : null;
}

const YES = new Set(['是', 'y', 'yes', 'true', '1', '√', '✓', '对']);
const NO = new Set(['否', 'n', 'no', 'false', '0', '×', '']);

/** Converts one cell; throws CellError with a bilingual message on a bad value. Blank → null. */
export function convertCell(col: ColumnDef, c: Cell): CellValue {
  if (col.type === 'date' && c?.t === 'n' && typeof c.v === 'number') return dateFromSerial(c.v);
  if (col.type === 'rate' && c?.t === 'n' && typeof c.v === 'number') {
    // 13 % typed as a percentage is 0.13; typed as a plain number, 13.
    const pct = (typeof c.z === 'string' && c.z.includes('%')) || Math.abs(c.v) < 1 ? c.v * 100 : c.v;
    const bp = Math.round(pct * 100);
    if (Math.abs(pct * 100 - bp) > 1e-6) fail('invalid_value');
    return bp;
  }
  const s = cellText(c);
  if (s === '') {
    if (col.type === 'bool') return false;
    if (col.type === 'list') return [];
    return null;
  }
  switch (col.type) {
    case 'text':
      return s;
    case 'money': {
      const fen = parseYuan(s);
      if (fen === null)
        return fail(/\.\d{3,}$/.test(s.replace(/[,，\s]/g, '')) ? 'money_decimals' : 'number_invalid');
      if (fen < 0 && !col.signed) fail('not_negative');
      return fen;
    }
    case 'qty': {
      const q = parseQty(s);
      if (q === null) return fail(/\.\d{4,}$/.test(s) ? 'qty_decimals' : 'number_invalid');
      if (q < 0 && !col.signed) fail('not_negative');
      return q;
    }
    case 'int': {
      if (!/^[+-]?\d+$/.test(s.replace(/[,，]/g, ''))) fail('not_integer');
      const n = Number(s.replace(/[,，]/g, ''));
      if (!Number.isSafeInteger(n)) fail('number_invalid');
      if (n < 0 && !col.signed) fail('not_negative');
      return n;
    }
    case 'rate': {
      const m = /^(\d+(?:\.\d{1,2})?)\s*%?$/.exec(s);
      if (!m) return fail('invalid_value');
      const [w, f = ''] = m[1]!.split('.');
      return Number(w) * 100 + Number(f.padEnd(2, '0'));
    }
    case 'date': {
      const m = /^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?$/.exec(s);
      if (!m) return fail('invalid_date');
      return validDate(Number(m[1]), Number(m[2]), Number(m[3]));
    }
    case 'enum': {
      const k = normHeader(s);
      const hit = col.options?.find(
        (o) => normHeader(o.value) === k || normHeader(o.zh) === k || normHeader(o.en) === k,
      );
      if (!hit) {
        return fail('unknown_option', {
          value: s,
          options: (col.options ?? []).map((o) => o.zh).join(' / '),
        });
      }
      return hit.value;
    }
    case 'bool': {
      const k = s.toLowerCase();
      if (YES.has(k)) return true;
      if (NO.has(k)) return false;
      return fail('unknown_option', { value: s, options: '是 / 否' });
    }
    case 'list':
      return s
        .split(/[,，、;；\n]+/)
        .map((x) => x.trim())
        .filter(Boolean);
  }
}

/** Masks a phone number for exports: keeps the first 3 and last 4 digits (138****5678). */
export function maskPhone(v: string): string {
  const digits = v.replace(/\D/g, '');
  if (digits.length < 7) return v.replace(/\d/g, '*');
  let seen = 0;
  const keepHead = 3;
  const keepTail = 4;
  return v.replace(/\d/g, (d) => {
    seen += 1;
    return seen <= keepHead || seen > digits.length - keepTail ? d : '*';
  });
}
