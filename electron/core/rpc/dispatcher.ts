import crypto from 'node:crypto';
import { contract, isMethodName, type MethodName } from '../../../shared/contract';
import type { MethodDef } from '../../../shared/contract/define';
import type { RpcEnvelope } from '../../../shared/contract/errors';
import type { Db } from '../db/database';
import type { Core } from '../app';
import { AppError, connectionFailure, uniqueViolation, validationError } from './errors';
import { localDate, type CallInfo, type Handlers, type ServiceContext, type SessionUser } from './context';
import { loadSessionUser } from '../services/auth/session-user';
import { inputProblem } from './input-guard';

/**
 * The only place that validates, authorizes, opens the transaction and writes the audit row.
 * Electron IPC and the HTTP host are thin adapters over `call`.
 *
 * Order: lookup → session and permission → input guard (NUL, broken Unicode, nesting; input-guard.ts)
 * → validate input → transaction → service → validate output
 * → audit row → commit. Authorization comes before validation so that a caller without a session
 * learns nothing about a method's schema (docs/DECISIONS.md); either way nothing runs on bad input.
 */
const fail = (): never => {
  throw new Error('this method runs without a dispatcher transaction; use ctx.core');
};
/** ctx.db for methods declared tx: 'none'. */
const NO_DB: Db = {
  dialect: 'sqlite',
  forUpdate: '',
  ilike: 'LIKE',
  all: fail,
  get: fail,
  run: fail,
  insert: fail,
};

export class Dispatcher {
  constructor(
    private readonly core: Core,
    private readonly handlers: Handlers,
  ) {}

  async call(methodName: string, rawInput: unknown, info: CallInfo): Promise<RpcEnvelope> {
    try {
      return { ok: true, data: await this.run(methodName, rawInput, info) };
    } catch (e) {
      return { ok: false, error: this.mapError(e, methodName).toBody() };
    }
  }

  private async run(methodName: string, rawInput: unknown, info: CallInfo): Promise<unknown> {
    if (typeof methodName !== 'string' || !isMethodName(methodName)) {
      throw AppError.of('UNKNOWN_METHOD', 'unknown_method', { method: String(methodName).slice(0, 64) });
    }
    const name: MethodName = methodName;
    const def = contract[name] as MethodDef;

    const user = await this.authenticate(def, info, name);

    const input = rawInput === undefined || rawInput === null ? {} : rawInput;
    const problem = inputProblem(input);
    if (problem) throw problem;
    const parsed = def.input.safeParse(input);
    if (!parsed.success) throw validationError(parsed.error);

    const handler = this.handlers[name] as (ctx: ServiceContext, input: unknown) => Promise<unknown>;
    const audit: { entityId: string | null; summary: string | null } = { entityId: null, summary: null };

    const execute = async (db: Db): Promise<unknown> => {
      const ctx = this.context(db, user, info, audit);
      const result = await handler(ctx, parsed.data);
      const out = def.output.safeParse(result);
      if (!out.success) {
        throw new Error(`output of ${name} does not match the contract: ${out.error.message.slice(0, 2000)}`);
      }
      if (def.mutates) await this.writeAudit(db, ctx, name, def, audit);
      return out.data;
    };

    if (def.tx === 'none') {
      // The service manages its own connections (switching databases, long jobs). The audit row goes
      // to the database in use afterwards.
      const ctx = this.context(NO_DB, user, info, audit);
      const result = await handler(ctx, parsed.data);
      const out = def.output.safeParse(result);
      if (!out.success)
        throw new Error(`output of ${name} does not match the contract: ${out.error.message}`);
      if (def.mutates)
        await this.core.database.transaction((db) => this.writeAudit(db, ctx, name, def, audit));
      return out.data;
    }
    if (!def.mutates) return this.core.database.read(execute);

    // A failure that must still be recorded (a failed login) commits the writes made so far.
    let deferred: AppError | null = null;
    const result = await this.core.database.transaction(async (db) => {
      try {
        return await execute(db);
      } catch (e) {
        if (e instanceof AppError && e.commit) {
          const ctx = this.context(db, user, info, audit);
          await this.writeAudit(db, ctx, name, def, audit, `失败：${e.messageZh}`);
          deferred = e;
          return undefined;
        }
        throw e;
      }
    });
    if (deferred) throw deferred;
    return result;
  }

  private async authenticate(def: MethodDef, info: CallInfo, name: MethodName): Promise<SessionUser | null> {
    if (def.access === 'public') {
      const s = this.core.sessions.get(info.token);
      return s?.user ?? null;
    }
    const s = this.core.sessions.get(info.token);
    if (!s) throw AppError.of('UNAUTHENTICATED', info.token ? 'session_expired' : 'unauthenticated');
    let user = s.user;
    if (s.stale && info.token) {
      const fresh = await this.core.database.read((db) => loadSessionUser(db, user.id));
      this.core.sessions.refresh(info.token, fresh);
      if (!fresh) throw AppError.of('UNAUTHENTICATED', 'session_expired');
      user = fresh;
    }
    if (user.must_change_password && !name.startsWith('auth.')) {
      throw new AppError(
        'FORBIDDEN',
        '请先修改初始密码',
        'Please change your initial password first',
        undefined,
        { must_change_password: true },
      );
    }
    if (def.access !== 'authenticated' && !user.permissions.has(def.access)) {
      throw AppError.of('FORBIDDEN', 'forbidden', { permission: def.access });
    }
    return user;
  }

  private context(
    db: Db,
    user: SessionUser | null,
    info: CallInfo,
    audit: { entityId: string | null; summary: string | null },
  ): ServiceContext {
    const core = this.core;
    return {
      db,
      user,
      call: info,
      core,
      now: () => core.clock(),
      nowIso: () => core.clock().toISOString(),
      today: () => localDate(core.clock()),
      audit(entityId, summary) {
        audit.entityId = entityId == null ? null : String(entityId);
        audit.summary = summary.slice(0, 500);
      },
      requireUser() {
        if (!user) throw AppError.of('UNAUTHENTICATED', 'unauthenticated');
        return user;
      },
    };
  }

  private async writeAudit(
    db: Db,
    ctx: ServiceContext,
    name: MethodName,
    def: MethodDef,
    audit: { entityId: string | null; summary: string | null },
    summaryOverride?: string,
  ): Promise<void> {
    await db.run(
      'INSERT INTO audit_log (at, user_id, user_name, method, entity_type, entity_id, summary, transport) VALUES (?, ?, ?, ?, ?, ?, ?, ?)',
      [
        ctx.nowIso(),
        ctx.user?.id ?? null,
        ctx.user?.name ?? null,
        name,
        def.entity ?? null,
        audit.entityId,
        (summaryOverride ?? audit.summary ?? name).slice(0, 500),
        ctx.call.transport,
      ],
    );
  }

  private mapError(e: unknown, method: string): AppError {
    if (e instanceof AppError) return e;
    const dup = uniqueViolation(e);
    if (dup) return dup;
    const lost = connectionFailure(e);
    if (lost) {
      this.core.log.warn(`${method}: database unavailable: ${e instanceof Error ? e.message : String(e)}`);
      return lost;
    }
    const correlationId = crypto.randomBytes(6).toString('hex');
    this.core.log.error(
      `[${correlationId}] ${method}: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}`,
    );
    const err = AppError.of('INTERNAL', 'internal', { correlation_id: correlationId });
    err.correlationId = correlationId;
    return err;
  }
}
