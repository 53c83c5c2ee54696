import type { z } from 'zod';
import { DATASET_ACCESS } from '../../../../shared/contract/spreadsheets';
import { contract } from '../../../../shared/contract';
import { FIELD_LABELS, message } from '../../../../shared/messages';
import { issueMessage } from '../../rpc/errors';
import { productColumns } from '../../services/products';
import { placeholders } from '../../services/common/list';
import { inChunks, insertMany, yieldToEventLoop } from '../bulk';
import type { ColumnDef, SheetDef } from '../columns';
import { outType, type Dataset, type ParsedRecord } from '../dataset';

/**
 * 产品: one row per product, matched by 产品编码. A new code creates the product, an existing one updates
 * it (names, 规格, prices, tax rate) — so the price list can be maintained in Excel and imported back.
 * Every row goes through the contract's product schema (code format, floor price ≤ list price …).
 */
type ProductIn = z.output<(typeof contract)['products.create']['input']>;

const L = FIELD_LABELS;

export const PRODUCT_SHEET: SheetDef = {
  key: 'products',
  label: { zh: '产品', en: 'Products' },
  columns: [
    {
      key: 'code',
      label: { zh: '产品编码', en: 'Product code' },
      aliases: [L.code!.zh, '编码', '物料编码', 'code'],
      required: true,
      type: 'text',
      width: 16,
      example: 'BRG-6205',
      help: {
        zh: '字母、数字和 - _ . /；已存在的编码将更新该产品',
        en: 'Letters, digits, - _ . /; an existing code updates that product',
      },
    },
    {
      key: 'name',
      label: { zh: '产品名称', en: 'Product name' },
      aliases: [L.name!.zh, '品名', 'name'],
      required: true,
      type: 'text',
      width: 28,
      example: '深沟球轴承',
    },
    {
      key: 'spec',
      label: L.spec!,
      aliases: ['规格', '型号'],
      type: 'text',
      width: 24,
      example: '6205-2RS 25×52×15mm',
    },
    {
      key: 'unit',
      label: L.unit!,
      aliases: ['计量单位'],
      required: true,
      type: 'text',
      width: 8,
      example: '个',
    },
    {
      key: 'category',
      label: L.category!,
      aliases: ['产品类别', '分类'],
      type: 'text',
      width: 14,
      example: '传动件',
    },
    {
      key: 'list_price',
      label: { zh: '标准售价（元）', en: 'List price (yuan)' },
      aliases: [L.list_price!.zh, '售价', '单价', 'price'],
      required: true,
      type: 'money',
      width: 14,
      example: '18.50',
    },
    {
      key: 'floor_price',
      label: { zh: '最低限价（元）', en: 'Floor price (yuan)' },
      aliases: [L.floor_price!.zh],
      type: 'money',
      width: 14,
      example: '16.00',
    },
    {
      key: 'cost_price',
      label: { zh: '成本价（元）', en: 'Cost price (yuan)' },
      aliases: [L.cost_price!.zh],
      type: 'money',
      width: 14,
    },
    {
      key: 'tax_rate',
      label: L.tax_rate!,
      aliases: ['增值税率'],
      type: 'rate',
      width: 8,
      example: '13%',
      help: { zh: '留空为 13%', en: 'Blank means 13%' },
    },
    { key: 'notes', label: L.notes!, type: 'text', width: 24 },
  ],
};

interface ProductPlan {
  create: { rec: ParsedRecord; input: ProductIn }[];
  update: { rec: ParsedRecord; input: ProductIn; id: number }[];
}

const col = (key: string): ColumnDef => PRODUCT_SHEET.columns.find((c) => c.key === key)!;

export const productsDataset: Dataset<ProductPlan> = {
  key: 'products',
  label: { zh: '产品', en: 'Products' },
  writeAccess: DATASET_ACCESS.products.write,
  readAccess: DATASET_ACCESS.products.read,
  sheets: [PRODUCT_SHEET],

  async prepare(ctx, sheets, report) {
    const ps = sheets.get('products')!;
    const schema = contract['products.create'].input;
    const plan: ProductPlan = { create: [], update: [] };
    const seen = new Map<string, number>();
    const valid: { rec: ParsedRecord; input: ProductIn }[] = [];
    for (const rec of ps.records) {
      const v = rec.values;
      const parsed = schema.safeParse({
        code: v.code ?? '',
        name: v.name ?? '',
        spec: v.spec,
        unit: v.unit ?? '',
        category: v.category,
        list_price: v.list_price ?? 0,
        floor_price: v.floor_price ?? 0,
        cost_price: v.cost_price,
        tax_rate: v.tax_rate ?? 1300,
        notes: v.notes,
      });
      if (!parsed.success) {
        for (const issue of parsed.error.issues) {
          const key = String(issue.path[0] ?? '');
          if (rec.bad.has(key)) continue;
          report.add(
            'error',
            ps,
            rec.row,
            PRODUCT_SHEET.columns.find((c) => c.key === key) ?? null,
            issueMessage(issue),
          );
        }
        continue;
      }
      const code = parsed.data.code;
      const first = seen.get(code);
      if (first !== undefined) {
        report.add('error', ps, rec.row, col('code'), message('duplicate_in_file', { row: first }));
        continue;
      }
      seen.set(code, rec.row);
      if (!rec.bad.size) valid.push({ rec, input: parsed.data });
    }
    const existing = new Map<string, number>();
    await inChunks(
      valid.map((x) => x.input.code),
      300,
      async (part) => {
        const rows = await ctx.db.all<{ id: number; code: string }>(
          `SELECT id, code FROM products WHERE code IN (${placeholders(part.length)})`,
          part,
        );
        for (const r of rows) existing.set(r.code, Number(r.id));
      },
    );
    for (const x of valid) {
      const id = existing.get(x.input.code);
      if (id === undefined) plan.create.push(x);
      else plan.update.push({ ...x, id });
    }
    return plan;
  },

  summary(p) {
    return [
      { label: { zh: '新增产品', en: 'New products' }, count: p.create.length },
      { label: { zh: '更新产品', en: 'Updated products' }, count: p.update.length },
    ];
  },

  needsConfirmation() {
    return 0;
  },

  async commit(ctx, p, progress) {
    const now = ctx.nowIso();
    const total = p.create.length + p.update.length;
    await insertMany(
      ctx.db,
      'products',
      p.create.map((x) => ({
        ...productColumns(x.input),
        active: true,
        created_at: now,
        updated_at: now,
        version: 0,
      })),
      async (done) => {
        await progress(done, total);
        await yieldToEventLoop();
      },
    );
    let done = p.create.length;
    for (const x of p.update) {
      const cols = productColumns(x.input);
      await ctx.db.run(
        `UPDATE products SET ${Object.keys(cols)
          .map((k) => `${k} = ?`)
          .join(', ')}, updated_at = ?, version = version + 1 WHERE id = ?`,
        [...Object.values(cols), now, x.id],
      );
      done++;
      if (done % 100 === 0) {
        await progress(done, total);
        await yieldToEventLoop();
      }
    }
    return `导入产品：新增 ${p.create.length} 个，更新 ${p.update.length} 个`;
  },

  async exportSheets(ctx, { lang }) {
    const rows: unknown[][] = [];
    let last = 0;
    for (;;) {
      const page = await ctx.db.all<Record<string, unknown>>(
        `SELECT id, code, name, spec, unit, category, list_price, floor_price, cost_price, tax_rate, notes
         FROM products WHERE id > ? AND active = ? ORDER BY id LIMIT 1000`,
        [last, true],
      );
      if (!page.length) break;
      last = Number(page[page.length - 1]!.id);
      for (const r of page) {
        const values: Record<string, unknown> = {
          ...r,
          list_price: Number(r.list_price),
          floor_price: Number(r.floor_price),
          cost_price: r.cost_price == null ? null : Number(r.cost_price),
          tax_rate: Number(r.tax_rate),
        };
        rows.push(PRODUCT_SHEET.columns.map((c) => values[c.key] ?? null));
      }
      await yieldToEventLoop();
    }
    return [
      {
        name: PRODUCT_SHEET.label[lang],
        columns: PRODUCT_SHEET.columns.map((c) => ({
          header: `${c.label[lang]}${c.required ? '*' : ''}`,
          type: outType(c),
          width: c.width,
        })),
        rows,
        autofilter: true,
      },
    ];
  },
};
