import type { Db } from '../../db/database';
import type { SessionUser } from '../../rpc/context';
import { ROLES, permissionsOf, scopeOf, type Role } from '../../../../shared/contract/permissions';
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
  return {
    id: Number(u.id),
    login: u.login,
    name: u.name,
    roles,
    permissions: permissionsOf(roles),
    scope: scopeOf(roles),
    must_change_password: toBool(u.must_change_password),
  };
}
