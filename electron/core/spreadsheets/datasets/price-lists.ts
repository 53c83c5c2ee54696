import { DATASET_ACCESS } from '../../../../shared/contract/spreadsheets';
import { FIELD_LABELS, message } from '../../../../shared/messages';
import { formatFen } from '../../../../shared/money';
import { netUnitPrice } from '../../../../shared/pricing';
import { placeholders } from '../../services/common/list';
import { customerScopeClause, visibleUserIds } from '../../services/common/scope';
import { upsertCustomerPrice } from '../../services/sales/common';
import { inChunks, yieldToEventLoop } from '../bulk';
import type { ColumnDef, SheetDef } from '../columns';
import { outSheet, type Dataset, type ParsedRecord } from '../dataset';
import { customerRefs, productRefs, str, type CustomerRef, type ProductRef } from './refs';

/**
 * 价格表: one row per product (its 标准售价 and optionally 最低限价) or per customer and product (一客一价,
 * the price orders for that customer start from: customer_prices, the table order approval maintains).
 *
 * - A row without a customer updates the product's list price, and its floor price when given; the floor
 *   may not exceed the list price (the product service's rule), also when only the list price changes.
 * - A row with a customer (code or legal full name, within the importer's data scope) sets that customer's
 *   price, with an optional discount, effective from the given date (blank: today; not in the future, as
 *   the table keeps one current price). Like an order, it replaces an older price but not one from a later
 *   order: such a row is refused. A price below the product's floor is allowed with a note (orders at that
 *   price go to approval, as the order rules say). Floor prices belong to products, not customer rows.
 * - Duplicates (the same product, or the same customer and product, twice) are refused.
 *
 * The export writes every active product's prices, then the customer prices the exporter can see.
 */
const L = FIELD_LABELS;

export const PRICE_LIST_SHEET: SheetDef = {
  key: 'price_lists',
  label: { zh: '价格表', en: 'Price list' },
  columns: [
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
      key: 'customer',
      label: { zh: '客户', en: 'Customer' },
      aliases: ['客户编码', '客户全称', '客户名称', 'customer code', 'customer name'],
      type: 'text',
      width: 36,
      help: {
        zh: '留空：更新产品的标准售价；填写客户编码或全称：该客户的价格（一客一价）',
        en: "Blank: the product's list price; a customer code or legal name: that customer's price",
      },
    },
    {
      key: 'price',
      label: { zh: '价格（元）', en: 'Price (yuan)' },
      aliases: ['单价', '售价', '标准售价', '客户价', '含税单价', 'price', 'unit price'],
      required: true,
      type: 'money',
      width: 14,
      example: '18.50',
      help: { zh: '含税单价', en: 'Unit price including tax' },
    },
    {
      key: 'floor_price',
      label: { zh: '最低限价（元）', en: 'Floor price (yuan)' },
      aliases: [L.floor_price!.zh, 'floor price'],
      type: 'money',
      width: 14,
      example: '16.00',
      help: {
        zh: '仅产品行；留空则保持原最低限价；不能高于价格',
        en: 'Product rows only; blank keeps the current floor; not above the price',
      },
    },
    {
      key: 'discount',
      label: { zh: '折扣率', en: 'Discount' },
      aliases: ['折扣', 'discount'],
      type: 'rate',
      width: 10,
      example: '5%',
      help: { zh: '仅客户价格行，可留空', en: 'Customer rows only; optional' },
    },
    {
      key: 'effective_date',
      label: { zh: '生效日期', en: 'Effective from' },
      aliases: ['日期', '生效日', 'effective date'],
      type: 'date',
      width: 12,
      example: '2026-01-01',
      help: {
        zh: '仅客户价格行；留空为今天；不能晚于今天',
        en: 'Customer rows only; blank means today; not after today',
      },
    },
  ],
};

interface ProductRow {
  rec: ParsedRecord;
  product: ProductRef;
  list: number;
  floor: number | null;
}
interface CustomerRow {
  rec: ParsedRecord;
  product: ProductRef;
  customer: CustomerRef;
  price: number;
  discount: number;
  date: string;
}
export interface PriceListPlan {
  products: ProductRow[];
  customers: CustomerRow[];
}

const col = (key: string): ColumnDef => PRICE_LIST_SHEET.columns.find((c) => c.key === key)!;
const num = (v: unknown): number | null => (typeof v === 'number' ? v : null);

export const priceListsDataset: Dataset<PriceListPlan> = {
  key: 'price_lists',
  label: PRICE_LIST_SHEET.label,
  writeAccess: DATASET_ACCESS.price_lists.write,
  readAccess: DATASET_ACCESS.price_lists.read,
  sheets: [PRICE_LIST_SHEET],

  async prepare(ctx, sheets, report) {
    const sh = sheets.get('price_lists')!;
    const today = ctx.today();
    const product = await productRefs(
      ctx,
      sh.records.map((r) => str(r.values.product_code) ?? ''),
    );
    const customer = await customerRefs(
      ctx,
      sh.records.map((r) => str(r.values.customer) ?? '').filter(Boolean),
    );
    const plan: PriceListPlan = { products: [], customers: [] };
    const seen = new Map<string, number>();
    for (const rec of sh.records) {
      const v = rec.values;
      let ok = rec.bad.size === 0;
      const pText = str(v.product_code);
      const p = pText ? product(pText) : undefined;
      if (pText && !p) {
        report.error(sh, rec.row, col('product_code'), 'unknown_product', { value: pText });
        ok = false;
      }
      const cText = str(v.customer);
      const c = cText ? customer(cText) : undefined;
      if (cText && !c) {
        report.error(sh, rec.row, col('customer'), 'unknown_customer', { value: cText });
        ok = false;
      } else if (c && !c.active) {
        report.error(sh, rec.row, col('customer'), 'customer_inactive', { value: cText });
        ok = false;
      }
      if (p && (!cText || c)) {
        const key = `${p.id}|${c?.id ?? ''}`;
        const first = seen.get(key);
        if (first !== undefined) {
          report.error(sh, rec.row, col(c ? 'customer' : 'product_code'), 'duplicate_in_file', {
            row: first,
          });
          ok = false;
        } else seen.set(key, rec.row);
      }
      const price = num(v.price);
      const floor = num(v.floor_price);
      const discount = num(v.discount);
      const date = typeof v.effective_date === 'string' ? v.effective_date : null;
      if (cText) {
        // A customer's price.
        if (floor !== null) {
          report.error(sh, rec.row, col('floor_price'), 'price_product_only');
          ok = false;
        }
        if (discount !== null && discount > 10000) {
          report.add('error', sh, rec.row, col('discount'), message('invalid_value'));
          ok = false;
        }
        if (date && date > today) {
          report.error(sh, rec.row, col('effective_date'), 'date_after_today');
          ok = false;
        }
        if (ok && p && c && price !== null) {
          plan.customers.push({
            rec,
            product: p,
            customer: c,
            price,
            discount: discount ?? 0,
            date: date ?? today,
          });
        }
      } else {
        // The product's list (and floor) price.
        if (discount !== null) {
          report.error(sh, rec.row, col('discount'), 'price_customer_only');
          ok = false;
        }
        if (date) {
          report.error(sh, rec.row, col('effective_date'), 'price_effective_product');
          ok = false;
        }
        if (p && price !== null && !rec.bad.has('floor_price')) {
          if (floor !== null && floor > price) {
            report.error(sh, rec.row, col('floor_price'), 'floor_above_list');
            ok = false;
          } else if (floor === null && p.floor_price > price) {
            report.error(sh, rec.row, col('price'), 'price_floor_existing', {
              floor: formatFen(p.floor_price),
            });
            ok = false;
          }
        }
        if (ok && p && price !== null) plan.products.push({ rec, product: p, list: price, floor });
      }
    }
    // Customer prices: not older than the price on record (a later order's); a note below the floor.
    const floorAfter = new Map<number, number>();
    for (const r of plan.products) if (r.floor !== null) floorAfter.set(r.product.id, r.floor);
    const current = new Map<string, { unit_price: number; order_date: string }>();
    await inChunks([...new Set(plan.customers.map((r) => r.customer.id))], 300, async (part) => {
      const rows = await ctx.db.all<Record<string, unknown>>(
        `SELECT customer_id, product_id, unit_price, order_date FROM customer_prices WHERE customer_id IN (${placeholders(part.length)})`,
        part,
      );
      for (const r of rows) {
        current.set(`${Number(r.customer_id)}|${Number(r.product_id)}`, {
          unit_price: Number(r.unit_price),
          order_date: String(r.order_date),
        });
      }
    });
    plan.customers = plan.customers.filter((r) => {
      const cur = current.get(`${r.customer.id}|${r.product.id}`);
      if (cur && cur.order_date > r.date) {
        report.error(sh, r.rec.row, col('effective_date'), 'price_older_than_existing', {
          date: cur.order_date,
          price: formatFen(cur.unit_price),
        });
        return false;
      }
      const floor = floorAfter.get(r.product.id) ?? r.product.floor_price;
      if (floor > 0 && netUnitPrice(r.price, r.discount) < floor) {
        report.add(
          'warning',
          sh,
          r.rec.row,
          col('price'),
          message('price_below_floor', { floor: formatFen(floor) }),
        );
      }
      return true;
    });
    return plan;
  },

  summary(p) {
    return [
      { label: { zh: '更新标准售价的产品', en: 'Products repriced' }, count: p.products.length },
      { label: { zh: '客户价格', en: 'Customer prices' }, count: p.customers.length },
    ];
  },

  needsConfirmation() {
    return 0;
  },

  async commit(ctx, p, progress) {
    const now = ctx.nowIso();
    const total = p.products.length + p.customers.length;
    let done = 0;
    const tick = async () => {
      done++;
      if (done % 100 === 0) {
        await progress(done, total);
        await yieldToEventLoop();
      }
    };
    for (const r of p.products) {
      await ctx.db.run(
        'UPDATE products SET list_price = ?, floor_price = COALESCE(?, floor_price), updated_at = ?, version = version + 1 WHERE id = ?',
        [r.list, r.floor, now, r.product.id],
      );
      await tick();
    }
    for (const r of p.customers) {
      await upsertCustomerPrice(ctx.db, {
        customer_id: r.customer.id,
        product_id: r.product.id,
        unit_price: r.price,
        discount_bp: r.discount,
        order_id: null,
        date: r.date,
      });
      await tick();
    }
    await progress(total, total);
    return `导入价格表：更新 ${p.products.length} 个产品的标准售价，${p.customers.length} 条客户价格`;
  },

  async exportSheets(ctx, { lang }) {
    const rows: unknown[][] = [];
    const push = (values: Record<string, unknown>) =>
      rows.push(PRICE_LIST_SHEET.columns.map((c) => values[c.key] ?? null));
    let last = 0;
    for (;;) {
      const page = await ctx.db.all<Record<string, unknown>>(
        'SELECT id, code, name, list_price, floor_price FROM products WHERE id > ? AND active = ? ORDER BY id LIMIT 1000',
        [last, true],
      );
      if (!page.length) break;
      last = Number(page[page.length - 1]!.id);
      for (const r of page) {
        push({
          product_code: r.code,
          product_name: r.name,
          price: Number(r.list_price),
          floor_price: Number(r.floor_price),
        });
      }
      await yieldToEventLoop();
    }
    const scope = customerScopeClause(await visibleUserIds(ctx.db, ctx.requireUser()));
    for (let offset = 0; ; offset += 1000) {
      const page = await ctx.db.all<Record<string, unknown>>(
        `SELECT p.code, p.name, c.legal_name, cp.unit_price, cp.discount_bp, cp.order_date
         FROM customer_prices cp JOIN products p ON p.id = cp.product_id JOIN customers c ON c.id = cp.customer_id
         WHERE p.active = ? AND c.active = ?${scope ? ` AND ${scope.clause}` : ''}
         ORDER BY cp.customer_id, cp.product_id LIMIT 1000 OFFSET ?`,
        [true, true, ...(scope?.params ?? []), offset],
      );
      for (const r of page) {
        push({
          product_code: r.code,
          product_name: r.name,
          customer: r.legal_name,
          price: Number(r.unit_price),
          discount: Number(r.discount_bp) || null,
          effective_date: r.order_date,
        });
      }
      if (page.length < 1000) break;
      await yieldToEventLoop();
    }
    return [outSheet(PRICE_LIST_SHEET, rows, lang)];
  },
};
