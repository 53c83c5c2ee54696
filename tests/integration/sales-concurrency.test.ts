import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Core } from '../../electron/core/app';
import { silentLogger } from '../../electron/core/log';
import { checkConsistency } from '../../electron/core/services/sales/recompute';
import type { DbConfig } from '../../electron/core/db/database';
import type { InputOf, MethodName, OutputOf } from '../../shared/contract';
import { ADMIN, dbKinds, makeDbConfig, RpcCallError, TestClock, USER_PASSWORD } from '../helpers/harness';

/**
 * Several PCs on one database: separate Core instances (each with its own connection pool) acting at the
 * same moment. On PostgreSQL these are real concurrent transactions; on SQLite the same calls race through
 * one process. The invariants must hold either way.
 */
class Pc {
  token = '';
  constructor(readonly core: Core) {}
  async call<M extends MethodName>(m: M, input: InputOf<M>): Promise<OutputOf<M>> {
    const env = await this.core.call(m, input, { token: this.token, transport: 'internal' });
    if (!env.ok) throw new RpcCallError(env.error);
    return env.data as OutputOf<M>;
  }
  async login(login: string, password: string): Promise<void> {
    this.token = '';
    this.token = (await this.call('auth.login', { login, password })).token;
  }
}

for (const kind of dbKinds()) {
  describe(`several PCs at once [${kind}]`, () => {
    const clock = new TestClock();
    let dir: string;
    let config: DbConfig;
    const pcs: Pc[] = [];
    let admin: Pc;
    let warehouse = 0;
    let product = 0;

    beforeAll(async () => {
      dir = fs.mkdtempSync(path.join(os.tmpdir(), 'xst-conc-'));
      config = await makeDbConfig(kind, dir);
      if (config.kind === 'postgres') config = { ...config, pool: 3 };
      // PostgreSQL: 8 PCs, each its own Core and pool. SQLite has one writer process by design (the main
      // process owns the file), so its "PCs" are concurrent sessions of one Core (browser clients of the host).
      if (kind === 'postgres') {
        for (let i = 0; i < 8; i++)
          pcs.push(
            new Pc(await Core.open({ dataDir: dir, db: config, clock: clock.now, log: silentLogger })),
          );
      } else {
        const core = await Core.open({ dataDir: dir, db: config, clock: clock.now, log: silentLogger });
        for (let i = 0; i < 4; i++) pcs.push(new Pc(core));
      }
      admin = new Pc(pcs[0]!.core);
      await admin.call('auth.setup', {
        company_name: '并发测试',
        login: ADMIN.login,
        name: '管理员',
        password: ADMIN.password,
      });
      await admin.login(ADMIN.login, ADMIN.password);
      // one manager per PC (managers approve directly; scope team = their own customers)
      await admin.call('users.create', {
        login: 'boss',
        name: '经理',
        roles: ['sales_manager', 'finance'],
        password: USER_PASSWORD,
      });
      const first = new Pc(pcs[0]!.core);
      await first.login('boss', USER_PASSWORD);
      await first.call('auth.changePassword', { old_password: USER_PASSWORD, new_password: 'Boss12345' });
      for (const pc of pcs) await pc.login('boss', 'Boss12345');
      await admin.call('users.create', {
        login: 'keeper',
        name: '仓管',
        roles: ['warehouse'],
        password: USER_PASSWORD,
      });
      const wh = new Pc(pcs[0]!.core);
      await wh.login('keeper', USER_PASSWORD);
      await wh.call('auth.changePassword', { old_password: USER_PASSWORD, new_password: 'Keeper123' });
      warehouse = (await admin.call('warehouses.save', { code: 'W1', name: '总仓' })).id;
      product = (
        await admin.call('products.create', {
          code: 'P-1',
          name: '接触器',
          unit: '个',
          list_price: 100000,
          floor_price: 0,
        })
      ).id;
    });

    afterAll(async () => {
      for (const core of new Set(pcs.map((p) => p.core))) await core.close();
      fs.rmSync(dir, { recursive: true, force: true });
    });

    const customer = async (name: string, limit: number) =>
      (
        await admin.call('customers.create', {
          legal_name: name,
          customer_type: 'account',
          credit_limit: limit,
          credit_days: 30,
          owner_id: undefined,
        })
      ).id;

    const draft = (pc: Pc, customerId: number, units: number) =>
      pc.call('orders.create', {
        customer_id: customerId,
        order_date: '2026-11-20',
        warehouse_id: warehouse,
        lines: [{ product_id: product, qty: units * 1000, unit_price: 100000 }],
      });

    it('two PCs approving orders for the same customer cannot both pass a limit only one fits under', async () => {
      for (let round = 0; round < 5; round++) {
        // limit ¥10,000; each order ¥6,000: either fits alone, not both
        const c = await customer(`并发客户${round}号有限公司`, 1_000_000);
        const [a, b] = [pcs[0]!, pcs[1]!];
        const [da, db] = await Promise.all([draft(a, c, 6), draft(b, c, 6)]);
        const results = await Promise.all([
          a.call('orders.submit', { id: da.id, version: da.version }),
          b.call('orders.submit', { id: db.id, version: db.version }),
        ]);
        const statuses = results.map((r) => r.order.status).sort();
        expect(statuses).toEqual(['approved', 'hold']);
        const bal = await a.core.database.read((d) =>
          d.get<{ open_orders: number }>('SELECT open_orders FROM customer_balances WHERE customer_id = ?', [
            c,
          ]),
        );
        expect(Number(bal?.open_orders)).toBe(600000);
      }
    });

    it('order numbers stay unique and gap-free when many PCs approve at once', async () => {
      const c = await customer('编号测试有限公司', 1_000_000_000);
      const perPc = kind === 'postgres' ? 6 : 10;
      const drafts = await Promise.all(
        pcs.flatMap((pc) => Array.from({ length: perPc }, () => draft(pc, c, 1).then((d) => ({ pc, d })))),
      );
      await Promise.all(
        drafts.map(({ pc, d }) => pc.call('orders.submit', { id: d.id, version: d.version })),
      );
      const rows = await admin.core.database.read((d) =>
        d.all<{ number: string }>('SELECT number FROM sales_orders WHERE number IS NOT NULL ORDER BY number'),
      );
      const nums = rows.map((r) => Number(r.number.slice(-6)));
      expect(new Set(nums).size).toBe(nums.length);
      expect(nums).toEqual(Array.from({ length: nums.length }, (_, i) => i + 1));
    });

    it('stock never goes below zero when PCs ship the last units at the same time', async () => {
      const keeperPcs = await Promise.all(
        pcs.map(async (pc) => {
          const k = new Pc(pc.core);
          await k.login('keeper', 'Keeper123');
          return k;
        }),
      );
      await keeperPcs[0]!.call('stock.adjust', {
        warehouse_id: warehouse,
        kind: 'opening',
        doc_date: '2026-11-01',
        reason: '期初',
        lines: [{ product_id: product, qty: 5000 }],
      });
      const c = await customer('抢货客户有限公司', 1_000_000_000);
      const n = Math.max(4, keeperPcs.length);
      const orders = [];
      for (let i = 0; i < n; i++) {
        const d = await draft(pcs[0]!, c, 2);
        orders.push((await pcs[0]!.call('orders.submit', { id: d.id, version: d.version })).order);
      }
      const ships = [];
      for (const [i, o] of orders.entries()) {
        const k = keeperPcs[i % keeperPcs.length]!;
        ships.push({
          k,
          s: await k.call('shipments.create', {
            customer_id: c,
            warehouse_id: warehouse,
            ship_date: '2026-11-20',
            lines: [{ order_line_id: o.lines[0]!.id, qty: 2000 }],
          }),
        });
      }
      const results = await Promise.allSettled(
        ships.map(({ k, s }) => k.call('shipments.approve', { id: s.id, version: s.version })),
      );
      const ok = results.filter((r) => r.status === 'fulfilled').length;
      const refused = results.filter((r) => r.status === 'rejected') as PromiseRejectedResult[];
      expect(ok).toBe(2); // 5 units on hand, 2 per shipment
      for (const r of refused) {
        expect(r.reason).toBeInstanceOf(RpcCallError);
        expect((r.reason as RpcCallError).body.message_zh).toContain('库存不足');
      }
      const st = await admin.core.database.read((d) =>
        d.get<{ on_hand: number }>('SELECT on_hand FROM stock WHERE product_id = ? AND warehouse_id = ?', [
          product,
          warehouse,
        ]),
      );
      expect(Number(st?.on_hand)).toBe(1000);
    });

    it('afterwards every maintained balance equals its recomputation', async () => {
      expect(await admin.core.database.read((d) => checkConsistency(d))).toEqual([]);
    });
  });
}
