import type { Db } from '../../db/database';
import type { Bilingual } from '../../../../shared/messages';
import type { HandoverItem } from '../../../../shared/contract/staff';

/**
 * 离职交接: what a leaving employee owns is handed to a chosen colleague in the same transaction as the
 * deactivation (staff.leave), and the counts go into the change record and the audit row.
 *
 * Every area that owns per-person records registers one handover at module load:
 *
 *   registerHandover('leads', async (db, fromUserId, toUserId, now) => {
 *     return db.run('UPDATE leads SET owner_id = ?, updated_at = ? WHERE owner_id = ? AND …', [toUserId, now, fromUserId]);
 *   }, { label: { zh: '线索', en: 'Leads' }, pending: (db, userId) => countOpenLeads(db, userId) });
 *
 * `fn` runs inside the staff.leave transaction with its Db (never open another one) and returns how many
 * records it moved. `now` is the ISO-8601 UTC timestamp the updated_at columns hold. `pending` counts what
 * would move (the preview before the user confirms); without it the preview shows the item with count 0.
 */
export type HandoverFn = (db: Db, fromUserId: number, toUserId: number, now: string) => Promise<number>;

export interface HandoverOptions {
  label?: Bilingual;
  pending?: (db: Db, userId: number) => Promise<number>;
}

interface Entry {
  name: string;
  fn: HandoverFn;
  label: Bilingual;
  pending?: (db: Db, userId: number) => Promise<number>;
}

const REGISTRY: Entry[] = [];

export function registerHandover(name: string, fn: HandoverFn, opts: HandoverOptions = {}): void {
  if (REGISTRY.some((e) => e.name === name)) throw new Error(`handover ${name} registered twice`);
  REGISTRY.push({ name, fn, label: opts.label ?? { zh: name, en: name }, pending: opts.pending });
}

export function registeredHandovers(): readonly { name: string; label: Bilingual }[] {
  return REGISTRY.map(({ name, label }) => ({ name, label }));
}

/** Runs every registered handover, in registration order. */
export async function runHandovers(
  db: Db,
  fromUserId: number,
  toUserId: number,
  now: string,
): Promise<HandoverItem[]> {
  const out: HandoverItem[] = [];
  for (const e of REGISTRY) {
    const count = await e.fn(db, fromUserId, toUserId, now);
    out.push({ name: e.name, label_zh: e.label.zh, label_en: e.label.en, count });
  }
  return out;
}

export async function previewHandovers(db: Db, userId: number): Promise<HandoverItem[]> {
  const out: HandoverItem[] = [];
  for (const e of REGISTRY) {
    const count = e.pending ? await e.pending(db, userId) : 0;
    out.push({ name: e.name, label_zh: e.label.zh, label_en: e.label.en, count });
  }
  return out;
}

/* ------------------------------------------------------------------ built-in handovers */

const n = (r: { n: unknown } | undefined) => Number(r?.n ?? 0);

// Customers owned (客户所有人): every customer, active or not, so that history keeps an owner who works here.
registerHandover(
  'customers',
  async (db, from, to, now) => {
    // The successor becomes owner: a co-owner row of theirs on these customers would be redundant.
    await db.run(
      'DELETE FROM customer_owners WHERE user_id = ? AND customer_id IN (SELECT id FROM customers WHERE owner_id = ?)',
      [to, from],
    );
    return db.run(
      'UPDATE customers SET owner_id = ?, updated_at = ?, version = version + 1 WHERE owner_id = ?',
      [to, now, from],
    );
  },
  {
    label: { zh: '客户（所有人）', en: 'Customers (owner)' },
    pending: async (db, u) => n(await db.get('SELECT COUNT(*) AS n FROM customers WHERE owner_id = ?', [u])),
  },
);

// Co-ownerships (相关负责人): moved to the successor unless they already own or co-own the customer.
registerHandover(
  'customer_co_owners',
  async (db, from, to) => {
    const moved = await db.run(
      `UPDATE customer_owners SET user_id = ? WHERE user_id = ?
         AND customer_id NOT IN (SELECT customer_id FROM customer_owners WHERE user_id = ?)
         AND customer_id NOT IN (SELECT id FROM customers WHERE owner_id = ?)`,
      [to, from, to, to],
    );
    const dropped = await db.run('DELETE FROM customer_owners WHERE user_id = ?', [from]);
    return moved + dropped;
  },
  {
    label: { zh: '客户（相关负责人）', en: 'Customers (co-owner)' },
    pending: async (db, u) =>
      n(await db.get('SELECT COUNT(*) AS n FROM customer_owners WHERE user_id = ?', [u])),
  },
);

// Open tasks and schedule entries assigned to the leaver.
registerHandover(
  'open_tasks',
  async (db, from, to, now) =>
    db.run(
      `UPDATE staff_tasks SET assignee_id = ?, updated_at = ?, version = version + 1
       WHERE assignee_id = ? AND status IN ('pending', 'accepted')`,
      [to, now, from],
    ),
  {
    label: { zh: '未完成的任务与日程', en: 'Open tasks' },
    pending: async (db, u) =>
      n(
        await db.get(
          "SELECT COUNT(*) AS n FROM staff_tasks WHERE assignee_id = ? AND status IN ('pending', 'accepted')",
          [u],
        ),
      ),
  },
);

// Direct reports: their manager becomes the successor.
registerHandover(
  'subordinates',
  async (db, from, to, now) =>
    db.run(
      'UPDATE users SET manager_id = ?, updated_at = ?, version = version + 1 WHERE manager_id = ? AND id <> ?',
      [to, now, from, to],
    ),
  {
    label: { zh: '直属下属', en: 'Direct reports' },
    pending: async (db, u) => n(await db.get('SELECT COUNT(*) AS n FROM users WHERE manager_id = ?', [u])),
  },
);

// Organisation units the leaver heads.
registerHandover(
  'org_units_headed',
  async (db, from, to, now) =>
    db.run('UPDATE org_units SET head_id = ?, updated_at = ?, version = version + 1 WHERE head_id = ?', [
      to,
      now,
      from,
    ]),
  {
    label: { zh: '负责的组织', en: 'Units headed' },
    pending: async (db, u) => n(await db.get('SELECT COUNT(*) AS n FROM org_units WHERE head_id = ?', [u])),
  },
);

// Target owners (指标负责人) in draft plans (approved plans are frozen; a revision picks the new owner).
registerHandover(
  'target_owners',
  async (db, from, to) => {
    const drafts = "(SELECT id FROM target_plans WHERE status = 'draft')";
    const nodes = await db.run(
      `UPDATE target_nodes SET owner_id = ? WHERE owner_id = ? AND plan_id IN ${drafts}`,
      [to, from],
    );
    const plans = await db.run(
      "UPDATE target_plans SET owner_id = ? WHERE owner_id = ? AND status = 'draft'",
      [to, from],
    );
    return nodes + plans;
  },
  {
    label: { zh: '指标负责人（草稿计划）', en: 'Target ownership (draft plans)' },
    pending: async (db, u) =>
      n(
        await db.get(
          `SELECT (SELECT COUNT(*) FROM target_nodes WHERE owner_id = ?
             AND plan_id IN (SELECT id FROM target_plans WHERE status = 'draft'))
           + (SELECT COUNT(*) FROM target_plans WHERE owner_id = ? AND status = 'draft') AS n`,
          [u, u],
        ),
      ),
  },
);
