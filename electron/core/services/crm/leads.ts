import type { Db } from '../../db/database';
import type { HandlersFor, ServiceContext, SessionUser } from '../../rpc/context';
import { AppError, versionConflict } from '../../rpc/errors';
import { contract } from '../../../../shared/contract';
import type { CrmConfig, LeadDetail, LeadRow, LeadSource } from '../../../../shared/contract/crm';
import { LEAD_STATUS_LABELS } from '../../../../shared/contract/crm';
import { cleanName, companyNameKey } from '../../../../shared/validation/names';
import { escapeLike, placeholders, runList, type ListSpec } from '../common/list';
import { visibleUserIds } from '../common/scope';
import { formatNumber, nextNumber } from '../common/numbering';
import { pinyinInitials } from '../common/text';
import { canSeeCustomer, customerHandlers } from '../customers';
import {
  DAY_MS,
  addDays,
  dateOf,
  inTeam,
  leadScope,
  loadConfig,
  lockKey,
  notFoundLead,
  remind,
  requireActiveUsers,
  startOfLocalDay,
  str,
  whereOf,
  yearOf,
  type Raw,
} from './common';
import { findLeadDuplicates, leadDuplicateError, phoneKey } from './dupcheck';
import { createOpportunity } from './opportunities';

const SELECT = `l.id, l.code, l.company, l.contact_name, l.contact_title, l.phone, l.email, l.source, l.requirement,
  l.status, l.owner_id, o.name AS owner_name, fb.name AS filed_by_name, l.filed_at, l.assigned_at, l.idle_since,
  l.last_followup_at, l.next_followup_on, l.idle_warned_at, l.pooled_at, l.pool_reason, po.name AS previous_owner_name,
  l.customer_id, c.legal_name AS customer_name, l.version`;
const FROM = `crm_leads l LEFT JOIN users o ON o.id = l.owner_id JOIN users fb ON fb.id = l.filed_by
  LEFT JOIN users po ON po.id = l.previous_owner_id LEFT JOIN customers c ON c.id = l.customer_id`;

const FIELDS: ListSpec['fields'] = {
  code: { sql: 'l.code', type: 'text' },
  company: { sql: 'l.company', type: 'text' },
  contact_name: { sql: 'l.contact_name', type: 'text' },
  phone: { sql: 'l.phone', type: 'text' },
  source: { sql: 'l.source', type: 'enum' },
  status: { sql: 'l.status', type: 'enum' },
  requirement: { sql: 'l.requirement', type: 'text', sortable: false },
  owner_id: { sql: 'l.owner_id', type: 'number' },
  owner_name: { sql: 'o.name', type: 'text' },
  filed_by_name: { sql: 'fb.name', type: 'text' },
  previous_owner_name: { sql: 'po.name', type: 'text' },
  filed_at: { sql: 'l.filed_at', type: 'date' },
  assigned_at: { sql: 'l.assigned_at', type: 'date' },
  last_followup_at: { sql: 'l.last_followup_at', type: 'date' },
  next_followup_on: { sql: 'l.next_followup_on', type: 'date' },
  idle_since: { sql: 'l.idle_since', type: 'date' },
  pooled_at: { sql: 'l.pooled_at', type: 'date' },
  pool_reason: { sql: 'l.pool_reason', type: 'text' },
  customer_name: { sql: 'c.legal_name', type: 'text' },
};

const leadList: ListSpec = {
  from: FROM,
  select: SELECT,
  fields: FIELDS,
  search: ['l.company', 'l.code', 'l.py', 'l.contact_name', 'l.phone'],
  defaultSort: { field: 'filed_at', dir: 'desc' },
  tiebreak: 'l.id DESC',
};
const poolList: ListSpec = { ...leadList, defaultSort: { field: 'pooled_at', dir: 'desc' } };

/** When an open lead is reclaimed unless followed up (idle) or converted (deadline), whichever comes first. */
function reclaimOn(cfg: CrmConfig, r: Raw): string | null {
  if (r.status !== 'open') return null;
  const dates: string[] = [];
  if (r.idle_since) dates.push(addDays(dateOf(String(r.idle_since)), cfg.lead_reclaim_days));
  if (r.assigned_at && cfg.lead_convert_days > 0)
    dates.push(addDays(dateOf(String(r.assigned_at)), cfg.lead_convert_days));
  return dates.length ? dates.sort()[0]! : null;
}

export function toLeadRow(r: Raw, cfg: CrmConfig, now: Date): LeadRow {
  const open = r.status === 'open';
  return {
    id: Number(r.id),
    code: String(r.code),
    company: String(r.company),
    contact_name: str(r.contact_name),
    contact_title: str(r.contact_title),
    phone: str(r.phone),
    email: str(r.email),
    source: r.source as LeadSource,
    requirement: str(r.requirement),
    status: r.status as LeadRow['status'],
    owner_id: r.owner_id == null ? null : Number(r.owner_id),
    owner_name: str(r.owner_name),
    filed_by_name: String(r.filed_by_name),
    filed_at: String(r.filed_at),
    assigned_at: str(r.assigned_at),
    last_followup_at: str(r.last_followup_at),
    next_followup_on: str(r.next_followup_on),
    idle_days:
      open && r.idle_since
        ? Math.max(0, Math.floor((now.getTime() - Date.parse(String(r.idle_since))) / DAY_MS))
        : null,
    reclaim_on: reclaimOn(cfg, r),
    pooled_at: str(r.pooled_at),
    pool_reason: str(r.pool_reason),
    previous_owner_name: str(r.previous_owner_name),
    customer_id: r.customer_id == null ? null : Number(r.customer_id),
    customer_name: str(r.customer_name),
    version: Number(r.version),
  };
}

/* ------------------------------------------------------------------ access */

interface LeadState {
  id: number;
  code: string;
  company: string;
  status: string;
  owner_id: number | null;
  version: number;
}

async function leadState(db: Db, id: number, lock = false): Promise<LeadState | null> {
  const r = await db.get<Raw>(
    `SELECT id, code, company, status, owner_id, version FROM crm_leads WHERE id = ?${lock ? db.forUpdate : ''}`,
    [id],
  );
  if (!r) return null;
  return {
    id: Number(r.id),
    code: String(r.code),
    company: String(r.company),
    status: String(r.status),
    owner_id: r.owner_id == null ? null : Number(r.owner_id),
    version: Number(r.version),
  };
}

/** Visible: owned by someone in the caller's scope; pool leads to whoever may use the pool. */
export async function canSeeLead(db: Db, user: SessionUser, lead: LeadState): Promise<boolean> {
  if (lead.status === 'pool' && (user.permissions.has('crm.pool') || user.permissions.has('crm.assign')))
    return true;
  const ids = await visibleUserIds(db, user);
  if (ids === null) return true;
  return lead.owner_id != null && ids.includes(lead.owner_id);
}

/** Editable: open, and owned by the caller (or by someone in the team of a manager who assigns leads). */
export async function canEditLead(db: Db, user: SessionUser, lead: LeadState): Promise<boolean> {
  if (lead.status !== 'open' || lead.owner_id == null) return false;
  if (lead.owner_id === user.id) return true;
  return user.permissions.has('crm.assign') && (await inTeam(db, user, lead.owner_id));
}

/** The lead, locked, checked visible and (unless `read`) editable; throws otherwise. */
export async function requireLead(
  ctx: ServiceContext,
  id: number,
  mode: 'read' | 'edit' | 'lock',
): Promise<LeadState> {
  const user = ctx.requireUser();
  const lead = await leadState(ctx.db, id, mode !== 'read');
  if (!lead || !(await canSeeLead(ctx.db, user, lead))) throw notFoundLead();
  if (mode === 'edit') {
    if (lead.status !== 'open') throw wrongStatus(lead);
    if (!(await canEditLead(ctx.db, user, lead))) {
      throw AppError.of('FORBIDDEN', 'lead_not_owner', { code: lead.code });
    }
  }
  return lead;
}

function wrongStatus(lead: LeadState): AppError {
  const s = LEAD_STATUS_LABELS[lead.status as 'open'] ?? { zh: lead.status, en: lead.status };
  return new AppError(
    'BUSINESS_RULE',
    `线索 ${lead.code} 当前状态为“${s.zh}”，不能执行此操作`,
    `Lead ${lead.code} is "${s.en}"; this is not possible now`,
  );
}

/* ------------------------------------------------------------------ detail, events */

export async function leadEvent(
  db: Db,
  leadId: number,
  at: string,
  kind: string,
  userId: number | null,
  from: number | null,
  to: number | null,
  note: string | null,
): Promise<void> {
  await db.insert('crm_lead_events', {
    lead_id: leadId,
    at,
    kind,
    user_id: userId,
    from_user_id: from,
    to_user_id: to,
    note: note?.slice(0, 500) ?? null,
  });
}

export async function leadDetail(ctx: ServiceContext, id: number): Promise<LeadDetail> {
  const cfg = await loadConfig(ctx.db);
  const r = await ctx.db.get<Raw>(
    `SELECT ${SELECT}, l.notes, l.closed_reason, l.converted_at, l.merged_into_id FROM ${FROM} WHERE l.id = ?`,
    [id],
  );
  if (!r) throw notFoundLead();
  const events = await ctx.db.all<Raw>(
    `SELECT e.id, e.at, e.kind, e.note, u.name AS user_name, f.name AS from_user_name, t.name AS to_user_name
     FROM crm_lead_events e LEFT JOIN users u ON u.id = e.user_id LEFT JOIN users f ON f.id = e.from_user_id
     LEFT JOIN users t ON t.id = e.to_user_id WHERE e.lead_id = ? ORDER BY e.at DESC, e.id DESC LIMIT 200`,
    [id],
  );
  const opp = await ctx.db.get<{ id: number }>(
    'SELECT id FROM crm_opportunities WHERE lead_id = ? ORDER BY id LIMIT 1',
    [id],
  );
  const user = ctx.requireUser();
  const state = {
    id,
    code: String(r.code),
    company: String(r.company),
    status: String(r.status),
    owner_id: r.owner_id == null ? null : Number(r.owner_id),
    version: Number(r.version),
  };
  return {
    ...toLeadRow(r, cfg, ctx.now()),
    notes: str(r.notes),
    closed_reason: str(r.closed_reason),
    converted_at: str(r.converted_at),
    merged_into_id: r.merged_into_id == null ? null : Number(r.merged_into_id),
    opportunity_id: opp ? Number(opp.id) : null,
    events: events.map((e) => ({
      id: Number(e.id),
      at: String(e.at),
      kind: String(e.kind),
      user_name: str(e.user_name),
      from_user_name: str(e.from_user_name),
      to_user_name: str(e.to_user_name),
      note: str(e.note),
    })),
    can_edit: await canEditLead(ctx.db, user, state),
  };
}

/* ------------------------------------------------------------------ pool moves (shared with the rules) */

/** Puts an open lead back into the pool: the previous owner is kept and told. */
export async function moveToPool(
  db: Db,
  nowIso: string,
  lead: { id: number; code: string; company: string; owner_id: number | null },
  kind: 'reclaim' | 'release',
  actorId: number | null,
  reason: string,
): Promise<void> {
  await db.run(
    `UPDATE crm_leads SET status = 'pool', previous_owner_id = owner_id, owner_id = NULL, pooled_at = ?,
       pool_reason = ?, idle_warned_at = NULL, convert_warned_at = NULL, updated_at = ?, version = version + 1
     WHERE id = ?`,
    [nowIso, reason.slice(0, 200), nowIso, lead.id],
  );
  await leadEvent(db, lead.id, nowIso, kind, actorId, lead.owner_id, null, reason);
  if (lead.owner_id != null && lead.owner_id !== actorId) {
    await remind(db, nowIso, {
      user_id: lead.owner_id,
      kind: 'lead_reclaimed',
      entity_type: 'lead',
      entity_id: lead.id,
      title: {
        zh: `线索 ${lead.code} ${lead.company} 已收回公海：${reason}`,
        en: `Lead ${lead.code} ${lead.company} went back to the pool: ${reason}`,
      },
      key: `lead_pool:${lead.id}:${nowIso}`,
    });
  }
}

/** Gives a lead to an owner (assignment, claim): the reclaim clocks restart. */
async function giveLead(
  db: Db,
  nowIso: string,
  lead: LeadState,
  ownerId: number,
  kind: 'assign' | 'claim' | 'handover',
  actorId: number | null,
  note: string | null,
): Promise<void> {
  await db.run(
    `UPDATE crm_leads SET status = 'open', owner_id = ?, assigned_at = ?, idle_since = ?, idle_warned_at = NULL,
       convert_warned_at = NULL, pooled_at = NULL, pool_reason = NULL, updated_at = ?, version = version + 1
     WHERE id = ?`,
    [ownerId, nowIso, nowIso, nowIso, lead.id],
  );
  await leadEvent(db, lead.id, nowIso, kind, actorId, lead.owner_id, ownerId, note);
  if (ownerId !== actorId) {
    await remind(db, nowIso, {
      user_id: ownerId,
      kind: 'lead_assigned',
      entity_type: 'lead',
      entity_id: lead.id,
      title: {
        zh: `分配给你的线索：${lead.code} ${lead.company}`,
        en: `Lead assigned to you: ${lead.code} ${lead.company}`,
      },
      key: `lead_assign:${lead.id}:${nowIso}`,
    });
  }
}

/** Leads of one owner move to another (staff handover). */
export async function handoverLeads(db: Db, from: number, to: number, nowIso: string): Promise<number> {
  let n = 0;
  for (;;) {
    const rows = await db.all<Raw>(
      `SELECT id, code, company, status, owner_id, version FROM crm_leads WHERE owner_id = ? AND status = 'open' ORDER BY id LIMIT 500`,
      [from],
    );
    if (rows.length === 0) return n;
    for (const r of rows) {
      await giveLead(
        db,
        nowIso,
        {
          id: Number(r.id),
          code: String(r.code),
          company: String(r.company),
          status: 'open',
          owner_id: from,
          version: Number(r.version),
        },
        to,
        'handover',
        null,
        null,
      );
      n++;
    }
  }
}

/* ------------------------------------------------------------------ handlers */

function leadColumns(input: {
  company: string;
  contact_name: string | null;
  contact_title: string | null;
  phone: string | null;
  email: string | null;
  source: string;
  requirement: string | null;
  notes: string | null;
}) {
  const company = cleanName(input.company);
  return {
    company,
    name_key: companyNameKey(company),
    py: pinyinInitials(company),
    contact_name: input.contact_name,
    contact_title: input.contact_title,
    phone: input.phone,
    phone_key: phoneKey(input.phone),
    email: input.email,
    source: input.source,
    requirement: input.requirement,
    notes: input.notes,
  };
}

async function checkDuplicates(
  ctx: ServiceContext,
  cols: { company: string; name_key: string; phone: string | null; phone_key: string | null },
  confirmSimilar: boolean,
  excludeId = 0,
): Promise<void> {
  // Two PCs filing the same company at once: the second waits, then sees the first.
  await lockKey(ctx.db, `lead:${cols.name_key}`);
  if (cols.phone_key) await lockKey(ctx.db, `lead-phone:${cols.phone_key}`);
  const err = leadDuplicateError(
    await findLeadDuplicates(ctx.db, cols.company, cols.phone, excludeId),
    confirmSimilar,
  );
  if (err) throw err;
}

export const leadHandlers: HandlersFor<'leads.'> = {
  async 'leads.list'(ctx, q) {
    const user = ctx.requireUser();
    const cfg = await loadConfig(ctx.db);
    const base = whereOf(leadScope(await visibleUserIds(ctx.db, user)));
    if (q.owner_id) {
      base.clauses.push('l.owner_id = ?');
      base.params.push(q.owner_id);
    }
    if (q.status) {
      base.clauses.push('l.status = ?');
      base.params.push(q.status);
    }
    const r = await runList<Raw>(ctx.db, leadList, q, base);
    const now = ctx.now();
    return { rows: r.rows.map((x) => toLeadRow(x, cfg, now)), total: r.total };
  },

  async 'leads.pool'(ctx, q) {
    const cfg = await loadConfig(ctx.db);
    const r = await runList<Raw>(ctx.db, poolList, q, { clauses: ["l.status = 'pool'"], params: [] });
    const now = ctx.now();
    return { rows: r.rows.map((x) => toLeadRow(x, cfg, now)), total: r.total };
  },

  async 'leads.get'(ctx, { id }) {
    await requireLead(ctx, id, 'read');
    return leadDetail(ctx, id);
  },

  async 'leads.options'(ctx, q) {
    const user = ctx.requireUser();
    const w = whereOf(leadScope(await visibleUserIds(ctx.db, user)));
    if (q.ids?.length) {
      w.clauses.push(`l.id IN (${placeholders(q.ids.length)})`);
      w.params.push(...q.ids);
    } else {
      w.clauses.push("l.status = 'open'");
      if (q.q) {
        const s = `%${escapeLike(q.q)}%`;
        const like = ctx.db.ilike;
        w.clauses.push(
          `(l.company ${like} ? ESCAPE '\\' OR l.code ${like} ? ESCAPE '\\' OR l.py ${like} ? ESCAPE '\\' OR l.contact_name ${like} ? ESCAPE '\\')`,
        );
        w.params.push(s, s, s, s);
      }
    }
    const rows = await ctx.db.all<Raw>(
      `SELECT l.id, l.code, l.company, l.contact_name FROM crm_leads l${w.clauses.length ? ` WHERE ${w.clauses.join(' AND ')}` : ''}
       ORDER BY l.company LIMIT ?`,
      [...w.params, q.limit],
    );
    return rows.map((r) => ({
      id: Number(r.id),
      label: String(r.company),
      sub: `${String(r.code)}${r.contact_name ? ` · ${String(r.contact_name)}` : ''}`,
    }));
  },

  async 'leads.checkDuplicate'(ctx, q) {
    return findLeadDuplicates(ctx.db, q.company, q.phone, q.exclude_id ?? 0);
  },

  async 'leads.create'(ctx, input) {
    const user = ctx.requireUser();
    const ownerId = input.owner_id ?? user.id;
    if (ownerId !== user.id) {
      if (!user.permissions.has('crm.assign') || !(await inTeam(ctx.db, user, ownerId))) {
        throw AppError.field('FORBIDDEN', ['owner_id'], 'assign_outside_team');
      }
    }
    await requireActiveUsers(ctx.db, 'owner_id', [ownerId]);
    const cols = leadColumns(input);
    await checkDuplicates(ctx, cols, input.confirm_similar);
    const now = ctx.nowIso();
    const year = yearOf(ctx.today());
    const code = formatNumber('XS', year, await nextNumber(ctx.db, 'LEAD', year));
    const id = await ctx.db.insert('crm_leads', {
      code,
      ...cols,
      status: 'open',
      owner_id: ownerId,
      filed_by: user.id,
      filed_at: now,
      assigned_at: now,
      idle_since: now,
      created_at: now,
      updated_at: now,
      version: 0,
    });
    await leadEvent(ctx.db, id, now, 'file', user.id, null, ownerId, null);
    if (ownerId !== user.id) {
      await remind(ctx.db, now, {
        user_id: ownerId,
        kind: 'lead_assigned',
        entity_type: 'lead',
        entity_id: id,
        title: {
          zh: `分配给你的线索：${code} ${cols.company}`,
          en: `Lead assigned to you: ${code} ${cols.company}`,
        },
        key: `lead_assign:${id}:${now}`,
      });
    }
    ctx.audit(id, `报备线索 ${code} ${cols.company}`);
    return leadDetail(ctx, id);
  },

  async 'leads.update'(ctx, input) {
    const lead = await requireLead(ctx, input.id, 'edit');
    if (lead.version !== input.version) throw versionConflict();
    const cur = (await ctx.db.get<Raw>('SELECT name_key, phone_key FROM crm_leads WHERE id = ?', [
      input.id,
    ]))!;
    const cols = leadColumns(input);
    if (cols.name_key !== cur.name_key || (cols.phone_key && cols.phone_key !== cur.phone_key)) {
      await checkDuplicates(ctx, cols, input.confirm_similar, input.id);
    }
    const sets = Object.keys(cols).map((k) => `${k} = ?`);
    await ctx.db.run(
      `UPDATE crm_leads SET ${sets.join(', ')}, updated_at = ?, version = version + 1 WHERE id = ?`,
      [...Object.values(cols), ctx.nowIso(), input.id],
    );
    ctx.audit(
      input.id,
      `修改线索 ${lead.code}${lead.company !== cols.company ? `：${lead.company} → ${cols.company}` : ''}`,
    );
    return leadDetail(ctx, input.id);
  },

  async 'leads.assign'(ctx, { ids, owner_id, note }) {
    const user = ctx.requireUser();
    if (!(await inTeam(ctx.db, user, owner_id))) {
      throw AppError.field('FORBIDDEN', ['owner_id'], 'assign_outside_team');
    }
    await requireActiveUsers(ctx.db, 'owner_id', [owner_id]);
    const now = ctx.nowIso();
    const codes: string[] = [];
    for (const [i, id] of ids.entries()) {
      const lead = await leadState(ctx.db, id, true);
      if (!lead || !(await canSeeLead(ctx.db, user, lead))) {
        throw AppError.field('NOT_FOUND', ['ids', i], 'invalid_value');
      }
      if (lead.status !== 'open' && lead.status !== 'pool') throw wrongStatus(lead);
      if (lead.owner_id === owner_id) continue;
      await giveLead(ctx.db, now, lead, owner_id, 'assign', user.id, note);
      codes.push(lead.code);
    }
    ctx.audit(ids.length === 1 ? ids[0]! : null, `分配线索 ${codes.join('、')} → 用户 ${owner_id}`);
    return { count: codes.length };
  },

  async 'leads.reclaim'(ctx, { ids, reason }) {
    const user = ctx.requireUser();
    const now = ctx.nowIso();
    const codes: string[] = [];
    for (const [i, id] of ids.entries()) {
      const lead = await leadState(ctx.db, id, true);
      if (!lead || !(await canSeeLead(ctx.db, user, lead))) {
        throw AppError.field('NOT_FOUND', ['ids', i], 'invalid_value');
      }
      if (lead.status !== 'open') throw wrongStatus(lead);
      await moveToPool(ctx.db, now, lead, 'reclaim', user.id, reason);
      codes.push(lead.code);
    }
    ctx.audit(ids.length === 1 ? ids[0]! : null, `收回线索到公海 ${codes.join('、')}：${reason}`);
    return { count: codes.length };
  },

  async 'leads.release'(ctx, { id, reason }) {
    const lead = await requireLead(ctx, id, 'edit');
    await moveToPool(ctx.db, ctx.nowIso(), lead, 'release', ctx.requireUser().id, reason);
    ctx.audit(id, `放弃线索到公海 ${lead.code}：${reason}`);
    return leadDetail(ctx, id);
  },

  async 'leads.claim'(ctx, { id }) {
    const user = ctx.requireUser();
    const lead = await leadState(ctx.db, id, true);
    if (!lead) throw notFoundLead();
    if (lead.status !== 'pool') throw wrongStatus(lead);
    // One claimer at a time per person, so that two PCs cannot both pass the daily limit.
    await ctx.db.get(`SELECT id FROM users WHERE id = ?${ctx.db.forUpdate}`, [user.id]);
    const cfg = await loadConfig(ctx.db);
    const r = await ctx.db.get<{ n: number }>(
      "SELECT COUNT(*) AS n FROM crm_lead_events WHERE to_user_id = ? AND kind = 'claim' AND at >= ?",
      [user.id, startOfLocalDay(ctx.now())],
    );
    const n = Number(r?.n ?? 0);
    if (n >= cfg.pool_daily_claim_limit) {
      throw AppError.of('BUSINESS_RULE', 'pool_claim_limit', { n, limit: cfg.pool_daily_claim_limit });
    }
    await giveLead(ctx.db, ctx.nowIso(), lead, user.id, 'claim', user.id, null);
    ctx.audit(id, `从公海领取线索 ${lead.code} ${lead.company}`);
    return leadDetail(ctx, id);
  },

  async 'leads.close'(ctx, { id, reason }) {
    const lead = await requireLead(ctx, id, 'edit');
    const now = ctx.nowIso();
    await ctx.db.run(
      "UPDATE crm_leads SET status = 'closed', closed_reason = ?, updated_at = ?, version = version + 1 WHERE id = ?",
      [reason, now, id],
    );
    await leadEvent(ctx.db, id, now, 'close', ctx.requireUser().id, lead.owner_id, null, reason);
    ctx.audit(id, `关闭无效线索 ${lead.code}：${reason}`);
    return leadDetail(ctx, id);
  },

  async 'leads.convert'(ctx, input) {
    const user = ctx.requireUser();
    const lead = await requireLead(ctx, input.id, 'edit');
    const row = (await ctx.db.get<Raw>('SELECT * FROM crm_leads WHERE id = ?', [input.id]))!;
    const ownerId = lead.owner_id!;
    const now = ctx.nowIso();

    // 1. the customer: an existing one the caller sees, or a new one through customers.create
    let customerId: number;
    if (input.customer_id) {
      if (!(await canSeeCustomer(ctx.db, user, input.customer_id))) {
        throw AppError.field('NOT_FOUND', ['customer_id'], 'invalid_value');
      }
      customerId = input.customer_id;
    } else {
      if (!input.customer) throw AppError.field('VALIDATION', ['customer'], 'convert_customer_required');
      if (!user.permissions.has('customers.write')) {
        throw AppError.of('FORBIDDEN', 'forbidden', { permission: 'customers.write' });
      }
      const c = input.customer;
      const parsed = contract['customers.create'].input.parse({
        legal_name: c.legal_name,
        short_name: c.short_name,
        credit_code: c.credit_code,
        phone: c.phone,
        address: c.address,
        customer_type: c.customer_type,
        grade: c.grade,
        region_id: c.region_id,
        source: row.source as LeadSource,
        owner_id: ownerId,
        notes: str(row.requirement) ? `线索 ${lead.code}：${String(row.requirement)}`.slice(0, 2000) : null,
        confirm_similar: c.confirm_similar,
      });
      try {
        customerId = (await customerHandlers['customers.create'](ctx, parsed)).id;
      } catch (e) {
        throw nestFields(e, 'customer');
      }
    }

    // 2. the contact
    let contactId: number | null = null;
    if (input.contact) {
      const parsed = contract['contacts.save'].input.parse({
        customer_id: customerId,
        name: input.contact.name,
        title: input.contact.title,
        mobile: input.contact.mobile,
        phone: input.contact.phone,
        email: input.contact.email,
        is_primary: !input.customer_id,
      });
      try {
        contactId = (await customerHandlers['contacts.save'](ctx, parsed)).id;
      } catch (e) {
        throw nestFields(e, 'contact');
      }
    }

    // 3. the opportunity
    let opportunityId: number | null = null;
    if (input.opportunity) {
      try {
        opportunityId = await createOpportunity(
          ctx,
          {
            name: input.opportunity.name,
            customer_id: customerId,
            owner_id: ownerId,
            co_owner_ids: [],
            budget: input.opportunity.budget,
            expected_amount: input.opportunity.expected_amount,
            expected_bid_date: input.opportunity.expected_bid_date,
            win_amount: null,
            bid_issue_date: null,
            bid_response_date: null,
            design_unit: null,
            decision_unit: null,
            user_unit: null,
            description: input.opportunity.description ?? str(row.requirement),
          },
          input.id,
        );
      } catch (e) {
        throw nestFields(e, 'opportunity');
      }
    }

    // 4. the lead's history goes along: its activities now also belong to the customer
    await ctx.db.run('UPDATE crm_activities SET customer_id = ? WHERE lead_id = ? AND customer_id IS NULL', [
      customerId,
      input.id,
    ]);
    await ctx.db.run(
      `UPDATE crm_leads SET status = 'converted', customer_id = ?, converted_at = ?, updated_at = ?, version = version + 1
       WHERE id = ?`,
      [customerId, now, now, input.id],
    );
    await leadEvent(ctx.db, input.id, now, 'convert', user.id, ownerId, ownerId, null);
    ctx.audit(
      input.id,
      `线索 ${lead.code} 转化为客户 ${customerId}${opportunityId ? `，商机 ${opportunityId}` : ''}`,
    );
    return {
      lead_id: input.id,
      customer_id: customerId,
      contact_id: contactId,
      opportunity_id: opportunityId,
    };
  },
};

/** Prefixes the field paths of an error from a nested part of the input (customer, contact …). */
function nestFields(e: unknown, prefix: string): unknown {
  if (!(e instanceof AppError) || !e.fields?.length) return e;
  return new AppError(
    e.code,
    e.messageZh,
    e.messageEn,
    e.fields.map((f) => ({ ...f, path: [prefix, ...f.path] })),
    e.details,
  );
}

export { leadState, type LeadState };
