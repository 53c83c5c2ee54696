import crypto from 'node:crypto';
import type { Db } from '../../db/database';
import type { ServiceContext, SessionUser } from '../../rpc/context';
import { localDate } from '../../rpc/context';
import { AppError, notFound } from '../../rpc/errors';
import { placeholders } from '../common/list';
import { customerScopeClause, visibleUserIds } from '../common/scope';
import { getSetting } from '../common/settings';
import { toBool } from '../common/text';
import {
  crmConfig,
  DEFAULT_CRM_CONFIG,
  MAX_ATTACHMENT_BYTES,
  type AttachmentMeta,
  type CrmConfig,
  type StageDef,
} from '../../../../shared/contract/crm';
import type { Bilingual } from '../../../../shared/messages';

export type Raw = Record<string, unknown>;
export type Scope = { clause: string; params: unknown[] } | null;

export const DAY_MS = 86_400_000;
export const CONFIG_KEY = 'crm.config';

/* ------------------------------------------------------------------ values */

export const str = (v: unknown): string | null => (v == null ? null : String(v));
export const num = (v: unknown): number | null => (v == null ? null : Number(v));

/* ------------------------------------------------------------------ dates (office local time) */

/** YYYY-MM-DD plus n days (calendar arithmetic, no time zone involved). */
export function addDays(date: string, n: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + n);
  return d.toISOString().slice(0, 10);
}

/** Whole days from date a to date b (b − a). */
export function daysBetween(a: string, b: string): number {
  return Math.round((Date.parse(`${b}T00:00:00Z`) - Date.parse(`${a}T00:00:00Z`)) / DAY_MS);
}

/** The local calendar date of an ISO timestamp. */
export const dateOf = (iso: string): string => localDate(new Date(iso));

/** Start of the local day containing `now`, as an ISO timestamp (for "today" counts). */
export function startOfLocalDay(now: Date): string {
  const d = new Date(now);
  d.setHours(0, 0, 0, 0);
  return d.toISOString();
}

/** Sunday of the week (Monday … Sunday) that contains `date`. */
export function weekEnd(date: string): string {
  const dow = new Date(`${date}T00:00:00Z`).getUTCDay(); // 0 = Sunday
  return addDays(date, dow === 0 ? 0 : 7 - dow);
}

export const minusDays = (now: Date, days: number): string =>
  new Date(now.getTime() - days * DAY_MS).toISOString();

/* ------------------------------------------------------------------ configuration */

/** The CRM configuration (settings row), defaults for anything missing or invalid. */
export async function loadConfig(db: Db): Promise<CrmConfig> {
  const stored = await getSetting<Partial<CrmConfig>>(db, CONFIG_KEY, {});
  const parsed = crmConfig.safeParse({ ...DEFAULT_CRM_CONFIG, ...stored });
  return parsed.success ? parsed.data : DEFAULT_CRM_CONFIG;
}

export const WON: Bilingual = { zh: '中标', en: 'Won' };
export const LOST: Bilingual = { zh: '输单', en: 'Lost' };

export function stageLabel(cfg: CrmConfig, key: string): Bilingual {
  if (key === 'won') return WON;
  if (key === 'lost') return LOST;
  const s = cfg.stages.find((x) => x.key === key);
  return s ? { zh: s.zh, en: s.en } : { zh: key, en: key };
}

export function stageDef(cfg: CrmConfig, key: string): StageDef | undefined {
  return cfg.stages.find((s) => s.key === key);
}

/** The due date of a stage entered at `enteredIso`, or null when the stage has no limit. */
export function stageDue(cfg: CrmConfig, key: string, enteredIso: string): string | null {
  const s = stageDef(cfg, key);
  if (!s || s.limit_days <= 0) return null;
  return addDays(dateOf(enteredIso), s.limit_days);
}

/* ------------------------------------------------------------------ data scope (SQL) */

const inList = (ids: number[]) => placeholders(ids.length);

/** Leads: the owner is one of the visible users. */
export function leadScope(ids: number[] | null, alias = 'l'): Scope {
  if (ids === null) return null;
  return { clause: `${alias}.owner_id IN (${inList(ids)})`, params: [...ids] };
}

/** Opportunities: owned or co-owned by one of the visible users. */
export function oppScope(ids: number[] | null, alias = 'o'): Scope {
  if (ids === null) return null;
  const ph = inList(ids);
  return {
    clause: `(${alias}.owner_id IN (${ph}) OR EXISTS (SELECT 1 FROM crm_opportunity_owners oo WHERE oo.opportunity_id = ${alias}.id AND oo.user_id IN (${ph})))`,
    params: [...ids, ...ids],
  };
}

/** Activities: logged by or assigned to a visible user, or about a visible customer / lead / opportunity. */
export function activityScope(ids: number[] | null, alias = 'a'): Scope {
  if (ids === null) return null;
  const ph = inList(ids);
  const cust = customerScopeClause(ids, 'sc')!;
  const opp = oppScope(ids, 'so')!;
  return {
    clause: `(${alias}.user_id IN (${ph}) OR ${alias}.followup_owner_id IN (${ph})
      OR ${alias}.customer_id IN (SELECT sc.id FROM customers sc WHERE ${cust.clause})
      OR ${alias}.lead_id IN (SELECT sl.id FROM crm_leads sl WHERE sl.owner_id IN (${ph}))
      OR ${alias}.opportunity_id IN (SELECT so.id FROM crm_opportunities so WHERE ${opp.clause}))`,
    params: [...ids, ...ids, ...cust.params, ...ids, ...opp.params],
  };
}

/** Complaints: handled, supervised or at the technical desk of a visible user, or about a visible customer. */
export function complaintScope(ids: number[] | null, alias = 'k'): Scope {
  if (ids === null) return null;
  const ph = inList(ids);
  const cust = customerScopeClause(ids, 'sc')!;
  return {
    clause: `(${alias}.owner_id IN (${ph}) OR ${alias}.supervisor_id IN (${ph}) OR ${alias}.tech_user_id IN (${ph})
      OR ${alias}.customer_id IN (SELECT sc.id FROM customers sc WHERE ${cust.clause}))`,
    params: [...ids, ...ids, ...ids, ...cust.params],
  };
}

/** After-sales tasks: assigned to a visible user, or about a visible customer. */
export function taskScope(ids: number[] | null, alias = 't'): Scope {
  if (ids === null) return null;
  const cust = customerScopeClause(ids, 'sc')!;
  return {
    clause: `(${alias}.assignee_id IN (${inList(ids)}) OR ${alias}.customer_id IN (SELECT sc.id FROM customers sc WHERE ${cust.clause}))`,
    params: [...ids, ...cust.params],
  };
}

export function whereOf(...parts: (Scope | { clause: string; params: unknown[] })[]): {
  clauses: string[];
  params: unknown[];
} {
  const clauses: string[] = [];
  const params: unknown[] = [];
  for (const p of parts) {
    if (!p) continue;
    clauses.push(p.clause);
    params.push(...p.params);
  }
  return { clauses, params };
}

export async function scopeIds(ctx: ServiceContext): Promise<number[] | null> {
  return visibleUserIds(ctx.db, ctx.requireUser());
}

/** Is `userId` the caller or someone in the caller's team (null scope = everyone)? */
export async function inTeam(db: Db, user: SessionUser, userId: number): Promise<boolean> {
  const ids = await visibleUserIds(db, user);
  return ids === null || ids.includes(userId);
}

/** Active users among `ids`; throws a field error naming the first one that is not. */
export async function requireActiveUsers(db: Db, field: string, ids: number[]): Promise<void> {
  if (ids.length === 0) return;
  const rows = await db.all<{ id: number; active: unknown }>(
    `SELECT id, active FROM users WHERE id IN (${placeholders(ids.length)})`,
    ids,
  );
  const ok = new Map(rows.map((r) => [Number(r.id), toBool(r.active)]));
  ids.forEach((id, i) => {
    if (!ok.get(id))
      throw AppError.field('VALIDATION', ids.length > 1 ? [field, i] : [field], 'invalid_value');
  });
}

export async function userName(db: Db, id: number | null): Promise<string | null> {
  if (id == null) return null;
  const r = await db.get<{ name: string }>('SELECT name FROM users WHERE id = ?', [id]);
  return r?.name ?? null;
}

/** The supervisor a matter goes to: the user's manager, else an active general manager or administrator. */
export async function supervisorOf(db: Db, userId: number): Promise<number | null> {
  const u = await db.get<{ manager_id: number | null }>(
    'SELECT m.id AS manager_id FROM users u JOIN users m ON m.id = u.manager_id WHERE u.id = ? AND m.active = ?',
    [userId, true],
  );
  if (u?.manager_id != null) return Number(u.manager_id);
  const rows = await db.all<{ id: number; roles: string }>(
    'SELECT id, roles FROM users WHERE active = ? AND id <> ? ORDER BY id LIMIT 200',
    [true, userId],
  );
  const pick = (role: string) => rows.find((r) => String(r.roles).split(',').includes(role));
  const s = pick('general_manager') ?? pick('sales_manager') ?? pick('admin');
  return s ? Number(s.id) : null;
}

/* ------------------------------------------------------------------ locks */

/**
 * Serialises work on one key across PCs for the rest of the transaction (PostgreSQL advisory lock;
 * on SQLite the write transaction already serialises everything).
 */
export async function lockKey(db: Db, key: string): Promise<void> {
  if (db.dialect !== 'postgres') return;
  await db.get('SELECT pg_advisory_xact_lock(hashtext(?))', [key]);
}

/* ------------------------------------------------------------------ reminders and system audit */

export interface ReminderInput {
  user_id: number;
  kind: string;
  entity_type: string;
  entity_id: number;
  title: Bilingual;
  due_on?: string | null;
  /** One reminder per user and key: rules that run again do not repeat themselves. */
  key: string;
}

export async function remind(db: Db, nowIso: string, r: ReminderInput): Promise<boolean> {
  const n = await db.run(
    `INSERT INTO crm_reminders (user_id, kind, entity_type, entity_id, title_zh, title_en, due_on, dedupe_key, created_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (user_id, dedupe_key) DO NOTHING`,
    [
      r.user_id,
      r.kind,
      r.entity_type,
      r.entity_id,
      r.title.zh.slice(0, 300),
      r.title.en.slice(0, 300),
      r.due_on ?? null,
      r.key.slice(0, 120),
      nowIso,
    ],
  );
  return n > 0;
}

/** An audit row written by a time rule (the system, or the user who ran the rules). */
export async function systemAudit(
  db: Db,
  nowIso: string,
  actor: { id: number; name: string } | null,
  method: string,
  entityType: string,
  entityId: number,
  summary: string,
): Promise<void> {
  await db.run(
    'INSERT INTO audit_log (at, user_id, user_name, method, entity_type, entity_id, summary, transport) VALUES (?, ?, ?, ?, ?, ?, ?, ?)',
    [
      nowIso,
      actor?.id ?? null,
      actor?.name ?? '系统',
      method,
      entityType,
      String(entityId),
      summary.slice(0, 500),
      actor ? 'internal' : 'job',
    ],
  );
}

/* ------------------------------------------------------------------ attachments */

const B64 = /^[A-Za-z0-9+/\s]*={0,2}\s*$/;

export interface Upload {
  kind: string;
  file_name: string;
  mime: string;
  content_base64: string;
}

/** Stores one file (checked: base64, at most 10 MB). `path` names the input field for errors. */
export async function storeAttachment(
  ctx: ServiceContext,
  entityType: string,
  entityId: number,
  file: Upload,
  path: (string | number)[],
): Promise<number> {
  if (!B64.test(file.content_base64)) {
    throw AppError.field('VALIDATION', [...path, 'content_base64'], 'attachment_invalid');
  }
  const buf = Buffer.from(file.content_base64, 'base64');
  if (buf.length === 0) throw AppError.field('VALIDATION', [...path, 'content_base64'], 'attachment_invalid');
  if (buf.length > MAX_ATTACHMENT_BYTES) {
    throw AppError.field('VALIDATION', [...path, 'content_base64'], 'attachment_too_large');
  }
  return ctx.db.insert('crm_attachments', {
    entity_type: entityType,
    entity_id: entityId,
    kind: file.kind,
    file_name: file.file_name.replace(/[\\/]/g, '_').slice(0, 200),
    mime: file.mime || 'application/octet-stream',
    size: buf.length,
    sha256: crypto.createHash('sha256').update(buf).digest('hex'),
    content: buf.toString('base64'),
    uploaded_by: ctx.requireUser().id,
    uploaded_at: ctx.nowIso(),
    removed: false,
  });
}

export const ATTACHMENT_SELECT = `x.id, x.entity_type, x.entity_id, x.kind, x.file_name, x.mime, x.size,
  x.uploaded_at, u.name AS uploaded_by_name`;

export function toAttachment(r: Raw): AttachmentMeta {
  return {
    id: Number(r.id),
    entity_type: r.entity_type as AttachmentMeta['entity_type'],
    entity_id: Number(r.entity_id),
    kind: r.kind as AttachmentMeta['kind'],
    file_name: String(r.file_name),
    mime: String(r.mime),
    size: Number(r.size),
    uploaded_by_name: String(r.uploaded_by_name),
    uploaded_at: String(r.uploaded_at),
  };
}

export async function attachmentsOf(db: Db, entityType: string, entityId: number): Promise<AttachmentMeta[]> {
  const rows = await db.all<Raw>(
    `SELECT ${ATTACHMENT_SELECT} FROM crm_attachments x JOIN users u ON u.id = x.uploaded_by
     WHERE x.entity_type = ? AND x.entity_id = ? AND x.removed = ? ORDER BY x.id`,
    [entityType, entityId, false],
  );
  return rows.map(toAttachment);
}

/* ------------------------------------------------------------------ misc */

export const notFoundLead = () => notFound('线索', 'Lead');
export const notFoundOpp = () => notFound('商机', 'Opportunity');
export const notFoundComplaint = () => notFound('投诉', 'Complaint');

/** 2026 from "2026-11-20". */
export const yearOf = (date: string): number => Number(date.slice(0, 4));
