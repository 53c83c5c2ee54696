import type { z } from 'zod';
import type { Db } from '../../db/database';
import type { HandlersFor, ServiceContext, SessionUser } from '../../rpc/context';
import { AppError, versionConflict } from '../../rpc/errors';
import {
  STAGE_REQUIREMENT_LABELS,
  type ChecklistItem,
  type CrmConfig,
  type OpportunityDetail,
  type OpportunityRow,
  type StageRequirement,
  type opportunityInput,
} from '../../../../shared/contract/crm';
import { message } from '../../../../shared/messages';
import { escapeLike, placeholders, runList, type ListSpec } from '../common/list';
import { visibleUserIds } from '../common/scope';
import { formatNumber, nextNumber } from '../common/numbering';
import { toBool } from '../common/text';
import { canSeeCustomer } from '../customers';
import {
  addDays,
  attachmentsOf,
  inTeam,
  loadConfig,
  notFoundOpp,
  num,
  oppScope,
  remind,
  requireActiveUsers,
  stageDef,
  stageDue,
  stageLabel,
  str,
  whereOf,
  yearOf,
  type Raw,
} from './common';

type OppInput = z.output<typeof opportunityInput>;

const SELECT = `o.id, o.code, o.name, o.customer_id, c.legal_name AS customer_name, o.owner_id, u.name AS owner_name,
  o.stage, o.status, o.stage_entered_at, o.stage_due_on, o.budget, o.expected_amount, o.expected_bid_date,
  o.win_amount, o.won_amount, o.won_on, o.lost_reason, o.lost_to, o.created_at, o.updated_at, o.version`;
const FROM = 'crm_opportunities o JOIN customers c ON c.id = o.customer_id JOIN users u ON u.id = o.owner_id';

const oppList: ListSpec = {
  from: FROM,
  select: SELECT,
  fields: {
    code: { sql: 'o.code', type: 'text' },
    name: { sql: 'o.name', type: 'text' },
    customer_id: { sql: 'o.customer_id', type: 'number' },
    customer_name: { sql: 'c.legal_name', type: 'text' },
    owner_id: { sql: 'o.owner_id', type: 'number' },
    owner_name: { sql: 'u.name', type: 'text' },
    stage: { sql: 'o.stage', type: 'enum' },
    status: { sql: 'o.status', type: 'enum' },
    stage_entered_at: { sql: 'o.stage_entered_at', type: 'date' },
    stage_due_on: { sql: 'o.stage_due_on', type: 'date' },
    budget: { sql: 'o.budget', type: 'number' },
    expected_amount: { sql: 'o.expected_amount', type: 'number' },
    expected_bid_date: { sql: 'o.expected_bid_date', type: 'date' },
    win_amount: { sql: 'o.win_amount', type: 'number' },
    won_amount: { sql: 'o.won_amount', type: 'number' },
    won_on: { sql: 'o.won_on', type: 'date' },
    lost_to: { sql: 'o.lost_to', type: 'text' },
    created_at: { sql: 'o.created_at', type: 'date' },
    updated_at: { sql: 'o.updated_at', type: 'date' },
  },
  search: ['o.name', 'o.code', 'c.legal_name', 'c.short_name', 'c.py'],
  defaultSort: { field: 'updated_at', dir: 'desc' },
  tiebreak: 'o.id DESC',
};

export function toOppRow(r: Raw, today: string): OpportunityRow {
  const due = str(r.stage_due_on);
  return {
    id: Number(r.id),
    code: String(r.code),
    name: String(r.name),
    customer_id: Number(r.customer_id),
    customer_name: String(r.customer_name),
    owner_id: Number(r.owner_id),
    owner_name: String(r.owner_name),
    stage: String(r.stage),
    status: r.status as OpportunityRow['status'],
    stage_entered_at: String(r.stage_entered_at),
    stage_due_on: due,
    overdue: r.status === 'open' && due != null && due < today,
    budget: num(r.budget),
    expected_amount: num(r.expected_amount),
    expected_bid_date: str(r.expected_bid_date),
    win_amount: num(r.win_amount),
    won_amount: num(r.won_amount),
    won_on: str(r.won_on),
    lost_reason: str(r.lost_reason),
    lost_to: str(r.lost_to),
    created_at: String(r.created_at),
    updated_at: String(r.updated_at),
    version: Number(r.version),
  };
}

/* ------------------------------------------------------------------ access */

export interface OppState {
  id: number;
  code: string;
  name: string;
  customer_id: number;
  owner_id: number;
  stage: string;
  status: string;
  version: number;
  stage_entered_at: string;
  stage_due_on: string | null;
  row: Raw;
}

async function oppState(db: Db, id: number, lock: boolean): Promise<OppState | null> {
  const r = await db.get<Raw>(`SELECT * FROM crm_opportunities WHERE id = ?${lock ? db.forUpdate : ''}`, [
    id,
  ]);
  if (!r) return null;
  return {
    id: Number(r.id),
    code: String(r.code),
    name: String(r.name),
    customer_id: Number(r.customer_id),
    owner_id: Number(r.owner_id),
    stage: String(r.stage),
    status: String(r.status),
    version: Number(r.version),
    stage_entered_at: String(r.stage_entered_at),
    stage_due_on: str(r.stage_due_on),
    row: r,
  };
}

async function coOwnerIds(db: Db, id: number): Promise<number[]> {
  const rows = await db.all<{ user_id: number }>(
    'SELECT user_id FROM crm_opportunity_owners WHERE opportunity_id = ?',
    [id],
  );
  return rows.map((r) => Number(r.user_id));
}

/** Owner and co-owners edit; the team manager sees the team's; others only what they are granted. */
export async function canSeeOpp(
  db: Db,
  user: SessionUser,
  opp: { id: number; owner_id: number },
): Promise<boolean> {
  const ids = await visibleUserIds(db, user);
  if (ids === null || ids.includes(opp.owner_id)) return true;
  const co = await coOwnerIds(db, opp.id);
  return co.some((u) => ids.includes(u));
}

export async function canEditOpp(
  db: Db,
  user: SessionUser,
  opp: { id: number; owner_id: number },
): Promise<boolean> {
  if (opp.owner_id === user.id) return true;
  return (await coOwnerIds(db, opp.id)).includes(user.id);
}

export async function requireOpp(ctx: ServiceContext, id: number, mode: 'read' | 'edit'): Promise<OppState> {
  const user = ctx.requireUser();
  const opp = await oppState(ctx.db, id, mode === 'edit');
  if (!opp || !(await canSeeOpp(ctx.db, user, opp))) throw notFoundOpp();
  if (mode === 'edit') {
    if (!(await canEditOpp(ctx.db, user, opp))) {
      throw AppError.of('FORBIDDEN', 'opp_not_editable', { code: opp.code });
    }
    requireOpen(opp);
  }
  return opp;
}

function requireOpen(opp: OppState): void {
  if (opp.status === 'open') return;
  const s = opp.status === 'won' ? { zh: '中标', en: 'won' } : { zh: '输单', en: 'lost' };
  throw new AppError(
    'BUSINESS_RULE',
    message('opp_closed', { code: opp.code, status: s.zh }).zh,
    message('opp_closed', { code: opp.code, status: s.en }).en,
  );
}

/* ------------------------------------------------------------------ stage requirements */

const FIELD_REQUIREMENTS: Partial<Record<StageRequirement, string[]>> = {
  budget: ['budget'],
  expected_amount: ['expected_amount'],
  expected_bid_date: ['expected_bid_date'],
  win_amount: ['win_amount'],
  bid_issue_date: ['bid_issue_date'],
  bid_response_date: ['bid_response_date'],
  units: ['design_unit', 'decision_unit', 'user_unit'],
};
const DOC_REQUIREMENTS: Partial<Record<StageRequirement, string>> = {
  tender_doc: 'tender_doc',
  bid_doc: 'bid_doc',
  competitor_doc: 'competitor_doc',
  award_notice: 'award_notice',
  opening_doc: 'opening_doc',
};

async function requirementDone(db: Db, opp: Raw, req: StageRequirement): Promise<boolean> {
  const fields = FIELD_REQUIREMENTS[req];
  if (fields) return fields.every((f) => opp[f] != null && opp[f] !== '');
  const id = Number(opp.id);
  const doc = DOC_REQUIREMENTS[req];
  if (doc) {
    return !!(await db.get(
      'SELECT 1 AS x FROM crm_attachments WHERE entity_type = ? AND entity_id = ? AND kind = ? AND removed = ? LIMIT 1',
      ['opportunity', id, doc, false],
    ));
  }
  if (req === 'decision_chain') {
    return !!(await db.get(
      'SELECT 1 AS x FROM crm_decision_chain WHERE opportunity_id = ? AND active = ? LIMIT 1',
      [id, true],
    ));
  }
  if (req === 'decision_visit') {
    return !!(await db.get(
      `SELECT 1 AS x FROM crm_activities a JOIN crm_decision_chain d
         ON d.opportunity_id = a.opportunity_id AND d.contact_id = a.contact_id AND d.active = ?
       WHERE a.opportunity_id = ? AND a.type = 'visit' LIMIT 1`,
      [true, id],
    ));
  }
  if (req === 'competitor') {
    return !!(await db.get(
      'SELECT 1 AS x FROM crm_competitors WHERE opportunity_id = ? AND active = ? LIMIT 1',
      [id, true],
    ));
  }
  return false;
}

/** The checklist of a stage: its requirements, then its configured tasks. */
async function checklist(
  db: Db,
  opp: Raw,
  stage: string,
  requirements: readonly StageRequirement[],
  tasks: readonly { key: string; zh: string; en: string }[],
): Promise<ChecklistItem[]> {
  const out: ChecklistItem[] = [];
  for (const req of requirements) {
    const l = STAGE_REQUIREMENT_LABELS[req];
    out.push({
      key: req,
      kind: 'requirement',
      label_zh: l.zh,
      label_en: l.en,
      done: await requirementDone(db, opp, req),
    });
  }
  if (tasks.length) {
    const done = new Set(
      (
        await db.all<{ task_key: string }>(
          'SELECT task_key FROM crm_opportunity_tasks WHERE opportunity_id = ? AND stage = ?',
          [Number(opp.id), stage],
        )
      ).map((r) => r.task_key),
    );
    for (const t of tasks) {
      out.push({ key: t.key, kind: 'task', label_zh: t.zh, label_en: t.en, done: done.has(t.key) });
    }
  }
  return out;
}

async function stageChecklist(db: Db, cfg: CrmConfig, opp: Raw): Promise<ChecklistItem[]> {
  const s = stageDef(cfg, String(opp.stage));
  if (!s || opp.status !== 'open') return [];
  return checklist(db, opp, s.key, s.requirements, s.tasks);
}

/** A BUSINESS_RULE error listing what is missing; field requirements also name their form fields. */
function missingError(stage: { zh: string; en: string }, missing: ChecklistItem[]): AppError {
  const zh = message('stage_requirements', {
    stage: stage.zh,
    items: missing.map((m) => m.label_zh).join('、'),
  }).zh;
  const en = message('stage_requirements', {
    stage: stage.en,
    items: missing.map((m) => m.label_en).join('; '),
  }).en;
  const fields = missing.flatMap((m) =>
    (FIELD_REQUIREMENTS[m.key as StageRequirement] ?? []).map((f) => ({
      path: [f],
      message_zh: `${m.label_zh}`,
      message_en: `${m.label_en}`,
    })),
  );
  return new AppError('BUSINESS_RULE', zh, en, fields.length ? fields : undefined, {
    missing: missing.map((m) => m.key),
  });
}

/* ------------------------------------------------------------------ detail */

export async function oppDetail(ctx: ServiceContext, id: number): Promise<OpportunityDetail> {
  const db = ctx.db;
  const cfg = await loadConfig(db);
  const today = ctx.today();
  const r = await db.get<Raw>(
    `SELECT ${SELECT}, o.lead_id, l.code AS lead_code, o.bid_issue_date, o.bid_response_date, o.design_unit,
       o.decision_unit, o.user_unit, o.description, o.won_reason, o.closed_at
     FROM ${FROM} LEFT JOIN crm_leads l ON l.id = o.lead_id WHERE o.id = ?`,
    [id],
  );
  if (!r) throw notFoundOpp();
  const full = (await db.get<Raw>('SELECT * FROM crm_opportunities WHERE id = ?', [id]))!;
  const coOwners = await db.all<{ id: number; name: string }>(
    `SELECT u.id, u.name FROM crm_opportunity_owners oo JOIN users u ON u.id = oo.user_id
     WHERE oo.opportunity_id = ? ORDER BY u.name`,
    [id],
  );
  const chain = await db.all<Raw>(
    `SELECT d.id, d.contact_id, ct.name AS contact_name, ct.title AS contact_title, ct.mobile, d.role, d.notes,
       EXISTS (SELECT 1 FROM crm_activities a WHERE a.opportunity_id = d.opportunity_id AND a.contact_id = d.contact_id
               AND a.type = 'visit') AS visited
     FROM crm_decision_chain d JOIN contacts ct ON ct.id = d.contact_id
     WHERE d.opportunity_id = ? AND d.active = ? ORDER BY d.id`,
    [id, true],
  );
  const competitors = await db.all<Raw>(
    'SELECT * FROM crm_competitors WHERE opportunity_id = ? AND active = ? ORDER BY id',
    [id, true],
  );
  const products = await db.all<Raw>(
    `SELECT op.*, p.code AS product_code, p.name AS product_name, p.unit FROM crm_opportunity_products op
     JOIN products p ON p.id = op.product_id WHERE op.opportunity_id = ? ORDER BY op.line_no`,
    [id],
  );
  const quotations = await db.all<Raw>(
    `SELECT q.id, q.number, q.status, q.quote_date, q.total FROM crm_opportunity_quotations l
     JOIN quotations q ON q.id = l.quotation_id WHERE l.opportunity_id = ? ORDER BY q.id`,
    [id],
  );
  const history = await db.all<Raw>(
    `SELECT h.*, u.name AS user_name FROM crm_opportunity_stages h LEFT JOIN users u ON u.id = h.user_id
     WHERE h.opportunity_id = ? ORDER BY h.entered_at, h.id`,
    [id],
  );
  const idx = cfg.stages.findIndex((s) => s.key === full.stage);
  const isLast = idx === cfg.stages.length - 1;
  const next = full.status === 'open' ? (isLast ? 'won' : (cfg.stages[idx + 1]?.key ?? null)) : null;
  const list = await stageChecklist(db, cfg, full);
  const wonList = full.status === 'open' ? await checklist(db, full, 'won', cfg.won_requirements, []) : [];
  const user = ctx.requireUser();
  const canEdit =
    full.status === 'open' && (await canEditOpp(db, user, { id, owner_id: Number(full.owner_id) }));
  return {
    ...toOppRow(r, today),
    lead_id: num(r.lead_id),
    lead_code: str(r.lead_code),
    bid_issue_date: str(r.bid_issue_date),
    bid_response_date: str(r.bid_response_date),
    design_unit: str(r.design_unit),
    decision_unit: str(r.decision_unit),
    user_unit: str(r.user_unit),
    description: str(r.description),
    won_reason: str(r.won_reason),
    closed_at: str(r.closed_at),
    co_owners: coOwners.map((u) => ({ id: Number(u.id), name: u.name })),
    decision_chain: chain.map((d) => ({
      id: Number(d.id),
      contact_id: Number(d.contact_id),
      contact_name: String(d.contact_name),
      contact_title: str(d.contact_title),
      mobile: str(d.mobile),
      role: d.role as OpportunityDetail['decision_chain'][number]['role'],
      notes: str(d.notes),
      visited: toBool(d.visited),
    })),
    competitors: competitors.map((c) => ({
      id: Number(c.id),
      competitor: String(c.competitor),
      offer_amount: num(c.offer_amount),
      strengths: str(c.strengths),
      weaknesses: str(c.weaknesses),
      notes: str(c.notes),
      updated_at: String(c.updated_at),
    })),
    products: products.map((p) => ({
      id: Number(p.id),
      line_no: Number(p.line_no),
      product_id: Number(p.product_id),
      product_code: String(p.product_code),
      product_name: String(p.product_name),
      unit: String(p.unit),
      qty: Number(p.qty),
      price: Number(p.price),
      // qty in thousandths × price in fen, rounded half-up to the fen
      amount: Math.round((Number(p.qty) * Number(p.price)) / 1000),
      notes: str(p.notes),
    })),
    quotations: quotations.map((q) => ({
      id: Number(q.id),
      number: str(q.number),
      status: q.status as OpportunityDetail['quotations'][number]['status'],
      quote_date: String(q.quote_date),
      total: Number(q.total),
    })),
    attachments: await attachmentsOf(db, 'opportunity', id),
    history: history.map((h) => ({
      stage: String(h.stage),
      entered_at: String(h.entered_at),
      left_at: str(h.left_at),
      due_on: str(h.due_on),
      overdue: toBool(h.overdue) || (h.left_at == null && h.due_on != null && String(h.due_on) < today),
      user_name: str(h.user_name),
      note: str(h.note),
    })),
    checklist: list,
    won_checklist: wonList,
    next_stage: next,
    can_advance: canEdit && list.every((i) => i.done),
    can_edit: canEdit,
  };
}

/* ------------------------------------------------------------------ create, stage moves */

async function checkName(db: Db, name: string, excludeId = 0): Promise<void> {
  const r = await db.get<{ code: string }>('SELECT code FROM crm_opportunities WHERE name = ? AND id <> ?', [
    name,
    excludeId,
  ]);
  if (r) throw AppError.field('DUPLICATE', ['name'], 'duplicate_value', { field: '商机名称', value: name });
}

async function saveCoOwners(db: Db, id: number, ownerId: number, ids: number[]): Promise<void> {
  await db.run('DELETE FROM crm_opportunity_owners WHERE opportunity_id = ?', [id]);
  for (const uid of new Set(ids)) {
    if (uid !== ownerId) {
      await db.run('INSERT INTO crm_opportunity_owners (opportunity_id, user_id) VALUES (?, ?)', [id, uid]);
    }
  }
}

/** Enters a stage: closes the open history row, opens a new one, sets the deadline. */
async function enterStage(
  ctx: ServiceContext,
  cfg: CrmConfig,
  opp: OppState,
  stage: string,
  note: string | null,
  extra: Record<string, unknown> = {},
): Promise<void> {
  const now = ctx.nowIso();
  const today = ctx.today();
  await ctx.db.run(
    `UPDATE crm_opportunity_stages SET left_at = ?, overdue = ? WHERE opportunity_id = ? AND left_at IS NULL`,
    [now, opp.stage_due_on != null && opp.stage_due_on < today, opp.id],
  );
  const terminal = stage === 'won' || stage === 'lost';
  const due = terminal ? null : stageDue(cfg, stage, now);
  await ctx.db.insert('crm_opportunity_stages', {
    opportunity_id: opp.id,
    stage,
    entered_at: now,
    left_at: terminal ? now : null,
    due_on: due,
    overdue: false,
    user_id: ctx.requireUser().id,
    note,
  });
  const sets = Object.keys(extra).map((k) => `${k} = ?`);
  await ctx.db.run(
    `UPDATE crm_opportunities SET stage = ?, stage_entered_at = ?, stage_due_on = ?, stage_warned_at = NULL,
       ${sets.length ? `${sets.join(', ')}, ` : ''}updated_at = ?, version = version + 1 WHERE id = ?`,
    [stage, now, due, ...Object.values(extra), now, opp.id],
  );
}

/** Creates an opportunity in the first stage (also used by lead conversion). Returns its id. */
export async function createOpportunity(
  ctx: ServiceContext,
  input: OppInput,
  leadId: number | null,
): Promise<number> {
  const user = ctx.requireUser();
  const cfg = await loadConfig(ctx.db);
  if (!(await canSeeCustomer(ctx.db, user, input.customer_id))) {
    throw AppError.field('NOT_FOUND', ['customer_id'], 'invalid_value');
  }
  const ownerId = input.owner_id ?? user.id;
  if (ownerId !== user.id && !(await inTeam(ctx.db, user, ownerId))) {
    throw AppError.field('FORBIDDEN', ['owner_id'], 'assign_outside_team');
  }
  await requireActiveUsers(ctx.db, 'owner_id', [ownerId]);
  await requireActiveUsers(ctx.db, 'co_owner_ids', input.co_owner_ids);
  await checkName(ctx.db, input.name);
  const now = ctx.nowIso();
  const year = yearOf(ctx.today());
  const code = formatNumber('SJ', year, await nextNumber(ctx.db, 'OPP', year));
  const first = cfg.stages[0]!;
  const due = stageDue(cfg, first.key, now);
  const id = await ctx.db.insert('crm_opportunities', {
    code,
    name: input.name,
    customer_id: input.customer_id,
    lead_id: leadId,
    owner_id: ownerId,
    stage: first.key,
    status: 'open',
    stage_entered_at: now,
    stage_due_on: due,
    budget: input.budget,
    expected_amount: input.expected_amount,
    expected_bid_date: input.expected_bid_date,
    win_amount: input.win_amount,
    bid_issue_date: input.bid_issue_date,
    bid_response_date: input.bid_response_date,
    design_unit: input.design_unit,
    decision_unit: input.decision_unit,
    user_unit: input.user_unit,
    description: input.description,
    created_by: user.id,
    created_at: now,
    updated_at: now,
    version: 0,
  });
  await saveCoOwners(ctx.db, id, ownerId, input.co_owner_ids);
  await ctx.db.insert('crm_opportunity_stages', {
    opportunity_id: id,
    stage: first.key,
    entered_at: now,
    left_at: null,
    due_on: due,
    overdue: false,
    user_id: user.id,
    note: null,
  });
  ctx.audit(id, `新建商机 ${code} ${input.name}`);
  return id;
}

/* ------------------------------------------------------------------ handover */

/** Open opportunities of one owner (and their co-ownerships) move to another (staff handover). */
export async function handoverOpportunities(
  db: Db,
  from: number,
  to: number,
  nowIso: string,
): Promise<{ opportunities: number; co_owned: number }> {
  const owned = await db.run(
    "UPDATE crm_opportunities SET owner_id = ?, updated_at = ?, version = version + 1 WHERE owner_id = ? AND status = 'open'",
    [to, nowIso, from],
  );
  // The new owner is no longer a co-owner of what they now own.
  await db.run(
    `DELETE FROM crm_opportunity_owners WHERE user_id = ? AND opportunity_id IN
       (SELECT id FROM crm_opportunities WHERE owner_id = ? AND status = 'open')`,
    [to, to],
  );
  // Co-ownerships of open opportunities pass on; where the successor already owns or co-owns the
  // opportunity, the leaver's co-ownership simply ends.
  await db.run(
    `DELETE FROM crm_opportunity_owners WHERE user_id = ? AND opportunity_id IN
       (SELECT o.id FROM crm_opportunities o WHERE o.status = 'open' AND (o.owner_id = ? OR EXISTS
         (SELECT 1 FROM crm_opportunity_owners x WHERE x.opportunity_id = o.id AND x.user_id = ?)))`,
    [from, to, to],
  );
  const co = await db.run(
    `UPDATE crm_opportunity_owners SET user_id = ? WHERE user_id = ?
       AND opportunity_id IN (SELECT id FROM crm_opportunities WHERE status = 'open' AND owner_id <> ?)
       AND NOT EXISTS (SELECT 1 FROM crm_opportunity_owners x WHERE x.opportunity_id = crm_opportunity_owners.opportunity_id AND x.user_id = ?)`,
    [to, from, to, to],
  );
  return { opportunities: owned, co_owned: co };
}

/* ------------------------------------------------------------------ handlers */

/** opportunities.toQuotation lives in ./integration (it needs the sales area). */
export const opportunityHandlers: Omit<HandlersFor<'opportunities.'>, 'opportunities.toQuotation'> = {
  async 'opportunities.list'(ctx, q) {
    const user = ctx.requireUser();
    const w = whereOf(oppScope(await visibleUserIds(ctx.db, user)));
    const today = ctx.today();
    if (q.customer_id) {
      w.clauses.push('o.customer_id = ?');
      w.params.push(q.customer_id);
    }
    if (q.owner_id) {
      w.clauses.push('o.owner_id = ?');
      w.params.push(q.owner_id);
    }
    if (q.status) {
      w.clauses.push('o.status = ?');
      w.params.push(q.status);
    }
    if (q.overdue_only) {
      w.clauses.push("o.status = 'open' AND o.stage_due_on < ?");
      w.params.push(today);
    }
    const r = await runList<Raw>(ctx.db, oppList, q, w);
    return { rows: r.rows.map((x) => toOppRow(x, today)), total: r.total };
  },

  async 'opportunities.board'(ctx, q) {
    const user = ctx.requireUser();
    const cfg = await loadConfig(ctx.db);
    const today = ctx.today();
    const base = whereOf(oppScope(await visibleUserIds(ctx.db, user)));
    if (q.owner_id) {
      base.clauses.push('o.owner_id = ?');
      base.params.push(q.owner_id);
    }
    if (q.q) {
      const s = `%${escapeLike(q.q)}%`;
      const like = ctx.db.ilike;
      base.clauses.push(
        `(o.name ${like} ? ESCAPE '\\' OR o.code ${like} ? ESCAPE '\\' OR c.legal_name ${like} ? ESCAPE '\\' OR c.py ${like} ? ESCAPE '\\')`,
      );
      base.params.push(s, s, s, s);
    }
    const where = (extra: string) => `WHERE ${[...base.clauses, extra].join(' AND ')}`;
    // Won and lost: the last 90 days.
    const since = addDays(today, -90);
    const sums = await ctx.db.all<Raw>(
      `SELECT o.stage, COUNT(*) AS n, COALESCE(SUM(COALESCE(o.won_amount, o.expected_amount, 0)), 0) AS amount,
         SUM(CASE WHEN o.status = 'open' AND o.stage_due_on < ? THEN 1 ELSE 0 END) AS overdue
       FROM ${FROM} ${where("(o.status = 'open' OR o.closed_at >= ?)")} GROUP BY o.stage`,
      [today, ...base.params, since],
    );
    const byStage = new Map(sums.map((s) => [String(s.stage), s]));
    const columns = [];
    const keys = [...cfg.stages.map((s) => s.key), 'won', 'lost'];
    for (const key of keys) {
      const terminal = key === 'won' || key === 'lost';
      const cards = await ctx.db.all<Raw>(
        `SELECT ${SELECT} FROM ${FROM} ${where(terminal ? 'o.stage = ? AND o.closed_at >= ?' : "o.stage = ? AND o.status = 'open'")}
         ORDER BY ${terminal ? 'o.closed_at DESC' : 'CASE WHEN o.stage_due_on IS NULL THEN 1 ELSE 0 END, o.stage_due_on'}, o.id
         LIMIT ?`,
        [...base.params, key, ...(terminal ? [since] : []), q.per_stage],
      );
      const s = byStage.get(key);
      const label = stageLabel(cfg, key);
      columns.push({
        key,
        zh: label.zh,
        en: label.en,
        limit_days: terminal ? null : (stageDef(cfg, key)?.limit_days ?? null),
        count: Number(s?.n ?? 0),
        amount: Number(s?.amount ?? 0),
        overdue: Number(s?.overdue ?? 0),
        cards: cards.map((c) => toOppRow(c, today)),
      });
    }
    return { columns };
  },

  async 'opportunities.get'(ctx, { id }) {
    await requireOpp(ctx, id, 'read');
    return oppDetail(ctx, id);
  },

  async 'opportunities.options'(ctx, q) {
    const user = ctx.requireUser();
    const w = whereOf(oppScope(await visibleUserIds(ctx.db, user)));
    if (q.ids?.length) {
      w.clauses.push(`o.id IN (${placeholders(q.ids.length)})`);
      w.params.push(...q.ids);
    } else {
      if (q.open_only !== false) w.clauses.push("o.status = 'open'");
      if (q.customer_id) {
        w.clauses.push('o.customer_id = ?');
        w.params.push(q.customer_id);
      }
      if (q.q) {
        const s = `%${escapeLike(q.q)}%`;
        w.clauses.push(`(o.name ${ctx.db.ilike} ? ESCAPE '\\' OR o.code ${ctx.db.ilike} ? ESCAPE '\\')`);
        w.params.push(s, s);
      }
    }
    const rows = await ctx.db.all<Raw>(
      `SELECT o.id, o.code, o.name, c.legal_name FROM crm_opportunities o JOIN customers c ON c.id = o.customer_id
       ${w.clauses.length ? `WHERE ${w.clauses.join(' AND ')}` : ''} ORDER BY o.updated_at DESC LIMIT ?`,
      [...w.params, q.limit],
    );
    return rows.map((r) => ({
      id: Number(r.id),
      label: String(r.name),
      sub: `${String(r.code)} · ${String(r.legal_name)}`,
    }));
  },

  async 'opportunities.create'(ctx, input) {
    const id = await createOpportunity(ctx, input, null);
    return oppDetail(ctx, id);
  },

  async 'opportunities.update'(ctx, input) {
    const opp = await requireOpp(ctx, input.id, 'edit');
    if (opp.version !== input.version) throw versionConflict();
    await checkName(ctx.db, input.name, opp.id);
    const cols = {
      name: input.name,
      budget: input.budget,
      expected_amount: input.expected_amount,
      expected_bid_date: input.expected_bid_date,
      win_amount: input.win_amount,
      bid_issue_date: input.bid_issue_date,
      bid_response_date: input.bid_response_date,
      design_unit: input.design_unit,
      decision_unit: input.decision_unit,
      user_unit: input.user_unit,
      description: input.description,
    };
    const sets = Object.keys(cols).map((k) => `${k} = ?`);
    await ctx.db.run(
      `UPDATE crm_opportunities SET ${sets.join(', ')}, updated_at = ?, version = version + 1 WHERE id = ?`,
      [...Object.values(cols), ctx.nowIso(), opp.id],
    );
    ctx.audit(
      opp.id,
      `修改商机 ${opp.code}${opp.name !== input.name ? `：${opp.name} → ${input.name}` : ''}`,
    );
    return oppDetail(ctx, opp.id);
  },

  async 'opportunities.advance'(ctx, { id, version, to_stage, note }) {
    const opp = await requireOpp(ctx, id, 'edit');
    if (opp.version !== version) throw versionConflict();
    const cfg = await loadConfig(ctx.db);
    const from = cfg.stages.findIndex((s) => s.key === opp.stage);
    const to = cfg.stages.findIndex((s) => s.key === to_stage);
    if (to < 0) throw AppError.field('VALIDATION', ['to_stage'], 'stage_unknown', { stage: to_stage });
    if (to === from) return oppDetail(ctx, id);
    if (to > from) {
      if (to !== from + 1) {
        const next = cfg.stages[from + 1]!;
        const m = {
          zh: message('stage_skip', { next: next.zh }).zh,
          en: message('stage_skip', { next: next.en }).en,
        };
        throw new AppError('BUSINESS_RULE', m.zh, m.en, [
          { path: ['to_stage'], message_zh: m.zh, message_en: m.en },
        ]);
      }
      const missing = (await stageChecklist(ctx.db, cfg, opp.row)).filter((i) => !i.done);
      if (missing.length) throw missingError(stageLabel(cfg, opp.stage), missing);
    } else if (!note) {
      throw AppError.field('VALIDATION', ['note'], 'stage_back_note');
    }
    await enterStage(ctx, cfg, opp, to_stage, note);
    const a = stageLabel(cfg, opp.stage).zh;
    const b = stageLabel(cfg, to_stage).zh;
    ctx.audit(id, `商机 ${opp.code} 阶段 ${a} → ${b}${note ? `：${note}` : ''}`);
    return oppDetail(ctx, id);
  },

  async 'opportunities.win'(ctx, { id, version, won_amount, won_on, reason }) {
    const opp = await requireOpp(ctx, id, 'edit');
    if (opp.version !== version) throw versionConflict();
    const cfg = await loadConfig(ctx.db);
    const last = cfg.stages[cfg.stages.length - 1]!;
    if (opp.stage !== last.key) {
      throw new AppError(
        'BUSINESS_RULE',
        message('win_last_stage', { stage: last.zh }).zh,
        message('win_last_stage', { stage: last.en }).en,
      );
    }
    const missing = [
      ...(await stageChecklist(ctx.db, cfg, opp.row)),
      ...(await checklist(ctx.db, opp.row, 'won', cfg.won_requirements, [])),
    ].filter((i) => !i.done);
    if (missing.length) throw missingError(stageLabel(cfg, 'won'), missing);
    const now = ctx.nowIso();
    await enterStage(ctx, cfg, opp, 'won', reason, {
      status: 'won',
      won_amount,
      won_on,
      won_reason: reason,
      closed_at: now,
      closed_by: ctx.requireUser().id,
    });
    ctx.audit(id, `商机 ${opp.code} 中标，金额 ${won_amount} 分`);
    return oppDetail(ctx, id);
  },

  async 'opportunities.lose'(ctx, { id, version, lost_reason, lost_to }) {
    const opp = await requireOpp(ctx, id, 'edit');
    if (opp.version !== version) throw versionConflict();
    const cfg = await loadConfig(ctx.db);
    const now = ctx.nowIso();
    // The winner joins the competitor analysis, so that the competitor report counts it.
    const known = await ctx.db.get(
      'SELECT id FROM crm_competitors WHERE opportunity_id = ? AND competitor = ? AND active = ?',
      [id, lost_to, true],
    );
    if (!known) {
      await ctx.db.insert('crm_competitors', {
        opportunity_id: id,
        competitor: lost_to,
        offer_amount: null,
        strengths: null,
        weaknesses: null,
        notes: '中标方',
        active: true,
        created_at: now,
        updated_at: now,
        version: 0,
      });
    }
    await enterStage(ctx, cfg, opp, 'lost', lost_reason, {
      status: 'lost',
      lost_reason,
      lost_to,
      closed_at: now,
      closed_by: ctx.requireUser().id,
    });
    ctx.audit(id, `商机 ${opp.code} 输单：${lost_reason}（中标方 ${lost_to}）`);
    return oppDetail(ctx, id);
  },

  async 'opportunities.setTask'(ctx, { id, task_key, done }) {
    const opp = await requireOpp(ctx, id, 'edit');
    const cfg = await loadConfig(ctx.db);
    const s = stageDef(cfg, opp.stage);
    if (!s?.tasks.some((t) => t.key === task_key)) {
      throw AppError.field('VALIDATION', ['task_key'], 'task_unknown');
    }
    await ctx.db.run(
      'DELETE FROM crm_opportunity_tasks WHERE opportunity_id = ? AND stage = ? AND task_key = ?',
      [id, opp.stage, task_key],
    );
    if (done) {
      await ctx.db.run(
        'INSERT INTO crm_opportunity_tasks (opportunity_id, stage, task_key, done_by, done_at) VALUES (?, ?, ?, ?, ?)',
        [id, opp.stage, task_key, ctx.requireUser().id, ctx.nowIso()],
      );
    }
    ctx.audit(id, `商机 ${opp.code} 任务 ${task_key} ${done ? '完成' : '取消完成'}`);
    return oppDetail(ctx, id);
  },

  async 'opportunities.assign'(ctx, { id, owner_id, co_owner_ids }) {
    const user = ctx.requireUser();
    const opp = await oppState(ctx.db, id, true);
    if (!opp || !(await canSeeOpp(ctx.db, user, opp))) throw notFoundOpp();
    requireOpen(opp);
    const manager = user.permissions.has('crm.assign') && (await inTeam(ctx.db, user, opp.owner_id));
    if (!manager && opp.owner_id !== user.id) {
      throw AppError.of('FORBIDDEN', 'opp_not_editable', { code: opp.code });
    }
    if (owner_id !== opp.owner_id && !(manager && (await inTeam(ctx.db, user, owner_id)))) {
      throw AppError.field('FORBIDDEN', ['owner_id'], 'assign_outside_team');
    }
    await requireActiveUsers(ctx.db, 'owner_id', [owner_id]);
    await requireActiveUsers(ctx.db, 'co_owner_ids', co_owner_ids);
    const now = ctx.nowIso();
    await ctx.db.run(
      'UPDATE crm_opportunities SET owner_id = ?, updated_at = ?, version = version + 1 WHERE id = ?',
      [owner_id, now, id],
    );
    await saveCoOwners(ctx.db, id, owner_id, co_owner_ids);
    if (owner_id !== opp.owner_id && owner_id !== user.id) {
      await remind(ctx.db, now, {
        user_id: owner_id,
        kind: 'opportunity_assigned',
        entity_type: 'opportunity',
        entity_id: id,
        title: {
          zh: `商机转给你负责：${opp.code} ${opp.name}`,
          en: `Opportunity now yours: ${opp.code} ${opp.name}`,
        },
        key: `opp_assign:${id}:${now}`,
      });
    }
    ctx.audit(
      id,
      `商机 ${opp.code} 负责人 ${opp.owner_id} → ${owner_id}，相关负责人 ${co_owner_ids.join(',') || '无'}`,
    );
    return oppDetail(ctx, id);
  },

  async 'opportunities.saveDecisionContact'(ctx, { opportunity_id, contact_id, role, notes }) {
    const opp = await requireOpp(ctx, opportunity_id, 'edit');
    const c = await ctx.db.get<{ customer_id: number; name: string }>(
      'SELECT customer_id, name FROM contacts WHERE id = ?',
      [contact_id],
    );
    if (!c || Number(c.customer_id) !== opp.customer_id) {
      throw AppError.field('VALIDATION', ['contact_id'], 'not_of_customer');
    }
    const now = ctx.nowIso();
    const cur = await ctx.db.get<{ id: number }>(
      'SELECT id FROM crm_decision_chain WHERE opportunity_id = ? AND contact_id = ?',
      [opportunity_id, contact_id],
    );
    if (cur) {
      await ctx.db.run(
        'UPDATE crm_decision_chain SET role = ?, notes = ?, active = ?, updated_at = ?, version = version + 1 WHERE id = ?',
        [role, notes, true, now, cur.id],
      );
    } else {
      await ctx.db.insert('crm_decision_chain', {
        opportunity_id,
        contact_id,
        role,
        notes,
        active: true,
        created_at: now,
        updated_at: now,
        version: 0,
      });
    }
    await ctx.db.run('UPDATE crm_opportunities SET updated_at = ? WHERE id = ?', [now, opportunity_id]);
    ctx.audit(opportunity_id, `商机 ${opp.code} 决策链：${c.name}（${role}）`);
    return oppDetail(ctx, opportunity_id);
  },

  async 'opportunities.removeDecisionContact'(ctx, { opportunity_id, contact_id }) {
    const opp = await requireOpp(ctx, opportunity_id, 'edit');
    await ctx.db.run(
      'UPDATE crm_decision_chain SET active = ?, updated_at = ?, version = version + 1 WHERE opportunity_id = ? AND contact_id = ?',
      [false, ctx.nowIso(), opportunity_id, contact_id],
    );
    ctx.audit(opportunity_id, `商机 ${opp.code} 决策链移除联系人 ${contact_id}`);
    return oppDetail(ctx, opportunity_id);
  },

  async 'opportunities.saveCompetitor'(ctx, input) {
    const opp = await requireOpp(ctx, input.opportunity_id, 'edit');
    const now = ctx.nowIso();
    const cols = {
      competitor: input.competitor,
      offer_amount: input.offer_amount,
      strengths: input.strengths,
      weaknesses: input.weaknesses,
      notes: input.notes,
    };
    if (input.id) {
      const cur = await ctx.db.get<{ opportunity_id: number }>(
        `SELECT opportunity_id FROM crm_competitors WHERE id = ? AND active = ?${ctx.db.forUpdate}`,
        [input.id, true],
      );
      if (!cur || Number(cur.opportunity_id) !== opp.id)
        throw AppError.field('NOT_FOUND', ['id'], 'invalid_value');
      const sets = Object.keys(cols).map((k) => `${k} = ?`);
      await ctx.db.run(
        `UPDATE crm_competitors SET ${sets.join(', ')}, updated_at = ?, version = version + 1 WHERE id = ?`,
        [...Object.values(cols), now, input.id],
      );
    } else {
      await ctx.db.insert('crm_competitors', {
        opportunity_id: opp.id,
        ...cols,
        active: true,
        created_at: now,
        updated_at: now,
        version: 0,
      });
    }
    await ctx.db.run('UPDATE crm_opportunities SET updated_at = ? WHERE id = ?', [now, opp.id]);
    ctx.audit(opp.id, `商机 ${opp.code} 竞争分析：${input.competitor}`);
    return oppDetail(ctx, opp.id);
  },

  async 'opportunities.removeCompetitor'(ctx, { id }) {
    const cur = await ctx.db.get<{ opportunity_id: number; competitor: string }>(
      'SELECT opportunity_id, competitor FROM crm_competitors WHERE id = ? AND active = ?',
      [id, true],
    );
    if (!cur) throw AppError.field('NOT_FOUND', ['id'], 'invalid_value');
    const opp = await requireOpp(ctx, Number(cur.opportunity_id), 'edit');
    await ctx.db.run(
      'UPDATE crm_competitors SET active = ?, updated_at = ?, version = version + 1 WHERE id = ?',
      [false, ctx.nowIso(), id],
    );
    ctx.audit(opp.id, `商机 ${opp.code} 移除竞争对手 ${cur.competitor}`);
    return oppDetail(ctx, opp.id);
  },

  async 'opportunities.setProducts'(ctx, { opportunity_id, lines }) {
    const opp = await requireOpp(ctx, opportunity_id, 'edit');
    if (lines.length) {
      const ids = [...new Set(lines.map((l) => l.product_id))];
      const found = new Set(
        (
          await ctx.db.all<{ id: number }>(
            `SELECT id FROM products WHERE active = ? AND id IN (${placeholders(ids.length)})`,
            [true, ...ids],
          )
        ).map((r) => Number(r.id)),
      );
      lines.forEach((l, i) => {
        if (!found.has(l.product_id))
          throw AppError.field('VALIDATION', ['lines', i, 'product_id'], 'invalid_value');
      });
    }
    // Expected products are a working list of an open opportunity, not a document: replaced as a whole.
    await ctx.db.run('DELETE FROM crm_opportunity_products WHERE opportunity_id = ?', [opportunity_id]);
    for (const [i, l] of lines.entries()) {
      await ctx.db.insert('crm_opportunity_products', {
        opportunity_id,
        line_no: i + 1,
        product_id: l.product_id,
        qty: l.qty,
        price: l.price,
        notes: l.notes,
      });
    }
    await ctx.db.run('UPDATE crm_opportunities SET updated_at = ? WHERE id = ?', [
      ctx.nowIso(),
      opportunity_id,
    ]);
    ctx.audit(opportunity_id, `商机 ${opp.code} 预计产品 ${lines.length} 行`);
    return oppDetail(ctx, opportunity_id);
  },

  async 'opportunities.competitorReport'(ctx, { from, to }) {
    const user = ctx.requireUser();
    const w = whereOf(oppScope(await visibleUserIds(ctx.db, user)));
    w.clauses.push('cp.active = ?');
    w.params.push(true);
    if (from) {
      w.clauses.push('o.created_at >= ?');
      w.params.push(from);
    }
    if (to) {
      w.clauses.push('o.created_at < ?');
      w.params.push(addDays(to, 1));
    }
    const rows = await ctx.db.all<Raw>(
      `SELECT cp.competitor, COUNT(DISTINCT o.id) AS opportunities,
         COUNT(DISTINCT CASE WHEN o.status = 'open' THEN o.id END) AS open_n,
         COUNT(DISTINCT CASE WHEN o.status = 'won' THEN o.id END) AS won_n,
         COUNT(DISTINCT CASE WHEN o.status = 'lost' AND o.lost_to = cp.competitor THEN o.id END) AS lost_n,
         AVG(cp.offer_amount) AS avg_offer
       FROM crm_competitors cp JOIN crm_opportunities o ON o.id = cp.opportunity_id
       WHERE ${w.clauses.join(' AND ')}
       GROUP BY cp.competitor ORDER BY COUNT(DISTINCT o.id) DESC, cp.competitor LIMIT 200`,
      w.params,
    );
    return {
      rows: rows.map((r) => ({
        competitor: String(r.competitor),
        opportunities: Number(r.opportunities),
        open: Number(r.open_n),
        won: Number(r.won_n),
        lost_to: Number(r.lost_n),
        avg_offer: r.avg_offer == null ? null : Math.round(Number(r.avg_offer)),
      })),
    };
  },
};

export { oppState };
