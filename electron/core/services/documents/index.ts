import type { HandlersFor, ServiceContext, SessionUser } from '../../rpc/context';
import { AppError } from '../../rpc/errors';
import type { PdfResult, PrintOptionsInput } from '../../../../shared/contract/documents';
import type { z } from 'zod';
import type { printOptionsInput } from '../../../../shared/contract/documents';
import { DOCUMENT_TYPE_LABELS, type DocumentType, type PrintOptions } from '../../../../shared/print';
import { renderDocument } from '../../documents';
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
    // The counter row is locked until commit: concurrent prints of one document get successive numbers.
    await ctx.db.run(
      'INSERT INTO print_counters (doc_type, doc_key, prints) VALUES (?, ?, 0) ON CONFLICT DO NOTHING',
      [type, doc.logKey],
    );
    const r = await ctx.db.get<{ prints: number }>(
      'UPDATE print_counters SET prints = prints + 1, last_printed_at = ? WHERE doc_type = ? AND doc_key = ? RETURNING prints',
      [now, type, doc.logKey],
    );
    const copy = Number(r!.prints);
    const reprint = copy - 1;
    await ctx.db.insert('print_log', {
      doc_type: type,
      doc_key: doc.logKey,
      doc_no: doc.docNo,
      copy_no: copy,
      output,
      printed_by: user.id,
      printed_by_name: user.name,
      printed_at: now,
    });
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
