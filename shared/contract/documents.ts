import { z } from 'zod';
import { method } from './define';
import { empty, id, optText, text } from './common';
import { creditCode } from './customers';
import { DOCUMENT_TYPES, SHIPPING_COPIES } from '../print';
import { progressId } from './spreadsheets';

/**
 * Company profile (公司信息) and printed documents: preview, print (logged, reprints marked 补打),
 * samples (样张) for checking the layout, logo, seal and printer offsets before real documents exist.
 * PDFs travel as base64 in the reply.
 */

/** Logo and seal: PNG or JPEG as a data URL; at most 300 KB of image (checked again, decoded, by the service). */
export const MAX_IMAGE_BYTES = 300 * 1024;
export const MAX_IMAGE_PIXELS = 2000;
const imageDataUrl = z
  .string()
  .max(Math.ceil((MAX_IMAGE_BYTES * 4) / 3) + 40, { error: 'image_too_large' })
  .regex(/^data:image\/(png|jpeg);base64,[A-Za-z0-9+/]+={0,2}$/, { error: 'image_invalid' })
  .nullable();

export const companyProfile = z.object({
  name: z.string(),
  address: z.string().nullable(),
  phone: z.string().nullable(),
  fax: z.string().nullable(),
  credit_code: z.string().nullable(),
  bank_name: z.string().nullable(),
  bank_account: z.string().nullable(),
  contract_terms: z.string().nullable(),
  logo: z.string().nullable(),
  seal: z.string().nullable(),
});
export type CompanyProfileOut = z.infer<typeof companyProfile>;

export const companyInput = z.strictObject({
  name: text(100),
  address: optText(200),
  phone: optText(50),
  fax: optText(50),
  credit_code: creditCode,
  bank_name: optText(100),
  bank_account: optText(50),
  contract_terms: optText(5000),
  logo: imageDataUrl.optional().transform((v) => v ?? null),
  seal: imageDataUrl.optional().transform((v) => v ?? null),
});
export type CompanyInput = z.input<typeof companyInput>;

export const printOptionsInput = z
  .strictObject({
    /** Stamp the electronic seal where the document has a seal block. */
    seal: z.boolean().default(false),
    /** Shipping note copies, in print order. */
    copies: z.array(z.enum(SHIPPING_COPIES)).min(1).max(4).optional(),
    /** Shipping note paper: A4 or the 241 × 140 mm continuous form. */
    layout: z.enum(['a4', 'half']).default('a4'),
    /** Shipping note: prices and amounts on the note (some customers must not see them); default: shown. */
    show_prices: z.boolean().optional(),
    /** Printer offset calibration for pre-printed forms, millimetres (this PC's printer). */
    offset_mm: z.strictObject({ x: z.number().min(-9).max(9), y: z.number().min(-9).max(9) }).optional(),
  })
  .prefault({});
export type PrintOptionsInput = z.input<typeof printOptionsInput>;

export const documentRef = {
  type: z.enum(DOCUMENT_TYPES),
  /** The document's id; for a price list the product category, or "*" for all. */
  key: z.string().trim().min(1, { error: 'required' }).max(64, { error: 'too_long' }),
};

export const pdfResult = z.object({
  pdf_base64: z.string(),
  filename: z.string(),
  pages: z.int(),
  doc_no: z.string().nullable(),
  /** Prints so far, including this one when it was a print. */
  prints: z.int(),
  /** The reprint number marked on this PDF (0 = none). */
  reprint: z.int(),
});
export type PdfResult = z.infer<typeof pdfResult>;

export const printLogRow = z.object({
  copy_no: z.int(),
  output: z.enum(['print', 'pdf']),
  printed_by_name: z.string(),
  printed_at: z.string(),
});

/** Statements per batch call: one PDF each (about 150 KB with its font subset) plus the merged file travel in one reply. */
export const STATEMENT_BATCH_MAX = 200;

export const batchProgress = z
  .object({
    phase: z.enum(['loading', 'rendering', 'packing', 'done', 'failed']),
    done: z.int(),
    total: z.int(),
  })
  .nullable();
export type BatchProgress = z.infer<typeof batchProgress>;

export const statementBatchResult = z.object({
  count: z.int(),
  /** All statements in one file, pages numbered per customer (to print in one go). */
  merged: z.object({ filename: z.string(), pdf_base64: z.string(), pages: z.int() }),
  /** One PDF per customer in a ZIP archive (to e-mail each customer their own). */
  zip: z.object({ filename: z.string(), zip_base64: z.string(), bytes: z.int() }),
  files: z.array(
    z.object({
      statement_id: id,
      customer_name: z.string(),
      doc_no: z.string().nullable(),
      filename: z.string(),
      pages: z.int(),
      /** The reprint number marked on it (0 = an original). */
      reprint: z.int(),
    }),
  ),
});
export type StatementBatchResult = z.infer<typeof statementBatchResult>;

export const documentsContract = {
  'company.get': method({ input: empty, output: companyProfile, access: 'authenticated', mutates: false }),
  'company.update': method({
    input: companyInput,
    output: companyProfile,
    access: 'settings.manage',
    mutates: true,
    entity: 'company',
  }),
  /** The PDF as it would print now (marked 补打 when it was printed before); nothing is logged. */
  'documents.preview': method({
    input: z.strictObject({ ...documentRef, options: printOptionsInput }),
    output: pdfResult,
    access: 'authenticated',
    mutates: false,
  }),
  /** Print or save as PDF: takes the next copy number in the print log and returns the marked PDF. */
  'documents.print': method({
    input: z.strictObject({ ...documentRef, options: printOptionsInput, output: z.enum(['print', 'pdf']) }),
    output: pdfResult,
    access: 'authenticated',
    mutates: true,
    entity: 'document',
  }),
  'documents.printLog': method({
    input: z.strictObject(documentRef),
    output: z.array(printLogRow),
    access: 'authenticated',
    mutates: false,
  }),
  /**
   * Batch statements: the generated statements given, as one PDF per customer (zipped) plus one merged
   * file. Each statement is logged as printed (a later print of it is 补打); poll documents.progress with
   * progress_id while it runs. Rendering happens outside the database transaction.
   */
  'documents.statementBatch': method({
    input: z.strictObject({
      statement_ids: z
        .array(id)
        .min(1, { error: 'required' })
        .max(STATEMENT_BATCH_MAX, { error: 'batch_too_many' }),
      options: printOptionsInput,
      output: z.enum(['print', 'pdf']).default('pdf'),
      progress_id: progressId.optional(),
    }),
    output: statementBatchResult,
    access: 'statements.read',
    mutates: true,
    entity: 'document',
    tx: 'none',
  }),
  /** Progress of a running batch (kept in memory; needs no database). */
  'documents.progress': method({
    input: z.strictObject({ progress_id: progressId }),
    output: batchProgress,
    access: 'authenticated',
    mutates: false,
    tx: 'none',
  }),
  /** 样张: a document of the type with sample data and this company's profile (watermarked). */
  'documents.sample': method({
    input: z.strictObject({ type: z.enum(DOCUMENT_TYPES), options: printOptionsInput }),
    output: pdfResult,
    access: 'authenticated',
    mutates: false,
  }),
};
