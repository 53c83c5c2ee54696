/**
 * Sales process and customer care (CRM): leads and the public pool, opportunities with stage rules,
 * activities and follow-ups, the agenda, after-sales care and complaints.
 *
 * For other areas:
 * - `scheduleAfterSales(db, { customer_id, source_type: 'shipment', source_id, delivered_on, now })` —
 *   runs in the shipment approval's transaction (registered with sales' onShipmentApproved in ./integration).
 * - `handoverCrm(db, fromUserId, toUserId, now)` — a departing salesperson's leads, open opportunities,
 *   follow-ups, after-sales tasks and complaints go to a colleague; registered with staff's registerHandover
 *   (./integration), so staff.leave moves them with the customers in one audited action.
 * - `runCrmRules(db, now)` — the time rules; the job registered in ./rules runs them every 10 minutes.
 * - ./integration also registers the visits / complaints actuals for targets and makes quotations from won
 *   opportunities (opportunities.toQuotation).
 */
import type { HandlersFor, ServiceContext } from '../../rpc/context';
import { AppError } from '../../rpc/errors';
import { crmConfig, type CrmConfig } from '../../../../shared/contract/crm';
import { message } from '../../../../shared/messages';
import { setSetting } from '../common/settings';
import { ATTACHMENT_SELECT, CONFIG_KEY, loadConfig, storeAttachment, toAttachment, type Raw } from './common';
import { canEditLead, canSeeLead, leadHandlers, leadState } from './leads';
import { canEditOpp, canSeeOpp, opportunityHandlers } from './opportunities';
import { activityHandlers } from './activities';
import { aftersalesHandlers, scheduleAfterSales } from './aftersales';
import { complaintHandlers } from './complaints';
import { arbitrationHandlers } from './arbitration';
import { runCrmRules } from './rules';
import { handoverCrm } from './handover';
import { quotationFromOpportunityHandlers } from './integration';
import { visibleUserIds } from '../common/scope';
import { canSeeCustomer } from '../customers';

export { scheduleAfterSales, runCrmRules, handoverCrm };
export type { HandoverCounts } from './handover';
export type { AfterSalesSource } from './aftersales';

/* ------------------------------------------------------------------ configuration */

async function checkConfig(ctx: ServiceContext, cfg: CrmConfig): Promise<void> {
  const seen = new Set<string>(['won', 'lost']);
  cfg.stages.forEach((s, i) => {
    if (seen.has(s.key))
      throw AppError.field('VALIDATION', ['stages', i, 'key'], 'duplicate_key', { key: s.key });
    seen.add(s.key);
    const tasks = new Set<string>();
    s.tasks.forEach((t, j) => {
      if (tasks.has(t.key)) {
        throw AppError.field('VALIDATION', ['stages', i, 'tasks', j, 'key'], 'duplicate_key', { key: t.key });
      }
      tasks.add(t.key);
    });
  });
  if (cfg.aftersales_first_call_to < cfg.aftersales_first_call_from) {
    throw AppError.field('VALIDATION', ['aftersales_first_call_to'], 'first_call_range');
  }
  // A stage that still holds open opportunities cannot disappear.
  const used = await ctx.db.all<{ stage: string; n: number }>(
    "SELECT stage, COUNT(*) AS n FROM crm_opportunities WHERE status = 'open' GROUP BY stage",
  );
  for (const u of used) {
    if (!cfg.stages.some((s) => s.key === u.stage)) {
      const m = message('stage_in_use', { stage: u.stage, n: Number(u.n) });
      throw new AppError('BUSINESS_RULE', m.zh, m.en, [
        { path: ['stages'], message_zh: m.zh, message_en: m.en },
      ]);
    }
  }
}

/* ------------------------------------------------------------------ attachments */

type EntityType = 'opportunity' | 'lead' | 'activity' | 'complaint';

/** Can the caller see (read) or add to / remove from (write) the object an attachment belongs to? */
async function checkEntity(ctx: ServiceContext, type: EntityType, id: number, write: boolean): Promise<void> {
  const user = ctx.requireUser();
  const db = ctx.db;
  const deny = () => AppError.field('NOT_FOUND', ['entity_id'], 'invalid_value');
  const need = (p: 'crm.read' | 'crm.write' | 'service.read' | 'service.write') => {
    if (!user.permissions.has(p)) throw AppError.of('FORBIDDEN', 'forbidden', { permission: p });
  };
  if (type === 'opportunity') {
    need(write ? 'crm.write' : 'crm.read');
    const o = await db.get<{ owner_id: number; status: string }>(
      'SELECT owner_id, status FROM crm_opportunities WHERE id = ?',
      [id],
    );
    if (!o || !(await canSeeOpp(db, user, { id, owner_id: Number(o.owner_id) }))) throw deny();
    if (
      write &&
      !(o.status === 'open' && (await canEditOpp(db, user, { id, owner_id: Number(o.owner_id) })))
    ) {
      throw AppError.of('FORBIDDEN', 'opp_not_editable', { code: String(id) });
    }
  } else if (type === 'lead') {
    need(write ? 'crm.write' : 'crm.read');
    const l = await leadState(db, id);
    if (!l || !(await canSeeLead(db, user, l))) throw deny();
    if (write && !(await canEditLead(db, user, l)))
      throw AppError.of('FORBIDDEN', 'lead_not_owner', { code: l.code });
  } else if (type === 'activity') {
    need(write ? 'crm.write' : 'crm.read');
    const a = await db.get<Raw>('SELECT user_id, customer_id, lead_id FROM crm_activities WHERE id = ?', [
      id,
    ]);
    if (!a) throw deny();
    if (write) {
      if (Number(a.user_id) !== user.id) throw deny();
      return;
    }
    const ids = await visibleUserIds(db, user);
    const ok =
      ids === null ||
      ids.includes(Number(a.user_id)) ||
      (a.customer_id != null && (await canSeeCustomer(db, user, Number(a.customer_id))));
    if (!ok) throw deny();
  } else {
    need(write ? 'service.write' : 'service.read');
    const k = await db.get<Raw>(
      'SELECT owner_id, supervisor_id, tech_user_id, customer_id, status FROM crm_complaints WHERE id = ?',
      [id],
    );
    if (!k) throw deny();
    const people = [k.owner_id, k.supervisor_id, k.tech_user_id].filter((x) => x != null).map(Number);
    const ids = await visibleUserIds(db, user);
    const visible =
      ids === null ||
      people.some((p) => ids.includes(p)) ||
      (await canSeeCustomer(db, user, Number(k.customer_id)));
    if (!visible) throw deny();
    if (write && k.status === 'closed')
      throw AppError.of('BUSINESS_RULE', 'complaint_closed', { code: String(id) });
  }
}

const attachmentHandlers: HandlersFor<'crm.attach' | 'crm.attachmentGet' | 'crm.attachmentRemove'> = {
  async 'crm.attach'(ctx, input) {
    await checkEntity(ctx, input.entity_type, input.entity_id, true);
    const id = await storeAttachment(ctx, input.entity_type, input.entity_id, input, []);
    ctx.audit(id, `上传附件 ${input.file_name}（${input.entity_type} ${input.entity_id}）`);
    const r = await ctx.db.get<Raw>(
      `SELECT ${ATTACHMENT_SELECT} FROM crm_attachments x JOIN users u ON u.id = x.uploaded_by WHERE x.id = ?`,
      [id],
    );
    return toAttachment(r!);
  },

  async 'crm.attachmentGet'(ctx, { id }) {
    const r = await ctx.db.get<Raw>(
      `SELECT ${ATTACHMENT_SELECT}, x.content FROM crm_attachments x JOIN users u ON u.id = x.uploaded_by
       WHERE x.id = ? AND x.removed = ?`,
      [id, false],
    );
    if (!r) throw AppError.field('NOT_FOUND', ['id'], 'invalid_value');
    await checkEntity(ctx, r.entity_type as EntityType, Number(r.entity_id), false);
    return { ...toAttachment(r), content_base64: String(r.content) };
  },

  async 'crm.attachmentRemove'(ctx, { id }) {
    const r = await ctx.db.get<Raw>(
      `SELECT ${ATTACHMENT_SELECT} FROM crm_attachments x JOIN users u ON u.id = x.uploaded_by
       WHERE x.id = ? AND x.removed = ?`,
      [id, false],
    );
    if (!r) throw AppError.field('NOT_FOUND', ['id'], 'invalid_value');
    await checkEntity(ctx, r.entity_type as EntityType, Number(r.entity_id), true);
    await ctx.db.run('UPDATE crm_attachments SET removed = ?, removed_by = ?, removed_at = ? WHERE id = ?', [
      true,
      ctx.requireUser().id,
      ctx.nowIso(),
      id,
    ]);
    ctx.audit(id, `移除附件 ${String(r.file_name)}`);
    return toAttachment(r);
  },
};

/* ------------------------------------------------------------------ handlers */

const configHandlers: HandlersFor<'crm.config' | 'crm.setConfig' | 'crm.runDueRules'> = {
  async 'crm.config'(ctx) {
    return loadConfig(ctx.db);
  },

  async 'crm.setConfig'(ctx, input) {
    const cfg = crmConfig.parse(input);
    await checkConfig(ctx, cfg);
    await setSetting(ctx.db, CONFIG_KEY, cfg, ctx.nowIso());
    ctx.audit(
      CONFIG_KEY,
      `CRM 设置：线索 ${cfg.lead_reclaim_days} 天收回，阶段 ${cfg.stages.map((s) => `${s.zh}${s.limit_days}天`).join('、')}`,
    );
    return cfg;
  },

  async 'crm.runDueRules'(ctx) {
    const user = ctx.requireUser();
    const counts = await runCrmRules(ctx.db, ctx.now(), { id: user.id, name: user.name });
    ctx.audit(null, `执行 CRM 时限规则：${JSON.stringify(counts)}`);
    return counts;
  },
};

export const crmHandlers: HandlersFor<
  'leads.' | 'opportunities.' | 'activities.' | 'crm.' | 'complaints.' | 'aftersales.'
> = {
  ...leadHandlers,
  ...opportunityHandlers,
  ...quotationFromOpportunityHandlers,
  ...activityHandlers,
  ...configHandlers,
  ...attachmentHandlers,
  ...arbitrationHandlers,
  ...complaintHandlers,
  ...aftersalesHandlers,
};
