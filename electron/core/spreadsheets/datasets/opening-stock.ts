import { DATASET_ACCESS } from '../../../../shared/contract/spreadsheets';
import { FIELD_LABELS, message } from '../../../../shared/messages';
import { formatQty } from '../../../../shared/pricing';
import { formatFen } from '../../../../shared/money';
import { placeholders } from '../../services/common/list';
import { lockStock } from '../../services/sales/common';
import { postStockDocument } from '../../services/sales/shipments';
import { inChunks, yieldToEventLoop } from '../bulk';
import type { ColumnDef, SheetDef } from '../columns';
import { outSheet, type Dataset, type ParsedRecord } from '../dataset';
import { productRefs, str, warehouseRefs, type ProductRef, type WarehouseRef } from './refs';

/**
 * 期初库存: what each warehouse holds at go-live, one row per warehouse and product. Posted through the stock
 * service's own function (postStockDocument): one opening stock document (SA…, kind 'opening') per warehouse,
 * a stock move per row (doc_type stock_opening), so on hand stays the sum of the moves (the recompute check).
 *
 * Rules: the warehouse by code or name, the product by code (both active); quantity in the product's unit,
 * up to 3 decimals, not negative (a 0 row is skipped with a note); one row per warehouse and product; a
 * product that already has stock in that warehouse is refused — opening stock is imported once (a product
 * whose stock went back to 0 may be imported). The optional unit cost becomes the product's 成本价 (the
 * program keeps one cost per product, no stock valuation), so rows of one product must agree on it.
 *
 * The export writes the current stock in the same layout (as the opening stock of another installation).
 */
const L = FIELD_LABELS;

export const OPENING_STOCK_SHEET: SheetDef = {
  key: 'opening_stock',
  label: { zh: '期初库存', en: 'Opening stock' },
  columns: [
    {
      key: 'warehouse',
      label: { zh: '仓库', en: 'Warehouse' },
      aliases: ['仓库编码', '仓库名称', 'warehouse code', 'warehouse name'],
      required: true,
      type: 'text',
      width: 12,
      example: 'W1',
      help: { zh: '仓库编码或名称', en: 'Warehouse code or name' },
    },
    {
      key: 'product_code',
      label: { zh: '产品编码', en: 'Product code' },
      aliases: [L.code!.zh, '编码', '物料编码', 'code'],
      required: true,
      type: 'text',
      width: 16,
      example: 'BRG-6205',
    },
    {
      key: 'product_name',
      label: { zh: '产品名称', en: 'Product name' },
      aliases: ['品名', 'name'],
      type: 'text',
      width: 24,
      help: { zh: '仅供核对，导入时不使用', en: 'For reference only; not imported' },
    },
    {
      key: 'unit',
      label: L.unit!,
      aliases: ['计量单位'],
      type: 'text',
      width: 8,
      help: { zh: '仅供核对，导入时不使用', en: 'For reference only; not imported' },
    },
    {
      key: 'qty',
      label: { zh: '期初数量', en: 'Quantity' },
      aliases: ['数量', '库存数量', '结存数量', 'qty', 'quantity'],
      required: true,
      type: 'qty',
      width: 12,
      example: '120',
      help: {
        zh: '按产品的计量单位，最多三位小数；已有库存的产品不能再导入期初',
        en: "In the product's unit, up to 3 decimals; products that already have stock cannot be imported",
      },
    },
    {
      key: 'unit_cost',
      label: { zh: '单位成本（元）', en: 'Unit cost (yuan)' },
      aliases: ['成本价', '成本单价', '单位成本', 'unit cost', 'cost'],
      type: 'money',
      width: 14,
      example: '12.30',
      help: {
        zh: '填写后更新产品的成本价；同一产品各行须一致',
        en: "Updates the product's cost price; the same for every row of a product",
      },
    },
  ],
};

interface StockLine {
  rec: ParsedRecord;
  warehouse: WarehouseRef;
  product: ProductRef;
  qty: number;
}
export interface OpeningStockPlan {
  lines: StockLine[];
  /** product id → unit cost in fen */
  costs: Map<number, number>;
  skipped: number;
}

const col = (key: string): ColumnDef => OPENING_STOCK_SHEET.columns.find((c) => c.key === key)!;

export const openingStockDataset: Dataset<OpeningStockPlan> = {
  key: 'opening_stock',
  label: OPENING_STOCK_SHEET.label,
  writeAccess: DATASET_ACCESS.opening_stock.write,
  readAccess: DATASET_ACCESS.opening_stock.read,
  sheets: [OPENING_STOCK_SHEET],

  async prepare(ctx, sheets, report) {
    const sh = sheets.get('opening_stock')!;
    const warehouse = await warehouseRefs(ctx);
    const product = await productRefs(
      ctx,
      sh.records.map((r) => str(r.values.product_code) ?? ''),
    );
    const plan: OpeningStockPlan = { lines: [], costs: new Map(), skipped: 0 };
    const seen = new Map<string, number>();
    const costRow = new Map<number, { row: number; cost: number }>();
    for (const rec of sh.records) {
      const v = rec.values;
      let ok = rec.bad.size === 0;
      const wText = str(v.warehouse);
      const w = wText ? warehouse(wText) : undefined;
      if (wText && !w) {
        report.error(sh, rec.row, col('warehouse'), 'unknown_warehouse', { value: wText });
        ok = false;
      }
      const pText = str(v.product_code);
      const p = pText ? product(pText) : undefined;
      if (pText && !p) {
        report.error(sh, rec.row, col('product_code'), 'unknown_product', { value: pText });
        ok = false;
      }
      if (w && p) {
        const key = `${w.id}:${p.id}`;
        const first = seen.get(key);
        if (first !== undefined) {
          report.error(sh, rec.row, col('product_code'), 'duplicate_in_file', { row: first });
          ok = false;
        } else seen.set(key, rec.row);
      }
      const cost = typeof v.unit_cost === 'number' ? v.unit_cost : null;
      if (p && cost !== null && !rec.bad.has('unit_cost')) {
        const prev = costRow.get(p.id);
        if (prev && prev.cost !== cost) {
          report.error(sh, rec.row, col('unit_cost'), 'opening_cost_differs', {
            row: prev.row,
            cost: formatFen(prev.cost),
          });
          ok = false;
        } else if (!prev) costRow.set(p.id, { row: rec.row, cost });
      }
      if (!ok || !w || !p) continue;
      const qty = Number(v.qty);
      if (qty === 0) {
        report.add('warning', sh, rec.row, col('qty'), message('opening_qty_zero'));
        plan.skipped++;
        continue;
      }
      plan.lines.push({ rec, warehouse: w, product: p, qty });
    }
    // Products that already have stock in that warehouse.
    const onHand = new Map<string, number>();
    await inChunks([...new Set(plan.lines.map((l) => l.product.id))], 300, async (part) => {
      const rows = await ctx.db.all<{ product_id: number; warehouse_id: number; on_hand: number }>(
        `SELECT product_id, warehouse_id, on_hand FROM stock WHERE on_hand <> 0 AND product_id IN (${placeholders(part.length)})`,
        part,
      );
      for (const r of rows)
        onHand.set(`${Number(r.warehouse_id)}:${Number(r.product_id)}`, Number(r.on_hand));
    });
    plan.lines = plan.lines.filter((l) => {
      const have = onHand.get(`${l.warehouse.id}:${l.product.id}`);
      if (have === undefined) return true;
      report.error(sh, l.rec.row, col('qty'), 'opening_stock_exists', { qty: formatQty(have) });
      return false;
    });
    for (const [pid, c] of costRow) plan.costs.set(pid, c.cost);
    return plan;
  },

  summary(p) {
    return [
      { label: { zh: '期初库存行', en: 'Stock rows' }, count: p.lines.length },
      {
        label: { zh: '仓库', en: 'Warehouses' },
        count: new Set(p.lines.map((l) => l.warehouse.id)).size,
      },
      { label: { zh: '更新成本价的产品', en: 'Products with a cost price' }, count: p.costs.size },
    ];
  },

  needsConfirmation() {
    return 0;
  },

  async commit(ctx, p, progress) {
    const now = ctx.nowIso();
    const total = p.lines.length + p.costs.size;
    // Every stock row of the file locked first, in the one fixed order (product, warehouse).
    await lockStock(
      ctx.db,
      p.lines.map((l) => ({ product_id: l.product.id, warehouse_id: l.warehouse.id })),
      now,
    );
    const byWarehouse = new Map<number, StockLine[]>();
    for (const l of p.lines) byWarehouse.set(l.warehouse.id, [...(byWarehouse.get(l.warehouse.id) ?? []), l]);
    const numbers: string[] = [];
    let done = 0;
    for (const [wid, lines] of [...byWarehouse].sort((a, b) => a[0] - b[0])) {
      const doc = await postStockDocument(
        ctx,
        {
          warehouse_id: wid,
          kind: 'opening',
          doc_date: ctx.today(),
          reason: 'Excel 导入期初库存',
          lines: lines.map((l) => ({ product_id: l.product.id, qty: l.qty })),
        },
        { requireEmpty: true },
      );
      numbers.push(doc.number);
      done += lines.length;
      await progress(done, total);
      await yieldToEventLoop();
    }
    for (const [pid, cost] of p.costs) {
      await ctx.db.run(
        'UPDATE products SET cost_price = ?, updated_at = ?, version = version + 1 WHERE id = ?',
        [cost, now, pid],
      );
    }
    await progress(total, total);
    return `导入期初库存 ${p.lines.length} 行（${numbers.join('、')}）${
      p.costs.size ? `，更新 ${p.costs.size} 个产品的成本价` : ''
    }`;
  },

  async exportSheets(ctx, { lang }) {
    const rows: unknown[][] = [];
    for (let offset = 0; ; offset += 2000) {
      const page = await ctx.db.all<Record<string, unknown>>(
        `SELECT w.code AS warehouse, p.code AS product_code, p.name AS product_name, p.unit, st.on_hand AS qty, p.cost_price AS unit_cost
         FROM stock st JOIN warehouses w ON w.id = st.warehouse_id JOIN products p ON p.id = st.product_id
         WHERE st.on_hand <> 0 ORDER BY w.code, p.code LIMIT 2000 OFFSET ?`,
        [offset],
      );
      for (const r of page) {
        const values: Record<string, unknown> = {
          ...r,
          qty: Number(r.qty),
          unit_cost: r.unit_cost == null ? null : Number(r.unit_cost),
        };
        rows.push(OPENING_STOCK_SHEET.columns.map((c) => values[c.key] ?? null));
      }
      if (page.length < 2000) break;
      await yieldToEventLoop();
    }
    return [outSheet(OPENING_STOCK_SHEET, rows, lang)];
  },
};
