import type { Permission } from '../../../../shared/contract/permissions';
import type { DocumentType, PrintDataMap } from '../../../../shared/print';
import type { ServiceContext } from '../../rpc/context';
import { AppError, notFound } from '../../rpc/errors';

/**
 * Where each printed document gets its data. A data service registers its document type once, at
 * module load, next to its handlers:
 *
 *   registerDocumentSource('quotation', {
 *     access: 'quotations.read',
 *     async load(ctx, key) { … check data scope, read the quotation … return { data, docNo, logKey: key }; },
 *   });
 *
 * `load` runs in the print call's transaction (ctx.db) and must apply the caller's data scope; a
 * document the caller may not see is NOT_FOUND. The printing machinery (preview, print log and 补打
 * marks, PDF) is the same for every type.
 */
export interface LoadedDocument<T extends DocumentType> {
  data: PrintDataMap[T];
  /** The document number (text and QR code); null for an unnumbered draft. */
  docNo: string | null;
  /** What the print log counts reprints by: usually the key itself. */
  logKey: string;
}

export interface DocumentSource<T extends DocumentType> {
  /** Permission needed to print this type (usually the read permission of its list). */
  access: Permission;
  load(ctx: ServiceContext, key: string): Promise<LoadedDocument<T>>;
}

const SOURCES: { [T in DocumentType]?: DocumentSource<T> } = {};

export function registerDocumentSource<T extends DocumentType>(type: T, source: DocumentSource<T>): void {
  if (SOURCES[type]) throw new Error(`document source ${type} registered twice`);
  (SOURCES as Record<string, unknown>)[type] = source;
}

export function documentSource<T extends DocumentType>(type: T): DocumentSource<T> | null {
  return (SOURCES[type] as DocumentSource<T> | undefined) ?? null;
}

/* ------------------------------------------------------------------ 产品价目表 (from the products table) */

export const PRICE_LIST_MAX = 5000;

registerDocumentSource('price_list', {
  access: 'products.read',
  async load(ctx, key) {
    const category = key === '*' ? null : key;
    const params: unknown[] = [true];
    let where = 'active = ?';
    if (category) {
      where += ' AND category = ?';
      params.push(category);
    }
    const rows = await ctx.db.all<Record<string, unknown>>(
      `SELECT code, name, spec, unit, category, list_price, tax_rate FROM products WHERE ${where}
       ORDER BY CASE WHEN category IS NULL THEN 1 ELSE 0 END, category, code LIMIT ?`,
      [...params, PRICE_LIST_MAX + 1],
    );
    if (category && rows.length === 0) throw notFound('产品类别', 'Product category');
    if (rows.length > PRICE_LIST_MAX) {
      throw new AppError(
        'BUSINESS_RULE',
        `在售产品超过 ${PRICE_LIST_MAX} 个，请按类别分别打印价目表`,
        `More than ${PRICE_LIST_MAX} active products; print the price list per category`,
      );
    }
    const today = ctx.today();
    const number = `JG${today.replace(/-/g, '')}`;
    return {
      docNo: number,
      logKey: `${today}:${key}`,
      data: {
        number,
        date: today,
        title: category ? `产品价目表（${category}）` : '产品价目表',
        category,
        tax_included: true,
        items: rows.map((r) => ({
          code: String(r.code),
          name: String(r.name),
          spec: (r.spec as string | null) ?? null,
          unit: String(r.unit),
          category: (r.category as string | null) ?? null,
          list_price: Number(r.list_price),
          tax_rate: Number(r.tax_rate),
        })),
        notes: null,
      },
    };
  },
});
