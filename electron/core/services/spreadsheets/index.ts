import { contract, isMethodName, type MethodName } from '../../../../shared/contract';
import type { MethodDef } from '../../../../shared/contract/define';
import {
  DATASET_LABELS,
  EXPORT_MAX_ROWS,
  type ImportPreview,
} from '../../../../shared/contract/spreadsheets';
import { message } from '../../../../shared/messages';
import type { HandlersFor, ServiceContext } from '../../rpc/context';
import { AppError, validationError } from '../../rpc/errors';
import { maskPhone } from '../../spreadsheets/columns';
import { Report, readSheets, templateSheets, type ParsedSheet } from '../../spreadsheets/dataset';
import { DATASETS } from '../../spreadsheets/datasets';
import { getProgress, setProgress, type Progress } from '../../spreadsheets/progress';
import { openWorkbook } from '../../spreadsheets/workbook';
import { writeXlsx, type OutType } from '../../spreadsheets/writer';
import { reportExportHandlers } from './reports';
import { handlerOf, out, requirePermission, stamp } from './common';

/** Reads the upload and checks it against the data set: the preview's and the commit's first half. */
async function check(
  ctx: ServiceContext,
  input: { dataset: keyof typeof DATASETS; content_base64: string; progress_id?: string | undefined },
) {
  const user = ctx.requireUser();
  const ds = DATASETS[input.dataset];
  requirePermission(ctx, ds.writeAccess);
  const progress = (p: Progress) => setProgress(user.id, input.progress_id, p);
  progress({ phase: 'reading', done: 0, total: 0 });
  const book = openWorkbook(Buffer.from(input.content_base64, 'base64'));
  const report = new Report();
  const sheets = readSheets(book, ds.sheets, report);
  const rows = [...sheets.values()].reduce((n, s) => n + s.records.length, 0);
  progress({ phase: 'checking', done: 0, total: rows });
  const plan = await ds.prepare(ctx, sheets, report);
  // By sheet (in file order), then row; notes about a whole sheet first.
  const order = [...sheets.values()].map((s) => s.name);
  report.issues.sort(
    (a, b) => order.indexOf(a.sheet) - order.indexOf(b.sheet) || (a.row ?? 0) - (b.row ?? 0),
  );
  progress({ phase: 'checking', done: rows, total: rows });
  return { ds, sheets, report, plan, rows, progress };
}

function preview(
  dataset: ImportPreview['dataset'],
  sheets: Map<string, ParsedSheet>,
  report: Report,
  summary: { label: { zh: string; en: string }; count: number }[],
  similar: number,
): ImportPreview {
  return {
    dataset,
    sheets: [...sheets.values()].map((s) => ({
      key: s.def.key,
      name: s.name,
      mapping: s.mapping,
      rows: s.preview,
      total_rows: s.records.length,
    })),
    issues: report.issues,
    errors: report.errors,
    warnings: report.warnings,
    summary: summary.map((x) => ({ label_zh: x.label.zh, label_en: x.label.en, count: x.count })),
    needs_confirmation: similar,
    can_import: report.errors === 0,
  };
}

/** Is this contract method a paged list (input with offset/limit/sort/filters, output with rows)? */
function isListMethod(def: MethodDef): boolean {
  const shape = (def.input as unknown as { shape?: Record<string, unknown> }).shape;
  const outShape = (def.output as unknown as { shape?: Record<string, unknown> }).shape;
  return Boolean(
    shape && 'offset' in shape && 'limit' in shape && 'filters' in shape && outShape && 'rows' in outShape,
  );
}

const PHONE_FIELD = /(^|_)(phone|mobile|tel|telephone)$/i;

export const spreadsheetHandlers: HandlersFor<'imports.' | 'exports.'> = {
  ...reportExportHandlers,
  async 'imports.template'(ctx, { dataset, lang }) {
    const ds = DATASETS[dataset];
    requirePermission(ctx, ds.writeAccess);
    const buf = writeXlsx(templateSheets(ds, lang));
    const name = lang === 'zh' ? `${DATASET_LABELS[dataset].zh}导入模板` : `${dataset}-import-template`;
    return out(`${name}.xlsx`, buf, 0);
  },

  async 'imports.preview'(ctx, input) {
    const { ds, sheets, report, plan, progress } = await check(ctx, input);
    progress({ phase: 'done', done: 0, total: 0 });
    return preview(input.dataset, sheets, report, ds.summary(plan), ds.needsConfirmation(plan));
  },

  async 'imports.commit'(ctx, input) {
    const c = await check(ctx, input).catch((e: unknown) => {
      setProgress(ctx.requireUser().id, input.progress_id, { phase: 'failed', done: 0, total: 0 });
      throw e;
    });
    const { ds, report, plan, progress } = c;
    if (report.errors > 0) {
      progress({ phase: 'failed', done: 0, total: 0 });
      throw AppError.of(
        'VALIDATION',
        'import_has_errors',
        { n: report.errors },
        {
          details: { issues: report.issues.filter((i) => i.level === 'error').slice(0, 500) },
        },
      );
    }
    const similar = ds.needsConfirmation(plan);
    if (similar > 0 && !input.confirm_similar) {
      progress({ phase: 'failed', done: 0, total: 0 });
      const m = message('import_similar_unconfirmed', { n: similar });
      throw AppError.of(
        'BUSINESS_RULE',
        'import_similar_unconfirmed',
        { n: similar },
        {
          fields: [{ path: ['confirm_similar'], message_zh: m.zh, message_en: m.en }],
          details: { issues: report.issues.filter((i) => i.level === 'warning').slice(0, 500) },
        },
      );
    }
    const summary = await ds.commit(ctx, plan, async (done, total) => {
      progress({ phase: 'writing', done, total });
    });
    progress({ phase: 'done', done: c.rows, total: c.rows });
    ctx.audit(null, `${summary}，文件 ${input.file_name}`);
    return {
      summary: ds.summary(plan).map((x) => ({ label_zh: x.label.zh, label_en: x.label.en, count: x.count })),
      message: summary,
    };
  },

  async 'imports.progress'(ctx, { progress_id }) {
    return getProgress(ctx.requireUser().id, progress_id);
  },

  async 'exports.list'(ctx, input) {
    const user = ctx.requireUser();
    if (!isMethodName(input.method) || !isListMethod(contract[input.method] as MethodDef)) {
      throw AppError.of('VALIDATION', 'export_not_list', { method: input.method.slice(0, 64) });
    }
    const name: MethodName = input.method;
    const def = contract[name] as MethodDef;
    // The list's own permission, as if the caller had asked for the list.
    requirePermission(ctx, def.access);
    const handler = (await handlerOf(name)) as (
      c: ServiceContext,
      q: unknown,
    ) => Promise<{ rows: Record<string, unknown>[]; total: number | null }>;
    const parse = (offset: number, withTotal: boolean) => {
      const r = def.input.safeParse({ ...input.query, offset, limit: 1000, with_total: withTotal });
      if (!r.success) {
        const e = validationError(r.error);
        throw new AppError(
          'VALIDATION',
          e.messageZh,
          e.messageEn,
          e.fields?.map((f) => ({ ...f, path: ['query', ...f.path] })),
        );
      }
      return r.data;
    };
    const mask = !user.permissions.has('data.export_phones');
    const rows: unknown[][] = [];
    // The first page as the grid asks for it (with the total, to refuse a too large export at once), then
    // pages of 10,000: OFFSET paging re-reads every row before the page, so 1,000-row pages read a
    // 100,000-row export fifty times over. (Not all at once: some lists look up their page's ids with IN.)
    for (let offset = 0, size = 1000; ; offset += size, size = 10_000) {
      const page = await handler(ctx, { ...(parse(offset, offset === 0) as object), limit: size });
      if (offset === 0 && page.total != null && page.total > EXPORT_MAX_ROWS) {
        throw AppError.of('BUSINESS_RULE', 'export_too_many', {
          rows: page.total.toLocaleString('en'),
          max: EXPORT_MAX_ROWS.toLocaleString('en'),
        });
      }
      for (const r of page.rows) {
        rows.push(
          input.columns.map((c) => {
            let v = r[c.field];
            if (v == null) return null;
            if (c.labels && (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean')) {
              v = c.labels[String(v)] ?? v;
            }
            if (mask && typeof v === 'string' && PHONE_FIELD.test(c.field)) v = maskPhone(v);
            return v;
          }),
        );
      }
      if (rows.length > EXPORT_MAX_ROWS) {
        throw AppError.of('BUSINESS_RULE', 'export_too_many', {
          rows: `${rows.length.toLocaleString('en')}+`,
          max: EXPORT_MAX_ROWS.toLocaleString('en'),
        });
      }
      if (page.rows.length < size) break;
    }
    const title = input.title ?? name.split('.')[0]!;
    const buf = writeXlsx([
      {
        name: title,
        columns: input.columns.map((c) => ({
          header: c.header,
          type: (c.labels ? 'text' : c.type) as OutType,
        })),
        rows,
        autofilter: true,
      },
    ]);
    ctx.audit(null, `导出 ${title} ${rows.length} 行`);
    return out(`${title}_${stamp(ctx)}.xlsx`, buf, rows.length);
  },

  async 'exports.dataset'(ctx, { dataset, lang }) {
    const user = ctx.requireUser();
    const ds = DATASETS[dataset];
    requirePermission(ctx, ds.readAccess);
    const sheets = await ds.exportSheets(ctx, {
      lang,
      maskPhones: !user.permissions.has('data.export_phones'),
    });
    const buf = writeXlsx(sheets);
    const rows = sheets[0]?.rows.length ?? 0;
    const name = lang === 'zh' ? DATASET_LABELS[dataset].zh : dataset;
    return out(`${name}_${stamp(ctx)}.xlsx`, buf, rows);
  },
};
