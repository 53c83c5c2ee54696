import * as XLSX from 'xlsx';
import { AppError } from '../rpc/errors';
import { isZip, readZip, ZipError, type ZipEntry } from './zip';
import { IMPORT_MAX_BYTES, IMPORT_MAX_ROWS } from '../../../shared/contract/spreadsheets';

/**
 * Opening an uploaded spreadsheet, refusing hostile files cleanly before the parser does any real work:
 *
 *  - size: at most MAX_FILE_BYTES;
 *  - not a spreadsheet: only .xlsx (a ZIP with xl/workbook.xml) and .xls (an OLE compound file with a
 *    Workbook stream) are read — the bytes decide, not the file name;
 *  - macro-enabled: a VBA project (xl/vbaProject.bin, macroEnabled content types, _VBA_PROJECT_CUR) is refused;
 *  - zip bombs: every part is actually inflated under a hard budget (zip.ts), whatever sizes it declares;
 *  - too many rows: counted in the sheet XML before parsing (a million rows is refused in well under a
 *    second), and the parser reads at most MAX_ROWS + 2 rows anyway;
 *  - formulas: any formula cell in a sheet we read is refused (values only);
 *  - empty sheets and merged header cells are refused by the importer (import.ts).
 */
export const MAX_FILE_BYTES = IMPORT_MAX_BYTES;
export const MAX_ROWS = IMPORT_MAX_ROWS;
const MAX_INFLATED = 120 * 1024 * 1024;
const MAX_ENTRIES = 2000;

export type Cell = XLSX.CellObject | undefined;

export interface OpenedSheet {
  name: string;
  /** Dense rows of cells (row 0 is the header). */
  rows: Cell[][];
  merges: XLSX.Range[];
}

export interface OpenedBook {
  kind: 'xlsx' | 'xls';
  sheetNames: string[];
  sheet(name: string): OpenedSheet;
}

export const fmtBytes = (n: number): string =>
  n >= 1024 * 1024 ? `${(n / 1024 / 1024).toFixed(1)} MB` : `${Math.ceil(n / 1024)} KB`;

const decodeXml = (s: string): string =>
  s
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');

const attr = (tag: string, name: string): string | null => {
  const m = new RegExp(`\\s${name}="([^"]*)"`).exec(tag);
  return m ? decodeXml(m[1]!) : null;
};

/** Rows holding at least one value, per sheet name, from the XML of an .xlsx. */
function countXlsxRows(entries: ZipEntry[]): Map<string, number> {
  const byName = new Map(entries.map((e) => [e.name.replace(/^\//, ''), e.data]));
  const wb = byName.get('xl/workbook.xml')?.toString('utf8') ?? '';
  const rels = byName.get('xl/_rels/workbook.xml.rels')?.toString('utf8') ?? '';
  const targets = new Map<string, string>();
  for (const m of rels.matchAll(/<Relationship\b[^>]*>/g)) {
    const id = attr(m[0], 'Id');
    const target = attr(m[0], 'Target');
    if (id && target) targets.set(id, target.startsWith('/') ? target.slice(1) : `xl/${target}`);
  }
  const out = new Map<string, number>();
  for (const m of wb.matchAll(/<(?:\w+:)?sheet\b[^>]*>/g)) {
    const name = attr(m[0], 'name');
    const rid = attr(m[0], 'r:id');
    const part = rid ? targets.get(rid) : undefined;
    const xml = part ? byName.get(part) : undefined;
    if (!name || !xml) continue;
    const s = xml.toString('utf8');
    let count = 0;
    let i = s.indexOf('<row');
    while (i >= 0) {
      const next = s.indexOf('<row', i + 4);
      const seg = s.slice(i, next < 0 ? s.length : next);
      if (seg.includes('<v') || seg.includes('<is>')) count++;
      i = next;
    }
    out.set(name, count);
  }
  return out;
}

function refuse(key: Parameters<typeof AppError.of>[1], params?: Record<string, unknown>): AppError {
  return AppError.of('VALIDATION', key, params);
}

export function openWorkbook(buf: Buffer): OpenedBook {
  if (buf.length > MAX_FILE_BYTES) {
    throw refuse('file_too_large', { size: fmtBytes(buf.length), max: fmtBytes(MAX_FILE_BYTES) });
  }
  let kind: 'xlsx' | 'xls';
  if (isZip(buf)) {
    let entries: ZipEntry[];
    try {
      entries = readZip(buf, { maxTotal: MAX_INFLATED, maxEntries: MAX_ENTRIES });
    } catch (e) {
      if (e instanceof ZipError && e.kind === 'too_large')
        throw refuse('file_zip_bomb', { max: fmtBytes(MAX_INFLATED) });
      throw refuse('file_corrupt');
    }
    const names = new Set(entries.map((e) => e.name.replace(/^\//, '')));
    const types = entries.find((e) => e.name === '[Content_Types].xml')?.data.toString('utf8') ?? '';
    // A VBA project or macro sheets, or a part declared macro-enabled (.xlsm / .xltm / .xlam). A Default
    // for the .bin extension is not one: writers list it whether or not a .bin part exists.
    const macroPart = [...types.matchAll(/<Override\b[^>]*>/g)].some((m) =>
      /macroEnabled|vbaProject/i.test(m[0]),
    );
    if ([...names].some((n) => /vbaProject\.bin$/i.test(n) || /^xl\/macrosheets\//i.test(n)) || macroPart) {
      throw refuse('file_macro');
    }
    if (!names.has('xl/workbook.xml')) throw refuse('file_not_spreadsheet');
    kind = 'xlsx';
    for (const [sheet, n] of countXlsxRows(entries)) {
      if (n - 1 > MAX_ROWS)
        throw refuse('file_too_many_rows', {
          sheet,
          rows: (n - 1).toLocaleString('en'),
          max: MAX_ROWS.toLocaleString('en'),
        });
    }
  } else if (buf.length >= 8 && buf.readUInt32BE(0) === 0xd0cf11e0 && buf.readUInt32BE(4) === 0xa1b11ae1) {
    let paths: string[];
    try {
      const cfb = XLSX.CFB.read(buf, { type: 'buffer' }) as { FullPaths: string[] };
      paths = cfb.FullPaths.map((p) => p.replace(/^Root Entry\//, ''));
    } catch {
      throw refuse('file_corrupt');
    }
    if (paths.some((p) => /(^|\/)(_VBA_PROJECT_CUR|VBA|_VBA_PROJECT)(\/|$)/i.test(p)))
      throw refuse('file_macro');
    if (paths.some((p) => /^EncryptedPackage$/i.test(p))) throw refuse('file_encrypted');
    if (!paths.some((p) => /^(Workbook|Book)$/i.test(p))) throw refuse('file_not_spreadsheet');
    kind = 'xls';
  } else {
    throw refuse('file_not_spreadsheet');
  }

  let wb: XLSX.WorkBook;
  try {
    wb = XLSX.read(buf, {
      type: 'buffer',
      dense: true,
      cellFormula: true,
      cellHTML: false,
      cellNF: true,
      cellDates: false,
      bookVBA: false,
      sheetRows: MAX_ROWS + 2,
    });
  } catch (e) {
    if (/password|encrypt/i.test((e as Error).message)) throw refuse('file_encrypted');
    throw refuse('file_corrupt');
  }
  return {
    kind,
    sheetNames: wb.SheetNames.slice(),
    sheet(name: string): OpenedSheet {
      const ws = wb.Sheets[name] as XLSX.DenseSheet | undefined;
      if (!ws) throw refuse('sheet_missing', { sheet: name });
      const rows = (ws['!data'] ?? []).map((r) => (r ?? []) as Cell[]);
      // .xls (no XML to count) and anything the count missed: the parser stopped at MAX_ROWS + 2.
      if (rows.length > MAX_ROWS + 1) {
        const full = ws['!fullref'] ? XLSX.utils.decode_range(ws['!fullref']).e.r : rows.length - 1;
        throw refuse('file_too_many_rows', {
          sheet: name,
          rows: `${full.toLocaleString('en')}+`,
          max: MAX_ROWS.toLocaleString('en'),
        });
      }
      const formulas: string[] = [];
      rows.forEach((r, ri) =>
        r.forEach((c, ci) => {
          if (c?.f && formulas.length < 5) formulas.push(XLSX.utils.encode_cell({ r: ri, c: ci }));
        }),
      );
      if (formulas.length) throw refuse('file_formulas', { cells: formulas.join('、') });
      return { name, rows, merges: ws['!merges'] ?? [] };
    },
  };
}
