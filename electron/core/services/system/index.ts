import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import type { HandlersFor } from '../../rpc/context';
import { AppError } from '../../rpc/errors';
import type { AppConfig, Core } from '../../app';
import type { DbInfo } from '../../../../shared/contract/system';
import { openDatabase, schemaVersion, type Database, type Db } from '../../db/database';
import { startEmbeddedPostgres, type EmbeddedPg } from '../../db/embedded';
import { copyDatabase, countAll, type TransferReport } from '../../db/transfer';
import { runList, type ListSpec } from '../common/list';

const OFFICE_DB = 'xiaoshoutong';
const OFFICE_ROLE = 'xiaoshoutong';

/** The first non-internal IPv4 address: what other PCs use when we listen on every interface. */
function lanAddress(): string {
  for (const list of Object.values(os.networkInterfaces())) {
    for (const a of list ?? []) if (a.family === 'IPv4' && !a.internal) return a.address;
  }
  return '127.0.0.1';
}

/** Database facts; `db` is the caller's connection when it already holds one (never re-enter the SQLite lock). */
export async function dbInfo(core: Core, db?: Db): Promise<DbInfo> {
  const database = core.database;
  const counts = db ? await countAll(db) : await database.read(countAll);
  const version = db ? await schemaVersion(db) : await database.read(schemaVersion);
  const h = core.config.hosting;
  const d = core.config.db;
  let join: DbInfo['join'] = null;
  if (h && d.kind === 'postgres') {
    const host = h.listen === '0.0.0.0' || h.listen === '*' ? lanAddress() : h.listen;
    join = { host, port: h.port, database: d.database, user: d.user, password: d.password };
  }
  return {
    kind: database.dialect,
    location: database.describe(),
    hosted_here: Boolean(h) && core.office !== null,
    join,
    schema_version: version,
    counts,
  };
}

type Conn = { host: string; port: number; database: string; user: string; password: string };

async function probe(conn: Conn): Promise<{ server_version: string; has_data: boolean }> {
  const client = new pg.Client({ ...conn, connectionTimeoutMillis: 5000 });
  try {
    await client.connect();
  } catch (e) {
    throw AppError.of('UNAVAILABLE', 'db_connect_failed', { detail: (e as Error).message.slice(0, 200) });
  }
  try {
    const v = await client.query('SHOW server_version');
    const t = await client.query("SELECT to_regclass('public.users') IS NOT NULL AS has");
    let has = false;
    if (t.rows[0]?.has) {
      const n = await client.query('SELECT COUNT(*)::int AS n FROM users');
      has = Number(n.rows[0]?.n ?? 0) > 0;
    }
    return { server_version: String(v.rows[0]?.server_version ?? ''), has_data: has };
  } finally {
    await client.end().catch(() => undefined);
  }
}

/** Switch the core to `target`, copying the current data first when asked. */
async function switchTo(
  core: Core,
  target: Database,
  config: AppConfig,
  copyLocal: boolean,
): Promise<TransferReport | null> {
  let transfer: TransferReport | null = null;
  try {
    if (copyLocal) transfer = await copyDatabase(core.database, target);
  } catch (e) {
    await target.close();
    throw e;
  }
  await core.useDatabase(target, config, { keepSessions: transfer !== null });
  return transfer;
}

const auditSpec: ListSpec = {
  from: 'audit_log a',
  select: 'a.id, a.at, a.user_id, a.user_name, a.method, a.entity_type, a.entity_id, a.summary, a.transport',
  fields: {
    at: { sql: 'a.at', type: 'date' },
    user_name: { sql: 'a.user_name', type: 'text' },
    method: { sql: 'a.method', type: 'text' },
    entity_type: { sql: 'a.entity_type', type: 'text' },
    entity_id: { sql: 'a.entity_id', type: 'text' },
    summary: { sql: 'a.summary', type: 'text' },
  },
  search: ['a.summary', 'a.user_name', 'a.method'],
  defaultSort: { field: 'at', dir: 'desc' },
  tiebreak: 'a.id DESC',
};

export const systemHandlers: HandlersFor<'system.' | 'audit.'> = {
  async 'system.dbInfo'(ctx) {
    return dbInfo(ctx.core, ctx.db);
  },

  async 'system.hostOfficeDb'(ctx, input) {
    const core = ctx.core;
    if (core.config.hosting) {
      throw new AppError(
        'CONFLICT',
        '本机已经在提供办公室数据库',
        'This PC already hosts the office database',
      );
    }
    const dir = 'office-pg';
    const dataDir = path.join(core.dataDir, dir);
    if (fs.existsSync(dataDir)) fs.renameSync(dataDir, `${dataDir}.old-${Date.now()}`);
    const superPw = crypto.randomBytes(18).toString('base64url');
    const appPw = crypto.randomBytes(18).toString('base64url');
    const listen =
      input.listen_address === '0.0.0.0' || input.listen_address === '*'
        ? '*'
        : input.listen_address === '127.0.0.1'
          ? '127.0.0.1'
          : `${input.listen_address},127.0.0.1`;
    let office: EmbeddedPg;
    try {
      office = await startEmbeddedPostgres({
        dataDir,
        port: input.port,
        password: superPw,
        listen,
        log: (l) => core.log.info(`[pg] ${l.trim()}`),
      });
    } catch (e) {
      throw AppError.of('UNAVAILABLE', 'office_host_failed', { detail: (e as Error).message.slice(0, 300) });
    }
    try {
      const admin = new pg.Client({
        host: '127.0.0.1',
        port: input.port,
        user: 'postgres',
        password: superPw,
        database: 'postgres',
      });
      await admin.connect();
      try {
        await admin.query(`CREATE ROLE ${OFFICE_ROLE} LOGIN PASSWORD '${appPw}'`);
        await admin.query(`CREATE DATABASE ${OFFICE_DB} OWNER ${OFFICE_ROLE} ENCODING 'UTF8'`);
      } finally {
        await admin.end();
      }
      const conn = {
        host: '127.0.0.1',
        port: input.port,
        database: OFFICE_DB,
        user: OFFICE_ROLE,
        password: appPw,
      };
      const target = await openDatabase({ kind: 'postgres', ...conn });
      const config: AppConfig = {
        db: { kind: 'postgres', ...conn },
        hosting: { dir, port: input.port, listen: input.listen_address, superuser_password: superPw },
      };
      const transfer = await switchTo(core, target, config, input.copy_local && core.database !== target);
      core.office = office;
      ctx.audit(
        null,
        `本机提供办公室数据库：${input.listen_address}:${input.port}${transfer ? '，已导入本机数据' : ''}`,
      );
      return { info: await dbInfo(core), transfer };
    } catch (e) {
      await office.stop().catch(() => undefined);
      throw e;
    }
  },

  async 'system.testOfficeDb'(_ctx, input) {
    const r = await probe(input);
    return { ok: true as const, ...r };
  },

  async 'system.connectOfficeDb'(ctx, input) {
    const core = ctx.core;
    const { copy_local, ...conn } = input;
    await probe(conn);
    let target: Database;
    try {
      target = await openDatabase({ kind: 'postgres', ...conn });
    } catch (e) {
      throw AppError.of('UNAVAILABLE', 'db_connect_failed', { detail: (e as Error).message.slice(0, 200) });
    }
    const config: AppConfig = { db: { kind: 'postgres', ...conn } };
    const transfer = await switchTo(core, target, config, copy_local);
    if (core.office) {
      await core.office.stop();
      core.office = null;
    }
    ctx.audit(
      null,
      `连接办公室数据库 ${conn.host}:${conn.port}/${conn.database}${transfer ? '，已导入本机数据' : ''}`,
    );
    return { info: await dbInfo(core), transfer };
  },

  async 'audit.list'(ctx, q) {
    const r = await runList<Record<string, unknown>>(ctx.db, auditSpec, q);
    return {
      rows: r.rows.map((x) => ({
        id: Number(x.id),
        at: String(x.at),
        user_id: x.user_id == null ? null : Number(x.user_id),
        user_name: (x.user_name as string | null) ?? null,
        method: String(x.method),
        entity_type: (x.entity_type as string | null) ?? null,
        entity_id: (x.entity_id as string | null) ?? null,
        summary: (x.summary as string | null) ?? null,
        transport: (x.transport as string | null) ?? null,
      })),
      total: r.total,
    };
  },
};
