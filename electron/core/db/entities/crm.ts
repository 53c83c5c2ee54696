import { bool, date, int, money, pk, ref, stamps, str, table, timestamp, txt } from './define';

/**
 * The sales process and customer care (CRM): leads and the public pool, opportunities with stages,
 * activities and follow-ups, reminders, after-sales tasks and complaints.
 *
 * Timing rules read maintained columns through indexes instead of scanning history: a lead's
 * `idle_since` (last follow-up or assignment), an opportunity's `stage_due_on`, a complaint's
 * `escalate_at`, an after-sales task's `due_on`.
 */

/** 线索. status: open (owned) | pool (公海) | converted | merged | closed (invalid). */
export const crmLeads = table(
  'crm_leads',
  {
    id: pk(),
    code: str(20),
    company: str(200),
    /** companyNameKey(company): the duplicate check uses the same normalisation as customers. */
    name_key: str(200),
    py: str(100, { default: '' }),
    contact_name: str(50, { nullable: true }),
    contact_title: str(50, { nullable: true }),
    phone: str(50, { nullable: true }),
    /** Digits of the phone (≥ 7), for the duplicate check. */
    phone_key: str(30, { nullable: true }),
    email: str(100, { nullable: true }),
    source: str(20),
    requirement: txt({ nullable: true }),
    notes: txt({ nullable: true }),
    status: str(12, { default: 'open' }),
    owner_id: ref('users', { nullable: true }),
    filed_by: ref('users'),
    filed_at: timestamp(),
    /** When the current owner got the lead (filing, assignment or claim): the conversion deadline runs from here. */
    assigned_at: timestamp({ nullable: true }),
    /** max(assigned_at, last follow-up): the reclaim period runs from here. */
    idle_since: timestamp({ nullable: true }),
    last_followup_at: timestamp({ nullable: true }),
    next_followup_on: date({ nullable: true }),
    /** The "will be reclaimed" reminder for the current idle period / conversion period. */
    idle_warned_at: timestamp({ nullable: true }),
    convert_warned_at: timestamp({ nullable: true }),
    pooled_at: timestamp({ nullable: true }),
    pool_reason: str(200, { nullable: true }),
    previous_owner_id: ref('users', { nullable: true }),
    customer_id: ref('customers', { nullable: true }),
    converted_at: timestamp({ nullable: true }),
    merged_into_id: ref('crm_leads', { nullable: true }),
    closed_reason: str(200, { nullable: true }),
    ...stamps(),
  },
  {
    uniques: [{ name: 'uq_crm_leads_code', columns: ['code'] }],
    indices: [
      { name: 'ix_crm_leads_name_key', columns: ['name_key'] },
      { name: 'ix_crm_leads_phone_key', columns: ['phone_key'] },
      { name: 'ix_crm_leads_owner', columns: ['owner_id', 'status'] },
      { name: 'ix_crm_leads_idle', columns: ['status', 'idle_since'] },
      { name: 'ix_crm_leads_assigned', columns: ['status', 'assigned_at'] },
      { name: 'ix_crm_leads_customer', columns: ['customer_id'] },
      { name: 'ix_crm_leads_filed', columns: ['filed_at'] },
      { name: 'ix_crm_leads_pooled', columns: ['status', 'pooled_at'] },
    ],
  },
);

/** What happened to a lead: filed, assigned, reclaimed, claimed, converted, merged … (claims count per day). */
export const crmLeadEvents = table(
  'crm_lead_events',
  {
    id: pk(),
    lead_id: ref('crm_leads'),
    at: timestamp(),
    kind: str(20),
    /** Who did it; null = the system (time rules). */
    user_id: ref('users', { nullable: true }),
    from_user_id: ref('users', { nullable: true }),
    to_user_id: ref('users', { nullable: true }),
    note: str(500, { nullable: true }),
  },
  {
    indices: [
      { name: 'ix_crm_lead_events_lead', columns: ['lead_id', 'at'] },
      { name: 'ix_crm_lead_events_to', columns: ['to_user_id', 'kind', 'at'] },
    ],
  },
);

/** 商机 / 项目. status: open | won | lost. */
export const crmOpportunities = table(
  'crm_opportunities',
  {
    id: pk(),
    code: str(20),
    name: str(200),
    customer_id: ref('customers'),
    lead_id: ref('crm_leads', { nullable: true }),
    owner_id: ref('users'),
    stage: str(20),
    status: str(10, { default: 'open' }),
    stage_entered_at: timestamp(),
    stage_due_on: date({ nullable: true }),
    /** The overrun reminder for the current stage was sent. */
    stage_warned_at: timestamp({ nullable: true }),
    budget: money({ nullable: true }),
    expected_amount: money({ nullable: true }),
    expected_bid_date: date({ nullable: true }),
    win_amount: money({ nullable: true }),
    bid_issue_date: date({ nullable: true }),
    bid_response_date: date({ nullable: true }),
    design_unit: str(200, { nullable: true }),
    decision_unit: str(200, { nullable: true }),
    user_unit: str(200, { nullable: true }),
    description: txt({ nullable: true }),
    won_amount: money({ nullable: true }),
    won_on: date({ nullable: true }),
    won_reason: str(500, { nullable: true }),
    lost_reason: str(500, { nullable: true }),
    lost_to: str(100, { nullable: true }),
    closed_at: timestamp({ nullable: true }),
    closed_by: ref('users', { nullable: true }),
    created_by: ref('users'),
    ...stamps(),
  },
  {
    uniques: [
      { name: 'uq_crm_opportunities_code', columns: ['code'] },
      { name: 'uq_crm_opportunities_name', columns: ['name'] },
    ],
    indices: [
      { name: 'ix_crm_opps_owner', columns: ['owner_id', 'status'] },
      { name: 'ix_crm_opps_customer', columns: ['customer_id'] },
      { name: 'ix_crm_opps_stage', columns: ['status', 'stage'] },
      { name: 'ix_crm_opps_due', columns: ['status', 'stage_due_on'] },
      { name: 'ix_crm_opps_updated', columns: ['updated_at'] },
    ],
  },
);

/** Co-owners of an opportunity: they see and edit it like the owner. */
export const crmOpportunityOwners = table(
  'crm_opportunity_owners',
  {
    opportunity_id: { ...ref('crm_opportunities'), primary: true },
    user_id: { ...ref('users'), primary: true },
  },
  { indices: [{ name: 'ix_crm_opp_owners_user', columns: ['user_id'] }] },
);

/** Stage history: when each stage was entered and left, its deadline and whether it overran. */
export const crmOpportunityStages = table(
  'crm_opportunity_stages',
  {
    id: pk(),
    opportunity_id: ref('crm_opportunities'),
    stage: str(20),
    entered_at: timestamp(),
    left_at: timestamp({ nullable: true }),
    due_on: date({ nullable: true }),
    overdue: bool(false),
    user_id: ref('users', { nullable: true }),
    note: str(500, { nullable: true }),
  },
  { indices: [{ name: 'ix_crm_opp_stages_opp', columns: ['opportunity_id', 'entered_at'] }] },
);

/** Configured checklist tasks of a stage that were ticked. */
export const crmOpportunityTasks = table('crm_opportunity_tasks', {
  opportunity_id: { ...ref('crm_opportunities'), primary: true },
  stage: { ...str(20), primary: true },
  task_key: { ...str(40), primary: true },
  done_by: ref('users'),
  done_at: timestamp(),
});

/** 决策链: the customer's people who decide, with their role. */
export const crmDecisionChain = table(
  'crm_decision_chain',
  {
    id: pk(),
    opportunity_id: ref('crm_opportunities'),
    contact_id: ref('contacts'),
    role: str(20),
    notes: str(200, { nullable: true }),
    active: bool(true),
    ...stamps(),
  },
  { uniques: [{ name: 'uq_crm_decision_chain', columns: ['opportunity_id', 'contact_id'] }] },
);

/** 竞争分析: a competitor on an opportunity, their offer, strengths and weaknesses. */
export const crmCompetitors = table(
  'crm_competitors',
  {
    id: pk(),
    opportunity_id: ref('crm_opportunities'),
    competitor: str(100),
    offer_amount: money({ nullable: true }),
    strengths: str(1000, { nullable: true }),
    weaknesses: str(1000, { nullable: true }),
    notes: str(500, { nullable: true }),
    active: bool(true),
    ...stamps(),
  },
  {
    indices: [
      { name: 'ix_crm_competitors_opp', columns: ['opportunity_id'] },
      { name: 'ix_crm_competitors_name', columns: ['competitor'] },
    ],
  },
);

/** Expected products of an opportunity (what a quotation will be made from). Quantities in thousandths. */
export const crmOpportunityProducts = table(
  'crm_opportunity_products',
  {
    id: pk(),
    opportunity_id: ref('crm_opportunities'),
    line_no: int(),
    product_id: ref('products'),
    qty: int(),
    price: money(),
    notes: str(200, { nullable: true }),
  },
  { indices: [{ name: 'ix_crm_opp_products_opp', columns: ['opportunity_id', 'line_no'] }] },
);

/**
 * Quotations made from a won opportunity (opportunities.toQuotation). The link lives on the CRM side so that
 * the sales tables do not depend on the CRM's; a draft quotation deleted in sales takes its link with it.
 */
export const crmOpportunityQuotations = table(
  'crm_opportunity_quotations',
  {
    quotation_id: { ...ref('quotations'), primary: true },
    opportunity_id: ref('crm_opportunities'),
    created_by: ref('users'),
    created_at: timestamp(),
  },
  { indices: [{ name: 'ix_crm_opp_quotations_opp', columns: ['opportunity_id'] }] },
);

/**
 * Files (tender documents, award notices, visit photos …) stored in the database as base64, so that
 * every PC sharing the office database sees them. At most 10 MB each. Never deleted, only marked removed.
 */
export const crmAttachments = table(
  'crm_attachments',
  {
    id: pk(),
    entity_type: str(20),
    entity_id: int(),
    kind: str(20),
    file_name: str(200),
    mime: str(100),
    size: int(),
    sha256: str(64),
    content: txt(),
    uploaded_by: ref('users'),
    uploaded_at: timestamp(),
    removed: bool(false),
    removed_by: ref('users', { nullable: true }),
    removed_at: timestamp({ nullable: true }),
  },
  { indices: [{ name: 'ix_crm_attachments_entity', columns: ['entity_type', 'entity_id'] }] },
);

/**
 * 活动 / 跟进: a visit (with check-in), call, meeting, proposal, email or WeChat with a customer or a
 * lead. Every activity names the next follow-up date; the follow-up stays open until its owner
 * contacts the same customer or lead again.
 */
export const crmActivities = table(
  'crm_activities',
  {
    id: pk(),
    type: str(12),
    user_id: ref('users'),
    customer_id: ref('customers', { nullable: true }),
    lead_id: ref('crm_leads', { nullable: true }),
    contact_id: ref('contacts', { nullable: true }),
    opportunity_id: ref('crm_opportunities', { nullable: true }),
    occurred_at: timestamp(),
    checkin_at: timestamp({ nullable: true }),
    checkin_place: str(200, { nullable: true }),
    summary: txt(),
    customer_requests: txt({ nullable: true }),
    promises: txt({ nullable: true }),
    next_followup_on: date(),
    followup_owner_id: ref('users'),
    followup_done: bool(false),
    followup_done_at: timestamp({ nullable: true }),
    created_at: timestamp(),
  },
  {
    indices: [
      { name: 'ix_crm_act_customer', columns: ['customer_id', 'occurred_at'] },
      { name: 'ix_crm_act_lead', columns: ['lead_id', 'occurred_at'] },
      { name: 'ix_crm_act_opp', columns: ['opportunity_id', 'occurred_at'] },
      { name: 'ix_crm_act_user', columns: ['user_id', 'occurred_at'] },
      { name: 'ix_crm_act_followup', columns: ['followup_owner_id', 'followup_done', 'next_followup_on'] },
    ],
  },
);

/** Reminders for one user (time rules, escalations); deduplicated per user and key. */
export const crmReminders = table(
  'crm_reminders',
  {
    id: pk(),
    user_id: ref('users'),
    kind: str(30),
    entity_type: str(20),
    entity_id: int(),
    title_zh: str(300),
    title_en: str(300),
    due_on: date({ nullable: true }),
    dedupe_key: str(120),
    created_at: timestamp(),
    read_at: timestamp({ nullable: true }),
  },
  {
    uniques: [{ name: 'uq_crm_reminders_key', columns: ['user_id', 'dedupe_key'] }],
    indices: [{ name: 'ix_crm_reminders_user', columns: ['user_id', 'read_at', 'created_at'] }],
  },
);

/** A service job recorded by hand (installation, repair visit …); like a shipment it starts after-sales care. */
export const crmServiceJobs = table(
  'crm_service_jobs',
  {
    id: pk(),
    code: str(20),
    customer_id: ref('customers'),
    product_id: ref('products', { nullable: true }),
    description: txt(),
    completed_on: date(),
    user_id: ref('users'),
    created_at: timestamp(),
  },
  {
    uniques: [{ name: 'uq_crm_service_jobs_code', columns: ['code'] }],
    indices: [{ name: 'ix_crm_service_jobs_customer', columns: ['customer_id'] }],
  },
);

/**
 * 售后 tasks scheduled after a delivery: archive check (2 days), first return call (3–7 days),
 * satisfaction calls (回访). status: open | done | cancelled.
 */
export const crmAftersalesTasks = table(
  'crm_aftersales_tasks',
  {
    id: pk(),
    customer_id: ref('customers'),
    source_type: str(20),
    source_id: int(),
    kind: str(20),
    seq: int({ default: 0 }),
    delivered_on: date(),
    due_from: date(),
    due_on: date(),
    assignee_id: ref('users'),
    status: str(10, { default: 'open' }),
    /** The due-date reminder was sent. */
    warned_at: timestamp({ nullable: true }),
    done_at: timestamp({ nullable: true }),
    done_by: ref('users', { nullable: true }),
    activity_id: ref('crm_activities', { nullable: true }),
    satisfaction: int({ nullable: true }),
    result: str(500, { nullable: true }),
    created_at: timestamp(),
    version: int({ default: 0 }),
  },
  {
    uniques: [{ name: 'uq_crm_aftersales_source', columns: ['source_type', 'source_id', 'kind', 'seq'] }],
    indices: [
      { name: 'ix_crm_aftersales_assignee', columns: ['assignee_id', 'status', 'due_on'] },
      { name: 'ix_crm_aftersales_customer', columns: ['customer_id'] },
      { name: 'ix_crm_aftersales_due', columns: ['status', 'due_on'] },
    ],
  },
);

/** 投诉 / 服务请求 (complaint, service request, repair, return). status: open | technical | closed. */
export const crmComplaints = table(
  'crm_complaints',
  {
    id: pk(),
    code: str(20),
    kind: str(12),
    customer_id: ref('customers'),
    contact_id: ref('contacts', { nullable: true }),
    product_id: ref('products', { nullable: true }),
    cause: str(12),
    severity: str(10),
    description: txt(),
    owner_id: ref('users'),
    status: str(12, { default: 'open' }),
    opened_at: timestamp(),
    /** opened_at + the escalation period: unresolved by then, it goes to the supervisor. */
    escalate_at: timestamp(),
    escalated_at: timestamp({ nullable: true }),
    supervisor_id: ref('users', { nullable: true }),
    tech_user_id: ref('users', { nullable: true }),
    routed_at: timestamp({ nullable: true }),
    tech_result: txt({ nullable: true }),
    solution: txt({ nullable: true }),
    satisfaction: int({ nullable: true }),
    closed_at: timestamp({ nullable: true }),
    closed_by: ref('users', { nullable: true }),
    resolve_minutes: int({ nullable: true }),
    created_by: ref('users'),
    ...stamps(),
  },
  {
    uniques: [{ name: 'uq_crm_complaints_code', columns: ['code'] }],
    indices: [
      { name: 'ix_crm_complaints_escalate', columns: ['status', 'escalate_at'] },
      { name: 'ix_crm_complaints_customer', columns: ['customer_id'] },
      { name: 'ix_crm_complaints_owner', columns: ['owner_id', 'status'] },
      { name: 'ix_crm_complaints_product', columns: ['product_id'] },
      { name: 'ix_crm_complaints_opened', columns: ['opened_at'] },
    ],
  },
);

/** 处理记录: every step of a complaint (notes, routing to the technical department and back, escalation, closing). */
export const crmComplaintLogs = table(
  'crm_complaint_logs',
  {
    id: pk(),
    complaint_id: ref('crm_complaints'),
    at: timestamp(),
    user_id: ref('users', { nullable: true }),
    action: str(20),
    note: txt({ nullable: true }),
  },
  { indices: [{ name: 'ix_crm_complaint_logs', columns: ['complaint_id', 'at'] }] },
);

/** Ownership arbitrations decided by a manager: which record won, by which rule, what moved. */
export const crmMerges = table('crm_merges', {
  id: pk(),
  winner_type: str(10),
  winner_id: int(),
  loser_type: str(10),
  loser_id: int(),
  proposed: str(10, { nullable: true }),
  rule: str(30, { nullable: true }),
  decided_by: ref('users'),
  reason: str(500),
  details: txt({ nullable: true }),
  at: timestamp(),
});

/** In dependency order. */
export const CRM_ENTITIES = [
  crmLeads,
  crmLeadEvents,
  crmOpportunities,
  crmOpportunityOwners,
  crmOpportunityStages,
  crmOpportunityTasks,
  crmDecisionChain,
  crmCompetitors,
  crmOpportunityProducts,
  crmOpportunityQuotations,
  crmAttachments,
  crmActivities,
  crmReminders,
  crmServiceJobs,
  crmAftersalesTasks,
  crmComplaints,
  crmComplaintLogs,
  crmMerges,
];
