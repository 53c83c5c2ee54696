import type { Db } from '../../db/database';
import type { SessionUser } from '../../rpc/context';
import {
  DATA_SCOPES,
  ROLES,
  permissionsOf,
  scopeOf,
  type DataScope,
  type Role,
} from '../../../../shared/contract/permissions';
import { splitList, toBool } from '../common/text';

export function parseRoles(s: unknown): Role[] {
  return splitList(s).filter((r): r is Role => (ROLES as readonly string[]).includes(r));
}

/** The user as a session sees it, or null if missing or deactivated. */
export async function loadSessionUser(db: Db, id: number): Promise<SessionUser | null> {
  const u = await db.get<{
    id: number;
    login: string;
    name: string;
    roles: string;
    active: unknown;
    must_change_password: unknown;
  }>('SELECT id, login, name, roles, active, must_change_password FROM users WHERE id = ?', [id]);
  if (!u || !toBool(u.active)) return null;
  const roles = parseRoles(u.roles);
  // The staff profile may override the roles' data scope (e.g. 'region' for a regional assistant).
  const p = await db.get<{ data_scope: string | null }>(
    'SELECT data_scope FROM staff_profiles WHERE user_id = ?',
    [id],
  );
  const override = (DATA_SCOPES as readonly string[]).includes(p?.data_scope ?? '')
    ? (p!.data_scope as DataScope)
    : null;
  return {
    id: Number(u.id),
    login: u.login,
    name: u.name,
    roles,
    permissions: permissionsOf(roles),
    scope: override ?? scopeOf(roles),
    must_change_password: toBool(u.must_change_password),
  };
}
