import type { HandlersFor, ServiceContext, SessionUser } from '../../rpc/context';
import { AppError } from '../../rpc/errors';
import type {
  BatchProgress,
  PdfResult,
  PrintOptionsInput,
  StatementBatchResult,
} from '../../../../shared/contract/documents';
import type { z } from 'zod';
import type { printOptionsInput } from '../../../../shared/contract/documents';
import { DOCUMENT_TYPE_LABELS, type DocumentType, type PrintOptions } from '../../../../shared/print';
import { renderDocument, renderStatementBatch } from '../../documents';
import { zipStore } from '../../documents/zip';
import type { StatementPrint } from '../../../../shared/print';
import { getProgress, setProgress } from '../../spreadsheets/progress';
import { sampleData } from '../../documents/samples';
import { checkImage, getCompanyProfile, saveCompanyProfile } from './company';
import { documentSource, type LoadedDocument } from './sources';

type Options = z.output<typeof printOptionsInput>;
export type { PrintOptionsInput };

function toPrintOptions(o: Options, user: SessionUser, nowIso: string, reprint: number): PrintOptions {
  return {
    seal: o.seal,
    layout: o.layout,
    ...(o.copies ? { copies: o.copies } : {}),
    ...(o.offset_mm ? { offset_mm: o.offset_mm } : {}),
    ...(o.show_prices !== undefined ? { show_prices: o.show_prices } : {}),
    reprint,
    printed_by: user.name,
    printed_at: nowIso,
  };
}

function fileName(type: DocumentType, docNo: string | null, suffix = ''): string {
  const safe = (docNo ?? '草稿').replace(/[\\/:*?"<>|\s]+/g, '_');
  return `${DOCUMENT_TYPE_LABELS[type].zh}_${safe}${suffix}.pdf`;
}

/** The source of a type, after checking the caller may print it. */
async function load(
  ctx: ServiceContext,
  type: DocumentType,
  key: string,
): Promise<LoadedDocument<DocumentType>> {
  const user = ctx.requireUser();
  const src = documentSource(type);
  if (!src) {
    throw AppError.of('UNAVAILABLE', 'document_unavailable', { type: DOCUMENT_TYPE_LABELS[type].zh });
  }
  if (!user.permissions.has(src.access))
    throw AppError.of('FORBIDDEN', 'forbidden', { permission: src.access });
  return src.load(ctx, key);
}

/**
 * Takes the next copy number of a document in the print log (the counter row stays locked until commit, so
 * concurrent prints of one document get successive numbers) and logs the copy. Returns the copy number.
 */
async function logPrint(
  db: ServiceContext['db'],
  user: SessionUser,
  type: DocumentType,
  doc: LoadedDocument<DocumentType>,
  output: 'print' | 'pdf',
  now: string,
): Promise<number> {
  await db.run(
    'INSERT INTO print_counters (doc_type, doc_key, prints) VALUES (?, ?, 0) ON CONFLICT DO NOTHING',
    [type, doc.logKey],
  );
  const r = await db.get<{ prints: number }>(
    'UPDATE print_counters SET prints = prints + 1, last_printed_at = ? WHERE doc_type = ? AND doc_key = ? RETURNING prints',
    [now, type, doc.logKey],
  );
  const copy = Number(r!.prints);
  await db.insert('print_log', {
    doc_type: type,
    doc_key: doc.logKey,
    doc_no: doc.docNo,
    copy_no: copy,
    output,
    printed_by: user.id,
    printed_by_name: user.name,
    printed_at: now,
  });
  return copy;
}

async function printsSoFar(ctx: ServiceContext, type: DocumentType, logKey: string): Promise<number> {
  const r = await ctx.db.get<{ prints: number }>(
    'SELECT prints FROM print_counters WHERE doc_type = ? AND doc_key = ?',
    [type, logKey],
  );
  return Number(r?.prints ?? 0);
}

async function render(
  type: DocumentType,
  doc: LoadedDocument<DocumentType>,
  ctx: ServiceContext,
  options: PrintOptions,
): Promise<{ pdf_base64: string; pages: number }> {
  const company = await getCompanyProfile(ctx.db);
  const pdf = await renderDocument(type, doc.data as never, company, options);
  return { pdf_base64: pdf.buffer.toString('base64'), pages: pdf.pages };
}

export const documentHandlers: HandlersFor<'company.' | 'documents.'> = {
  async 'company.get'(ctx) {
    return getCompanyProfile(ctx.db);
  },

  async 'company.update'(ctx, input) {
    await checkImage('logo', input.logo);
    await checkImage('seal', input.seal);
    const before = await getCompanyProfile(ctx.db);
    await saveCompanyProfile(ctx.db, input, ctx.nowIso());
    const changed = (Object.keys(input) as (keyof typeof input)[]).filter((k) => input[k] !== before[k]);
    ctx.audit(null, `修改公司信息${changed.length ? `：${changed.join('、')}` : ''}`);
    return getCompanyProfile(ctx.db);
  },

  async 'documents.preview'(ctx, { type, key, options }): Promise<PdfResult> {
    const user = ctx.requireUser();
    const doc = await load(ctx, type, key);
    const prints = await printsSoFar(ctx, type, doc.logKey);
    // What the next print would look like: after n prints it is the n-th reprint.
    const out = await render(type, doc, ctx, toPrintOptions(options, user, ctx.nowIso(), prints));
    return { ...out, filename: fileName(type, doc.docNo), doc_no: doc.docNo, prints, reprint: prints };
  },

  async 'documents.print'(ctx, { type, key, options, output }): Promise<PdfResult> {
    const user = ctx.requireUser();
    const doc = await load(ctx, type, key);
    const now = ctx.nowIso();
    const copy = await logPrint(ctx.db, user, type, doc, output, now);
    const reprint = copy - 1;
    const out = await render(type, doc, ctx, toPrintOptions(options, user, now, reprint));
    const label = DOCUMENT_TYPE_LABELS[type].zh;
    ctx.audit(
      `${type}:${doc.logKey}`.slice(0, 64),
      `${output === 'pdf' ? '另存 PDF' : '打印'} ${label} ${doc.docNo ?? '草稿'}${reprint ? `（补打第 ${reprint} 次）` : ''}`,
    );
    return { ...out, filename: fileName(type, doc.docNo), doc_no: doc.docNo, prints: copy, reprint };
  },

  async 'documents.printLog'(ctx, { type, key }) {
    const doc = await load(ctx, type, key);
    const rows = await ctx.db.all<Record<string, unknown>>(
      'SELECT copy_no, output, printed_by_name, printed_at FROM print_log WHERE doc_type = ? AND doc_key = ? ORDER BY copy_no',
      [type, doc.logKey],
    );
    return rows.map((r) => ({
      copy_no: Number(r.copy_no),
      output: r.output as 'print' | 'pdf',
      printed_by_name: String(r.printed_by_name),
      printed_at: String(r.printed_at),
    }));
  },

  async 'documents.statementBatch'(ctx, input): Promise<StatementBatchResult> {
    const user = ctx.requireUser();
    const ids = [...new Set(input.statement_ids)];
    const progress = (p: NonNullable<BatchProgress>) => setProgress(user.id, input.progress_id, p);
    progress({ phase: 'loading', done: 0, total: ids.length });
    try {
      const now = ctx.nowIso();
      // One short transaction: every statement read through its source (data scope) and logged as printed.
      const { docs, company } = await ctx.core.database.transaction(async (db) => {
        const c: ServiceContext = { ...ctx, db };
        const out: { id: number; doc: LoadedDocument<'statement'>; reprint: number }[] = [];
        for (const [i, id] of ids.entries()) {
          const doc = (await load(c, 'statement', String(id))) as LoadedDocument<'statement'>;
          const copy = await logPrint(db, user, 'statement', doc, input.output, now);
          out.push({ id, doc, reprint: copy - 1 });
          if ((i + 1) % 10 === 0 || i + 1 === ids.length)
            progress({ phase: 'loading', done: i + 1, total: ids.length });
        }
        return { docs: out, company: await getCompanyProfile(db) };
      });
      // Rendering takes a while and needs no database.
      progress({ phase: 'rendering', done: 0, total: ids.length });
      const list: StatementPrint[] = docs.map((d) => d.doc.data);
      const batch = await renderStatementBatch(list, company, toPrintOptions(input.options, user, now, 0), {
        reprints: docs.map((d) => d.reprint),
        onProgress: (done) => progress({ phase: 'rendering', done, total: ids.length }),
      });
      progress({ phase: 'packing', done: ids.length, total: ids.length });
      const used = new Set<string>();
      const files = docs.map((d, i) => {
        const who = d.doc.data.customer.name.replace(/[\\/:*?"<>|\s]+/g, '_');
        let name = fileName('statement', d.doc.docNo, `_${who}`);
        for (let n = 2; used.has(name); n++) name = fileName('statement', d.doc.docNo, `_${who}_${n}`);
        used.add(name);
        return {
          statement_id: d.id,
          customer_name: d.doc.data.customer.name,
          doc_no: d.doc.docNo,
          filename: name,
          pages: batch.each[i]!.pdf.pages,
          reprint: d.reprint,
        };
      });
      const zip = zipStore(
        files.map((f, i) => ({ name: f.filename, data: batch.each[i]!.pdf.buffer })),
        ctx.now(),
      );
      const stamp = ctx.today().replace(/-/g, '');
      const reprints = docs.filter((d) => d.reprint > 0).length;
      ctx.audit(
        null,
        `批量${input.output === 'pdf' ? '另存 PDF' : '打印'}对账单 ${docs.length} 份${reprints ? `（其中补打 ${reprints} 份）` : ''}`,
      );
      progress({ phase: 'done', done: ids.length, total: ids.length });
      return {
        count: docs.length,
        merged: {
          filename: `对账单_批量_${stamp}_${docs.length}份.pdf`,
          pdf_base64: batch.merged.buffer.toString('base64'),
          pages: batch.merged.pages,
        },
        zip: {
          filename: `对账单_每户一份_${stamp}_${docs.length}份.zip`,
          zip_base64: zip.toString('base64'),
          bytes: zip.length,
        },
        files,
      };
    } catch (e) {
      progress({ phase: 'failed', done: 0, total: ids.length });
      throw e;
    }
  },

  async 'documents.progress'(ctx, { progress_id }) {
    return getProgress<NonNullable<BatchProgress>['phase']>(ctx.requireUser().id, progress_id);
  },

  async 'documents.sample'(ctx, { type, options }): Promise<PdfResult> {
    const user = ctx.requireUser();
    const data = sampleData(type);
    const docNo = (data as { number: string | null }).number;
    const company = await getCompanyProfile(ctx.db);
    const pdf = await renderDocument(type, data as never, company, {
      ...toPrintOptions(options, user, ctx.nowIso(), 0),
      sample: true,
    });
    return {
      pdf_base64: pdf.buffer.toString('base64'),
      pages: pdf.pages,
      filename: fileName(type, docNo, '_样张'),
      doc_no: docNo,
      prints: 0,
      reprint: 0,
    };
  },
};
