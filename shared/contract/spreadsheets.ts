import { z } from 'zod';
import { method } from './define';
import { id, isoDate, optText, text } from './common';
import { ageingQuery } from './finance';
import type { Permission } from './permissions';

/**
 * Excel import and export. Files travel as base64 in the call (the HTTP host accepts 20 MB per request,
 * so an upload is at most 10 MB). Imports: a downloadable template per data set, a preview that lists
 * every error by row and column, and an all-or-nothing commit in one transaction with progress. Exports:
 * any list method of the contract as currently filtered and sorted, read in pages with the caller's
 * permission and data scope; and each data set in its import layout.
 */
export const IMPORT_MAX_BYTES = 10 * 1024 * 1024;
export const IMPORT_MAX_ROWS = 20_000;
export const EXPORT_MAX_ROWS = 100_000;

export const DATASETS = [
  'customers',
  'products',
  'price_lists',
  'opening_stock',
  'opening_receivables',
] as const;
export type DatasetKey = (typeof DATASETS)[number];
export const DATASET_LABELS: Record<DatasetKey, { zh: string; en: string }> = {
  customers: { zh: '客户（含联系人）', en: 'Customers (with contacts)' },
  products: { zh: '产品', en: 'Products' },
  price_lists: { zh: '价格表（标准售价、一客一价）', en: 'Price list (list and customer prices)' },
  opening_stock: { zh: '期初库存', en: 'Opening stock' },
  opening_receivables: { zh: '期初应收', en: 'Opening receivables' },
};
/**
 * What each data set needs besides data.import / data.export: importing needs `write`, exporting `read`.
 * The import screen offers only the data sets the user may import.
 */
export const DATASET_ACCESS: Record<DatasetKey, { write: Permission; read: Permission }> = {
  customers: { write: 'customers.write', read: 'customers.read' },
  products: { write: 'products.write', read: 'products.read' },
  price_lists: { write: 'products.write', read: 'products.read' },
  opening_stock: { write: 'stock.write', read: 'stock.read' },
  opening_receivables: { write: 'invoices.issue', read: 'invoices.read' },
};

export const importIssue = z.object({
  level: z.enum(['error', 'warning']),
  sheet: z.string(),
  /** Excel row number (the header is row 1); null for the whole sheet. */
  row: z.int().nullable(),
  /** The column's header as written in the file. */
  column: z.string().nullable(),
  field: z.string().nullable(),
  message_zh: z.string(),
  message_en: z.string(),
});
export type ImportIssue = z.infer<typeof importIssue>;

const fileContent = z
  .string()
  .min(1, { error: 'required' })
  .max(Math.ceil((IMPORT_MAX_BYTES * 4) / 3) + 16, { error: 'file_too_large_simple' })
  .regex(/^[A-Za-z0-9+/]*={0,2}$/, { error: 'invalid_format' });

export const progressId = z.string().regex(/^[A-Za-z0-9-]{8,64}$/, { error: 'invalid_format' });

const importFile = {
  dataset: z.enum(DATASETS),
  file_name: text(200),
  content_base64: fileContent,
  /** Chosen by the client; poll imports.progress with it while the call runs. */
  progress_id: progressId.optional(),
};

export const fileOut = z.object({ filename: z.string(), xlsx_base64: z.string(), rows: z.int() });

const summaryItem = z.object({ label_zh: z.string(), label_en: z.string(), count: z.int() });

export const importPreview = z.object({
  dataset: z.enum(DATASETS),
  sheets: z.array(
    z.object({
      key: z.string(),
      name: z.string(),
      mapping: z.array(
        z.object({ header: z.string(), key: z.string().nullable(), label: z.string().nullable() }),
      ),
      rows: z.array(
        z.object({ row: z.int(), values: z.array(z.union([z.string(), z.number(), z.boolean(), z.null()])) }),
      ),
      total_rows: z.int(),
    }),
  ),
  issues: z.array(importIssue),
  errors: z.int(),
  warnings: z.int(),
  summary: z.array(summaryItem),
  /** Rows with names similar to existing customers: import needs confirm_similar. */
  needs_confirmation: z.int(),
  can_import: z.boolean(),
});
export type ImportPreview = z.infer<typeof importPreview>;

export const EXPORT_TYPES = ['text', 'number', 'money', 'qty', 'rate', 'date', 'datetime', 'bool'] as const;
export const exportColumn = z.strictObject({
  field: z.string().min(1).max(64),
  header: z.string().trim().min(1, { error: 'required' }).max(60, { error: 'too_long' }),
  type: z.enum(EXPORT_TYPES).default('text'),
  /** Display labels of coded values (enum → 中文). */
  labels: z.record(z.string().max(64), z.string().max(60)).optional(),
});
export type ExportColumn = z.input<typeof exportColumn>;

export const progressOut = z
  .object({
    phase: z.enum(['reading', 'checking', 'writing', 'done', 'failed']),
    done: z.int(),
    total: z.int(),
  })
  .nullable();

export const spreadsheetsContract = {
  'imports.template': method({
    input: z.strictObject({ dataset: z.enum(DATASETS), lang: z.enum(['zh', 'en']).default('zh') }),
    output: fileOut,
    access: 'data.import',
    mutates: false,
  }),
  /** Reads and checks the file; nothing is written. */
  'imports.preview': method({
    input: z.strictObject(importFile),
    output: importPreview,
    access: 'data.import',
    mutates: false,
  }),
  /** Checks again and writes everything in one transaction, or nothing when any row has an error. */
  'imports.commit': method({
    input: z.strictObject({ ...importFile, confirm_similar: z.boolean().default(false) }),
    output: z.object({ summary: z.array(summaryItem), message: z.string() }),
    access: 'data.import',
    mutates: true,
    entity: 'import',
  }),
  /** Progress of a running preview or import (kept in memory; needs no database). */
  'imports.progress': method({
    input: z.strictObject({ progress_id: progressId }),
    output: progressOut,
    access: 'authenticated',
    mutates: false,
    tx: 'none',
  }),
  /** A list as filtered and sorted on screen, read through the list method in pages (its permission and scope). */
  'exports.list': method({
    input: z.strictObject({
      method: z.string().min(1).max(64),
      query: z.record(z.string().max(64), z.unknown()).default({}),
      columns: z.array(exportColumn).min(1).max(60),
      title: optText(60),
    }),
    output: fileOut,
    access: 'data.export',
    mutates: false,
  }),
  /** The ageing report as on screen: every row, then the totals row. Needs the report's permission too. */
  'exports.ageing': method({
    input: ageingQuery.omit({ offset: true, limit: true }),
    output: fileOut,
    access: 'data.export',
    mutates: false,
  }),
  /** A customer's statement for a period: movements with running balance, closing balance, ageing. */
  'exports.statement': method({
    input: z.strictObject({ customer_id: id, from: isoDate, to: isoDate }),
    output: fileOut,
    access: 'data.export',
    mutates: false,
  }),
  /** A data set in its import layout (exported here, it imports back unchanged). */
  'exports.dataset': method({
    input: z.strictObject({ dataset: z.enum(DATASETS), lang: z.enum(['zh', 'en']).default('zh') }),
    output: fileOut,
    access: 'data.export',
    mutates: false,
  }),
};
