import type { Db } from '../db/database';
import type { DataScope, Permission, Role } from '../../../shared/contract/permissions';
import type { MethodName, ParsedInputOf, ServiceResultOf } from '../../../shared/contract';
import type { Core } from '../app';

export interface SessionUser {
  id: number;
  login: string;
  name: string;
  roles: Role[];
  permissions: Set<Permission>;
  scope: DataScope;
  must_change_password: boolean;
}

export type Transport = 'ipc' | 'http' | 'internal';

export interface CallInfo {
  token?: string | null;
  transport: Transport;
  remote?: string;
}

export interface ServiceContext {
  /** The call's transaction (mutating methods) or read connection. */
  db: Db;
  /** The logged-in user; null only in public methods. */
  user: SessionUser | null;
  call: CallInfo;
  core: Core;
  now(): Date;
  /** Current time as ISO-8601 UTC, for created_at / updated_at. */
  nowIso(): string;
  /** Today's date in the office's local time, YYYY-MM-DD. */
  today(): string;
  /** Entity id and a short summary for this call's audit row. */
  audit(entityId: string | number | null, summary: string): void;
  requireUser(): SessionUser;
}

export type Handler<M extends MethodName> = (
  ctx: ServiceContext,
  input: ParsedInputOf<M>,
) => Promise<ServiceResultOf<M>>;

export type Handlers = { [M in MethodName]: Handler<M> };

/** The handlers of one domain: every method whose name starts with one of the prefixes. */
export type HandlersFor<P extends string> = {
  [M in MethodName as M extends `${P}${string}` ? M : never]: Handler<M>;
};

export function localDate(d: Date): string {
  const y = d.getFullYear();
  const m = String(d.getMonth() + 1).padStart(2, '0');
  const day = String(d.getDate()).padStart(2, '0');
  return `${y}-${m}-${day}`;
}
