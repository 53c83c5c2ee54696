import type { Db } from '../../db/database';
import type { SessionUser } from '../../rpc/context';
import { placeholders } from './list';

/**
 * Data scope: the ids of the users whose records this user may see, or null for everything.
 *
 * own    → self;
 * team   → self, everyone below them in the manager tree, and everyone in the organisation units they
 *          head (with the units below);
 * region → team, plus everyone in their region: the nearest unit of kind 'region' above (or at) the unit
 *          they belong to or head (the unit itself when no region is above it);
 * all    → null.
 *
 * Everything is computed in SQL from users.manager_id, org_units and staff_profiles; services then filter
 * with `owner_id IN (…)` (customerScopeClause) or scopeUserClause.
 */
export async function visibleUserIds(db: Db, user: SessionUser): Promise<number[] | null> {
  if (user.scope === 'all') return null;
  if (user.scope === 'own') return [user.id];
  const rows = await db.all<{ id: number }>(
    `WITH RECURSIVE
       team(id) AS (
         SELECT CAST(? AS integer) UNION SELECT u.id FROM users u JOIN team t ON u.manager_id = t.id
       ),
       units(id) AS (
         SELECT o.id FROM org_units o WHERE o.head_id = ?
         UNION SELECT c.id FROM org_units c JOIN units p ON c.parent_id = p.id
       )
     SELECT id FROM team
     UNION SELECT sp.user_id FROM staff_profiles sp JOIN units ON sp.org_unit_id = units.id`,
    [user.id, user.id],
  );
  const ids = new Set(rows.map((r) => Number(r.id)));
  if (user.scope === 'region') {
    for (const id of await regionMemberIds(db, user.id)) ids.add(id);
  }
  return [...ids].sort((a, b) => a - b);
}

/** The org units that form this user's region(s): see visibleUserIds. */
export async function regionRootIds(db: Db, userId: number): Promise<number[]> {
  const start = await db.all<{ id: number }>(
    `SELECT org_unit_id AS id FROM staff_profiles WHERE user_id = ? AND org_unit_id IS NOT NULL
     UNION SELECT id FROM org_units WHERE head_id = ?`,
    [userId, userId],
  );
  const roots = new Set<number>();
  for (const s of start) {
    // Walk up (the tree is shallow: company → region → office → team) to the nearest region.
    let cur: number | null = Number(s.id);
    let found: number | null = null;
    for (let i = 0; cur != null && i < 50; i++) {
      const u: { id: number; parent_id: number | null; kind: string } | undefined = await db.get(
        'SELECT id, parent_id, kind FROM org_units WHERE id = ?',
        [cur],
      );
      if (!u) break;
      if (u.kind === 'region') {
        found = Number(u.id);
        break;
      }
      cur = u.parent_id == null ? null : Number(u.parent_id);
    }
    roots.add(found ?? Number(s.id));
  }
  return [...roots];
}

async function regionMemberIds(db: Db, userId: number): Promise<number[]> {
  const roots = await regionRootIds(db, userId);
  if (roots.length === 0) return [];
  const rows = await db.all<{ id: number }>(
    `WITH RECURSIVE units(id) AS (
       SELECT o.id FROM org_units o WHERE o.id IN (${placeholders(roots.length)})
       UNION SELECT c.id FROM org_units c JOIN units p ON c.parent_id = p.id
     ) SELECT sp.user_id AS id FROM staff_profiles sp JOIN units ON sp.org_unit_id = units.id`,
    roots,
  );
  return rows.map((r) => Number(r.id));
}

/** Users in an org unit and the units below it (for filters: "this region's people"). */
export async function unitMemberIds(db: Db, unitId: number): Promise<number[]> {
  const rows = await db.all<{ id: number }>(
    `WITH RECURSIVE units(id) AS (
       SELECT CAST(? AS integer) UNION SELECT c.id FROM org_units c JOIN units p ON c.parent_id = p.id
     ) SELECT sp.user_id AS id FROM staff_profiles sp JOIN units ON sp.org_unit_id = units.id ORDER BY 1`,
    [unitId],
  );
  return rows.map((r) => Number(r.id));
}

/** WHERE fragment: a customer (alias c) owned or co-owned by one of `ids`. */
export function customerScopeClause(
  ids: number[] | null,
  alias = 'c',
): { clause: string; params: unknown[] } | null {
  if (ids === null) return null;
  if (ids.length === 0) return { clause: '1 = 0', params: [] };
  const ph = placeholders(ids.length);
  return {
    clause: `(${alias}.owner_id IN (${ph}) OR EXISTS (SELECT 1 FROM customer_owners co WHERE co.customer_id = ${alias}.id AND co.user_id IN (${ph})))`,
    params: [...ids, ...ids],
  };
}

/** WHERE fragment: a record whose user column (e.g. `r.user_id`) is one of `ids`; null = no restriction. */
export function scopeUserClause(
  ids: number[] | null,
  column: string,
): { clause: string; params: unknown[] } | null {
  if (ids === null) return null;
  if (ids.length === 0) return { clause: '1 = 0', params: [] };
  return { clause: `${column} IN (${placeholders(ids.length)})`, params: [...ids] };
}

/** Intersects the caller's scope with an optional filter (null = everyone). */
export function intersectIds(a: number[] | null, b: number[] | null): number[] | null {
  if (a === null) return b;
  if (b === null) return a;
  const s = new Set(b);
  return a.filter((x) => s.has(x));
}
