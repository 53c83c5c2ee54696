import type { Db } from '../../db/database';
import type { SessionUser } from '../../rpc/context';
import { placeholders } from './list';

/**
 * Data scope: the ids of the users whose records this user may see, or null for everything.
 * own → self; team → self and everyone below them in the manager tree; all → null.
 */
export async function visibleUserIds(db: Db, user: SessionUser): Promise<number[] | null> {
  if (user.scope === 'all') return null;
  if (user.scope === 'own') return [user.id];
  const rows = await db.all<{ id: number }>(
    `WITH RECURSIVE team(id) AS (
       SELECT CAST(? AS integer) UNION SELECT u.id FROM users u JOIN team t ON u.manager_id = t.id
     ) SELECT id FROM team`,
    [user.id],
  );
  return rows.map((r) => Number(r.id));
}

/** WHERE fragment: a customer (alias c) owned or co-owned by one of `ids`. */
export function customerScopeClause(
  ids: number[] | null,
  alias = 'c',
): { clause: string; params: unknown[] } | null {
  if (ids === null) return null;
  const ph = placeholders(ids.length);
  return {
    clause: `(${alias}.owner_id IN (${ph}) OR EXISTS (SELECT 1 FROM customer_owners co WHERE co.customer_id = ${alias}.id AND co.user_id IN (${ph})))`,
    params: [...ids, ...ids],
  };
}
