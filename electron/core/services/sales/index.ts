import type { HandlersFor } from '../../rpc/context';
import { setSetting } from '../common/settings';
import { placeholders } from '../common/list';
import { visibleUserIds } from '../common/scope';
import { loadRules } from './credit';
import { orderHandlers, orderScope } from './orders';
import { quotationHandlers } from './quotations';
import { shipmentHandlers } from './shipments';
// Target actuals on the orders basis (registered at load).
import './actuals';
// Printed documents (报价单, 销售合同, 送货单): registered with the documents module at load.
import './print';

const creditHandlers: HandlersFor<'credit.rules' | 'credit.setRules' | 'dashboard.'> = {
  async 'credit.rules'(ctx) {
    return loadRules(ctx.db);
  },

  async 'credit.setRules'(ctx, rules) {
    await setSetting(ctx.db, 'credit_rules', rules, ctx.nowIso());
    ctx.audit(
      null,
      `信用规则：订单 ${rules.order.mode} ${rules.order.warn_bp / 100}%/${rules.order.block_bp / 100}%，发货 ${rules.shipment.mode}，` +
        `逾期 ${rules.overdue_block_days ?? '关'} 天，折扣审批线 ${rules.discount_approval_bp / 100}%`,
    );
    return loadRules(ctx.db);
  },

  /** Role cards on the home screen; each count only for users who may see it. */
  async 'dashboard.cards'(ctx) {
    const user = ctx.requireUser();
    const today = ctx.today();
    const count = async (sql: string, params: unknown[]) =>
      Number((await ctx.db.get<{ n: number }>(sql, params))?.n ?? 0);
    const can = (p: Parameters<typeof user.permissions.has>[0]) => user.permissions.has(p);
    const out = {
      my_open_orders: null as number | null,
      my_held_orders: null as number | null,
      my_drafts: null as number | null,
      held_orders: null as number | null,
      awaiting_approval: null as number | null,
      to_ship_today: null as number | null,
      late_orders: null as number | null,
      shipped_today: null as number | null,
    };
    if (can('orders.write')) {
      out.my_open_orders = await count(
        "SELECT COUNT(*) AS n FROM sales_orders WHERE salesperson_id = ? AND status = 'approved' AND per_delivered < 10000",
        [user.id],
      );
      out.my_held_orders = await count(
        "SELECT COUNT(*) AS n FROM sales_orders WHERE salesperson_id = ? AND status = 'hold'",
        [user.id],
      );
      out.my_drafts = await count(
        "SELECT COUNT(*) AS n FROM sales_orders WHERE created_by = ? AND status = 'draft'",
        [user.id],
      );
    }
    if (can('credit.release'))
      out.held_orders = await count("SELECT COUNT(*) AS n FROM sales_orders WHERE status = 'hold'", []);
    if (can('sales.approve')) {
      const ids = await visibleUserIds(ctx.db, user);
      const scope = ids ? ` AND salesperson_id IN (${placeholders(ids.length)})` : '';
      out.awaiting_approval = await count(
        `SELECT (SELECT COUNT(*) FROM sales_orders WHERE status = 'submitted'${scope}) + (SELECT COUNT(*) FROM quotations WHERE status = 'submitted'${scope}) AS n`,
        [...(ids ?? []), ...(ids ?? [])],
      );
    }
    if (can('shipments.read')) {
      out.to_ship_today = await count(
        `SELECT COUNT(DISTINCT o.id) AS n FROM sales_orders o JOIN sales_order_lines l ON l.order_id = o.id
         WHERE o.status = 'approved' AND l.qty > l.delivered_qty AND (o.delivery_date IS NULL OR o.delivery_date <= ?)`,
        [today],
      );
      out.shipped_today = await count(
        "SELECT COUNT(*) AS n FROM shipments WHERE status = 'approved' AND ship_date = ?",
        [today],
      );
    }
    if (can('orders.read')) {
      const scope = await orderScope(ctx.db, user);
      out.late_orders = await count(
        `SELECT COUNT(*) AS n FROM sales_orders o WHERE o.status = 'approved' AND o.per_delivered < 10000 AND o.delivery_date < ?${scope ? ` AND ${scope.clause}` : ''}`,
        [today, ...(scope?.params ?? [])],
      );
    }
    return out;
  },
};

export const salesHandlers = {
  ...quotationHandlers,
  ...orderHandlers,
  ...shipmentHandlers,
  ...creditHandlers,
};
