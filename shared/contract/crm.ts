import { z } from 'zod';
import { method } from './define';
import {
  empty,
  id,
  isoDate,
  listQuery,
  listResult,
  moneyNonNeg,
  optDate,
  optText,
  optionsQuery,
  optionsResult,
  text,
  version,
} from './common';
import { creditCode, CUSTOMER_GRADES, CUSTOMER_TYPES } from './customers';
import { quotationDetail } from './sales';
import { QUOTATION_STATUSES } from '../status';

/* ================================================================== enums and labels */

type Labels<K extends string> = Record<K, { zh: string; en: string }>;

export const LEAD_SOURCES = ['web', 'phone', 'referral', 'exhibition', 'other'] as const;
export type LeadSource = (typeof LEAD_SOURCES)[number];
export const LEAD_SOURCE_LABELS: Labels<LeadSource> = {
  web: { zh: '网络', en: 'Web' },
  phone: { zh: '电话', en: 'Phone' },
  referral: { zh: '转介绍', en: 'Referral' },
  exhibition: { zh: '展会', en: 'Exhibition' },
  other: { zh: '其他', en: 'Other' },
};

export const LEAD_STATUSES = ['open', 'pool', 'converted', 'merged', 'closed'] as const;
export type LeadStatus = (typeof LEAD_STATUSES)[number];
export const LEAD_STATUS_LABELS: Labels<LeadStatus> = {
  open: { zh: '跟进中', en: 'Open' },
  pool: { zh: '公海', en: 'In pool' },
  converted: { zh: '已转化', en: 'Converted' },
  merged: { zh: '已合并', en: 'Merged' },
  closed: { zh: '无效', en: 'Closed' },
};

export const LEAD_EVENT_LABELS: Labels<string> = {
  file: { zh: '报备', en: 'Filed' },
  update: { zh: '修改', en: 'Edited' },
  assign: { zh: '分配', en: 'Assigned' },
  reclaim: { zh: '收回公海', en: 'Reclaimed to pool' },
  release: { zh: '放弃到公海', en: 'Released to pool' },
  claim: { zh: '领取', en: 'Claimed' },
  warn: { zh: '收回提醒', en: 'Reclaim reminder' },
  convert: { zh: '转化', en: 'Converted' },
  merge: { zh: '合并', en: 'Merged' },
  close: { zh: '关闭', en: 'Closed' },
  handover: { zh: '离职交接', en: 'Handover' },
};

export const ACTIVITY_TYPES = ['visit', 'call', 'meeting', 'proposal', 'email', 'wechat'] as const;
export type ActivityType = (typeof ACTIVITY_TYPES)[number];
export const ACTIVITY_TYPE_LABELS: Labels<ActivityType> = {
  visit: { zh: '拜访', en: 'Visit' },
  call: { zh: '电话', en: 'Call' },
  meeting: { zh: '会议', en: 'Meeting' },
  proposal: { zh: '提案', en: 'Proposal' },
  email: { zh: '邮件', en: 'Email' },
  wechat: { zh: '微信', en: 'WeChat' },
};

export const OPPORTUNITY_STATUSES = ['open', 'won', 'lost'] as const;
export type OpportunityStatus = (typeof OPPORTUNITY_STATUSES)[number];
export const OPPORTUNITY_STATUS_LABELS: Labels<OpportunityStatus> = {
  open: { zh: '进行中', en: 'Open' },
  won: { zh: '中标', en: 'Won' },
  lost: { zh: '输单', en: 'Lost' },
};

export const DECISION_ROLES = [
  'owner_leader',
  'construction',
  'purchasing',
  'user_dept',
  'design',
  'partner',
  'other',
] as const;
export type DecisionRole = (typeof DECISION_ROLES)[number];
export const DECISION_ROLE_LABELS: Labels<DecisionRole> = {
  owner_leader: { zh: '业主领导', en: 'Owner leadership' },
  construction: { zh: '建设部门', en: 'Construction dept.' },
  purchasing: { zh: '采购部门', en: 'Purchasing dept.' },
  user_dept: { zh: '使用部门', en: 'User dept.' },
  design: { zh: '设计单位', en: 'Design institute' },
  partner: { zh: '合作伙伴', en: 'Partner' },
  other: { zh: '其他单位', en: 'Other' },
};

export const ATTACHMENT_KINDS = [
  'tender_doc',
  'bid_doc',
  'competitor_doc',
  'award_notice',
  'opening_doc',
  'photo',
  'other',
] as const;
export type AttachmentKind = (typeof ATTACHMENT_KINDS)[number];
export const ATTACHMENT_KIND_LABELS: Labels<AttachmentKind> = {
  tender_doc: { zh: '招标文件', en: 'Tender documents' },
  bid_doc: { zh: '投标文件', en: 'Bid documents' },
  competitor_doc: { zh: '竞争对手文件', en: "Competitors' documents" },
  award_notice: { zh: '中标通知书', en: 'Award notice' },
  opening_doc: { zh: '开标文件 / 一览表', en: 'Bid opening record' },
  photo: { zh: '照片', en: 'Photo' },
  other: { zh: '其他', en: 'Other' },
};
export const ATTACHMENT_ENTITIES = ['opportunity', 'lead', 'activity', 'complaint'] as const;
/** Largest attachment, in bytes (stored in the database so that every office PC sees it). */
export const MAX_ATTACHMENT_BYTES = 10 * 1024 * 1024;

/**
 * What a stage needs before the opportunity may leave it (seed 003, 规范4): fields filled in,
 * decision-chain contacts named and visited, documents archived.
 */
export const STAGE_REQUIREMENTS = [
  'budget',
  'expected_amount',
  'expected_bid_date',
  'win_amount',
  'bid_issue_date',
  'bid_response_date',
  'units',
  'decision_chain',
  'decision_visit',
  'competitor',
  'tender_doc',
  'bid_doc',
  'competitor_doc',
  'award_notice',
  'opening_doc',
] as const;
export type StageRequirement = (typeof STAGE_REQUIREMENTS)[number];
export const STAGE_REQUIREMENT_LABELS: Labels<StageRequirement> = {
  budget: { zh: '填写预算', en: 'Budget filled in' },
  expected_amount: { zh: '填写预计我司金额', en: 'Expected amount filled in' },
  expected_bid_date: { zh: '填写预计投标时间', en: 'Expected bid date filled in' },
  win_amount: { zh: '填写预计中标金额', en: 'Expected award amount filled in' },
  bid_issue_date: { zh: '填写发标时间', en: 'Tender issue date filled in' },
  bid_response_date: { zh: '填写应标时间', en: 'Bid response date filled in' },
  units: { zh: '明确设计单位、决策单位、使用单位', en: 'Design, decision and user units named' },
  decision_chain: { zh: '录入决策链联系人', en: 'Decision-chain contacts entered' },
  decision_visit: { zh: '完成决策链拜访', en: 'Decision chain visited' },
  competitor: { zh: '录入竞争分析', en: 'Competitor analysis entered' },
  tender_doc: { zh: '招标文件存档', en: 'Tender documents archived' },
  bid_doc: { zh: '投标文件存档', en: 'Bid documents archived' },
  competitor_doc: { zh: '竞争对手文件存档', en: "Competitors' documents archived" },
  award_notice: { zh: '中标通知书存档', en: 'Award notice archived' },
  opening_doc: { zh: '开标文件、一览表存档', en: 'Bid opening record archived' },
};

/* ================================================================== configuration */

const key = z.string().regex(/^[a-z][a-z0-9_]{1,19}$/, { error: 'invalid_format' });

export const stageTask = z.strictObject({ key, zh: text(50), en: text(100) });
export const stageDef = z.strictObject({
  key,
  zh: text(20),
  en: text(40),
  /** Days the opportunity may stay in this stage; 0 = no limit. */
  limit_days: z.int().min(0).max(3650),
  requirements: z.array(z.enum(STAGE_REQUIREMENTS)).max(STAGE_REQUIREMENTS.length),
  tasks: z.array(stageTask).max(20),
});
export type StageDef = z.infer<typeof stageDef>;

export const crmConfig = z.strictObject({
  /** A lead without follow-up for this many days goes back to the public pool (seed 003: 2 weeks). */
  lead_reclaim_days: z.int().min(1).max(365),
  /** The owner is reminded this many days before a reclaim. */
  lead_remind_days: z.int().min(0).max(60),
  /** A lead must become an opportunity within this many days of being assigned (seed 003: 1 month); 0 = off. */
  lead_convert_days: z.int().min(0).max(365),
  /** Leads one person may claim from the pool per day. */
  pool_daily_claim_limit: z.int().min(1).max(1000),
  /** The open stages in order (won and lost follow the last one). */
  stages: z.array(stageDef).min(1).max(12),
  /** What marking an opportunity won needs (seed 003: award notice and opening record archived). */
  won_requirements: z.array(z.enum(STAGE_REQUIREMENTS)).max(STAGE_REQUIREMENTS.length),
  /** An unresolved complaint goes to the supervisor after this many hours (seed 000: 2 days). */
  complaint_escalate_hours: z.int().min(1).max(720),
  /** After a delivery: archive completeness check within this many days (2). */
  aftersales_archive_days: z.int().min(0).max(60),
  /** First return call between these days after delivery (3 … 7). */
  aftersales_first_call_from: z.int().min(0).max(60),
  aftersales_first_call_to: z.int().min(0).max(90),
  /** Further satisfaction calls (回访), days after delivery. */
  aftersales_satisfaction_days: z.array(z.int().min(1).max(730)).max(10),
  /** Days allowed for each satisfaction call. */
  aftersales_call_window_days: z.int().min(1).max(60),
  /** Birthdays and anniversaries this many days ahead appear on the agenda. */
  reminder_days_ahead: z.int().min(0).max(60),
});
export type CrmConfig = z.infer<typeof crmConfig>;

export const DEFAULT_CRM_CONFIG: CrmConfig = {
  lead_reclaim_days: 14,
  lead_remind_days: 2,
  lead_convert_days: 30,
  pool_daily_claim_limit: 10,
  stages: [
    { key: 'opportunity', zh: '商机', en: 'Opportunity', limit_days: 14, requirements: [], tasks: [] },
    {
      key: 'initiation',
      zh: '立项',
      en: 'Initiation',
      limit_days: 30,
      requirements: [
        'budget',
        'expected_amount',
        'expected_bid_date',
        'units',
        'decision_chain',
        'decision_visit',
      ],
      tasks: [],
    },
    {
      key: 'formal',
      zh: '正式沟通',
      en: 'Formal communication',
      limit_days: 30,
      requirements: ['expected_bid_date', 'win_amount'],
      tasks: [],
    },
    {
      key: 'bid',
      zh: '投标',
      en: 'Bid',
      limit_days: 60,
      requirements: ['tender_doc', 'bid_doc', 'bid_issue_date', 'bid_response_date'],
      tasks: [],
    },
  ],
  won_requirements: ['award_notice', 'opening_doc'],
  complaint_escalate_hours: 48,
  aftersales_archive_days: 2,
  aftersales_first_call_from: 3,
  aftersales_first_call_to: 7,
  aftersales_satisfaction_days: [30, 90],
  aftersales_call_window_days: 7,
  reminder_days_ahead: 7,
};

/* ================================================================== shared row pieces */

const userRef = z.object({ id: z.int(), name: z.string() });
const optEmail = z
  .email({ error: 'invalid_email' })
  .max(100)
  .nullish()
  .or(z.literal(''))
  .transform((v) => (v ? v : null));
const optMoney = moneyNonNeg.nullish().transform((v) => v ?? null);
/** An ISO-8601 timestamp (2026-11-20T09:30:00.000Z or with an offset). */
export const isoTimestamp = z.iso.datetime({ offset: true, error: 'datetime_invalid' });

export const attachmentMeta = z.object({
  id,
  entity_type: z.enum(ATTACHMENT_ENTITIES),
  entity_id: z.int(),
  kind: z.enum(ATTACHMENT_KINDS),
  file_name: z.string(),
  mime: z.string(),
  size: z.int(),
  uploaded_by_name: z.string(),
  uploaded_at: z.string(),
});
export type AttachmentMeta = z.infer<typeof attachmentMeta>;

/** A file sent with a form: base64 content, checked against MAX_ATTACHMENT_BYTES by the service. */
export const attachmentUpload = z.strictObject({
  kind: z.enum(ATTACHMENT_KINDS),
  file_name: text(200),
  mime: z.string().trim().max(100).default('application/octet-stream'),
  content_base64: z.string().min(1, { error: 'required' }).max(14_000_000, { error: 'attachment_too_large' }),
});

/* ================================================================== leads */

export const leadRow = z.object({
  id,
  code: z.string(),
  company: z.string(),
  contact_name: z.string().nullable(),
  contact_title: z.string().nullable(),
  phone: z.string().nullable(),
  email: z.string().nullable(),
  source: z.enum(LEAD_SOURCES),
  requirement: z.string().nullable(),
  status: z.enum(LEAD_STATUSES),
  owner_id: z.int().nullable(),
  owner_name: z.string().nullable(),
  filed_by_name: z.string(),
  filed_at: z.string(),
  assigned_at: z.string().nullable(),
  last_followup_at: z.string().nullable(),
  next_followup_on: z.string().nullable(),
  /** Whole days without follow-up (open leads). */
  idle_days: z.int().nullable(),
  /** When the lead goes back to the pool unless followed up / converted (open leads). */
  reclaim_on: z.string().nullable(),
  pooled_at: z.string().nullable(),
  pool_reason: z.string().nullable(),
  previous_owner_name: z.string().nullable(),
  customer_id: z.int().nullable(),
  customer_name: z.string().nullable(),
  version,
});
export type LeadRow = z.infer<typeof leadRow>;

export const leadEvent = z.object({
  id,
  at: z.string(),
  kind: z.string(),
  user_name: z.string().nullable(),
  from_user_name: z.string().nullable(),
  to_user_name: z.string().nullable(),
  note: z.string().nullable(),
});

export const leadDetail = leadRow.extend({
  notes: z.string().nullable(),
  closed_reason: z.string().nullable(),
  converted_at: z.string().nullable(),
  merged_into_id: z.int().nullable(),
  opportunity_id: z.int().nullable(),
  events: z.array(leadEvent),
  can_edit: z.boolean(),
});
export type LeadDetail = z.infer<typeof leadDetail>;

export const leadDuplicateHit = z.object({
  type: z.enum(['lead', 'customer']),
  id,
  code: z.string(),
  name: z.string(),
  owner_name: z.string().nullable(),
  status: z.string(),
  filed_at: z.string().nullable(),
  match: z.enum(['name', 'phone', 'similar']),
});
export type LeadDuplicateHit = z.infer<typeof leadDuplicateHit>;

const leadFields = {
  company: text(200),
  contact_name: optText(50),
  contact_title: optText(50),
  phone: optText(50),
  email: optEmail,
  source: z.enum(LEAD_SOURCES),
  requirement: optText(2000),
  notes: optText(2000),
};

const ids = z.array(id).min(1, { error: 'required' }).max(200);

/* ================================================================== opportunities */

export const opportunityRow = z.object({
  id,
  code: z.string(),
  name: z.string(),
  customer_id: z.int(),
  customer_name: z.string(),
  owner_id: z.int(),
  owner_name: z.string(),
  stage: z.string(),
  status: z.enum(OPPORTUNITY_STATUSES),
  stage_entered_at: z.string(),
  stage_due_on: z.string().nullable(),
  /** Past the stage's time limit. */
  overdue: z.boolean(),
  budget: z.int().nullable(),
  expected_amount: z.int().nullable(),
  expected_bid_date: z.string().nullable(),
  win_amount: z.int().nullable(),
  won_amount: z.int().nullable(),
  won_on: z.string().nullable(),
  lost_reason: z.string().nullable(),
  lost_to: z.string().nullable(),
  created_at: z.string(),
  updated_at: z.string(),
  version,
});
export type OpportunityRow = z.infer<typeof opportunityRow>;

export const checklistItem = z.object({
  key: z.string(),
  kind: z.enum(['requirement', 'task']),
  label_zh: z.string(),
  label_en: z.string(),
  done: z.boolean(),
});
export type ChecklistItem = z.infer<typeof checklistItem>;

export const decisionContact = z.object({
  id,
  contact_id: z.int(),
  contact_name: z.string(),
  contact_title: z.string().nullable(),
  mobile: z.string().nullable(),
  role: z.enum(DECISION_ROLES),
  notes: z.string().nullable(),
  visited: z.boolean(),
});
export const competitorRow = z.object({
  id,
  competitor: z.string(),
  offer_amount: z.int().nullable(),
  strengths: z.string().nullable(),
  weaknesses: z.string().nullable(),
  notes: z.string().nullable(),
  updated_at: z.string(),
});
export type CompetitorRow = z.infer<typeof competitorRow>;
export const opportunityProduct = z.object({
  id,
  line_no: z.int(),
  product_id: z.int(),
  product_code: z.string(),
  product_name: z.string(),
  unit: z.string(),
  qty: z.int(),
  price: z.int(),
  amount: z.int(),
  notes: z.string().nullable(),
});
export const stageHistory = z.object({
  stage: z.string(),
  entered_at: z.string(),
  left_at: z.string().nullable(),
  due_on: z.string().nullable(),
  overdue: z.boolean(),
  user_name: z.string().nullable(),
  note: z.string().nullable(),
});

export const opportunityDetail = opportunityRow.extend({
  lead_id: z.int().nullable(),
  lead_code: z.string().nullable(),
  bid_issue_date: z.string().nullable(),
  bid_response_date: z.string().nullable(),
  design_unit: z.string().nullable(),
  decision_unit: z.string().nullable(),
  user_unit: z.string().nullable(),
  description: z.string().nullable(),
  won_reason: z.string().nullable(),
  closed_at: z.string().nullable(),
  co_owners: z.array(userRef),
  decision_chain: z.array(decisionContact),
  competitors: z.array(competitorRow),
  products: z.array(opportunityProduct),
  /** Quotations made from it (opportunities.toQuotation), oldest first. */
  quotations: z.array(
    z.object({
      id,
      number: z.string().nullable(),
      status: z.enum(QUOTATION_STATUSES),
      quote_date: z.string(),
      total: z.int(),
    }),
  ),
  attachments: z.array(attachmentMeta),
  history: z.array(stageHistory),
  /** What the current stage needs before moving on (or, in the last stage, before winning). */
  checklist: z.array(checklistItem),
  /** What marking it won needs. */
  won_checklist: z.array(checklistItem),
  next_stage: z.string().nullable(),
  can_advance: z.boolean(),
  can_edit: z.boolean(),
});
export type OpportunityDetail = z.infer<typeof opportunityDetail>;

const oppFields = {
  name: text(200),
  budget: optMoney,
  expected_amount: optMoney,
  expected_bid_date: optDate,
  win_amount: optMoney,
  bid_issue_date: optDate,
  bid_response_date: optDate,
  design_unit: optText(200),
  decision_unit: optText(200),
  user_unit: optText(200),
  description: optText(4000),
};

export const opportunityInput = z.strictObject({
  ...oppFields,
  customer_id: id,
  owner_id: id.optional(),
  co_owner_ids: z.array(id).max(20).default([]),
});

export const boardColumn = z.object({
  key: z.string(),
  zh: z.string(),
  en: z.string(),
  limit_days: z.int().nullable(),
  count: z.int(),
  amount: z.int(),
  overdue: z.int(),
  cards: z.array(opportunityRow),
});

/* ================================================================== activities */

export const activityRow = z.object({
  id,
  type: z.enum(ACTIVITY_TYPES),
  user_id: z.int(),
  user_name: z.string(),
  customer_id: z.int().nullable(),
  customer_name: z.string().nullable(),
  lead_id: z.int().nullable(),
  lead_company: z.string().nullable(),
  contact_id: z.int().nullable(),
  contact_name: z.string().nullable(),
  opportunity_id: z.int().nullable(),
  opportunity_name: z.string().nullable(),
  occurred_at: z.string(),
  checkin_at: z.string().nullable(),
  checkin_place: z.string().nullable(),
  summary: z.string(),
  customer_requests: z.string().nullable(),
  promises: z.string().nullable(),
  next_followup_on: z.string(),
  followup_owner_id: z.int(),
  followup_owner_name: z.string(),
  followup_done: z.boolean(),
  attachments: z.int(),
});
export type ActivityRow = z.infer<typeof activityRow>;

export const activityInput = z.strictObject({
  type: z.enum(ACTIVITY_TYPES),
  customer_id: id.optional(),
  lead_id: id.optional(),
  contact_id: id.nullish().transform((v) => v ?? null),
  opportunity_id: id.nullish().transform((v) => v ?? null),
  /** When it happened; now if omitted. */
  occurred_at: isoTimestamp.optional(),
  /** Visits: check-in time and place (拜访签到). */
  checkin_at: isoTimestamp.nullish().transform((v) => v ?? null),
  checkin_place: optText(200),
  summary: text(4000),
  customer_requests: optText(4000),
  promises: optText(4000),
  /** Every contact records the next follow-up date. */
  next_followup_on: isoDate,
  attachments: z.array(attachmentUpload).max(5).default([]),
});

/* ================================================================== reminders, agenda */

export const reminderRow = z.object({
  id,
  kind: z.string(),
  entity_type: z.string(),
  entity_id: z.int(),
  title_zh: z.string(),
  title_en: z.string(),
  due_on: z.string().nullable(),
  created_at: z.string(),
  read: z.boolean(),
});
export type ReminderRow = z.infer<typeof reminderRow>;

export const aftersalesTaskRow = z.object({
  id,
  customer_id: z.int(),
  customer_name: z.string(),
  source_type: z.string(),
  source_id: z.int(),
  source_label: z.string().nullable(),
  kind: z.enum(['archive_check', 'first_call', 'satisfaction_call']),
  seq: z.int(),
  delivered_on: z.string(),
  due_from: z.string(),
  due_on: z.string(),
  assignee_id: z.int(),
  assignee_name: z.string(),
  status: z.enum(['open', 'done', 'cancelled']),
  done_at: z.string().nullable(),
  satisfaction: z.int().nullable(),
  result: z.string().nullable(),
  overdue: z.boolean(),
  version,
});
export type AftersalesTaskRow = z.infer<typeof aftersalesTaskRow>;

export const COMPLAINT_KINDS = ['complaint', 'service', 'repair', 'return'] as const;
export const COMPLAINT_KIND_LABELS: Labels<(typeof COMPLAINT_KINDS)[number]> = {
  complaint: { zh: '投诉', en: 'Complaint' },
  service: { zh: '服务请求', en: 'Service request' },
  repair: { zh: '维修', en: 'Repair' },
  return: { zh: '退货', en: 'Return' },
};
export const COMPLAINT_CAUSES = ['quality', 'delivery', 'service', 'price', 'usage', 'other'] as const;
export const COMPLAINT_CAUSE_LABELS: Labels<(typeof COMPLAINT_CAUSES)[number]> = {
  quality: { zh: '产品质量', en: 'Product quality' },
  delivery: { zh: '交货物流', en: 'Delivery' },
  service: { zh: '服务态度', en: 'Service' },
  price: { zh: '价格费用', en: 'Price' },
  usage: { zh: '使用问题', en: 'Usage' },
  other: { zh: '其他', en: 'Other' },
};
export const SEVERITIES = ['low', 'medium', 'high', 'critical'] as const;
export const SEVERITY_LABELS: Labels<(typeof SEVERITIES)[number]> = {
  low: { zh: '低', en: 'Low' },
  medium: { zh: '中', en: 'Medium' },
  high: { zh: '高', en: 'High' },
  critical: { zh: '紧急', en: 'Critical' },
};
export const COMPLAINT_STATUSES = ['open', 'technical', 'closed'] as const;
export const COMPLAINT_STATUS_LABELS: Labels<(typeof COMPLAINT_STATUSES)[number]> = {
  open: { zh: '处理中', en: 'Open' },
  technical: { zh: '技术部处理中', en: 'At technical dept.' },
  closed: { zh: '已关闭', en: 'Closed' },
};
export const COMPLAINT_LOG_LABELS: Labels<string> = {
  open: { zh: '登记', en: 'Opened' },
  note: { zh: '处理记录', en: 'Note' },
  route_tech: { zh: '转技术部', en: 'Routed to technical' },
  tech_return: { zh: '技术部返回', en: 'Back from technical' },
  escalate: { zh: '升级主管', en: 'Escalated' },
  assign: { zh: '转交', en: 'Reassigned' },
  close: { zh: '关闭', en: 'Closed' },
  handover: { zh: '离职交接', en: 'Handover' },
};

export const complaintRow = z.object({
  id,
  code: z.string(),
  kind: z.enum(COMPLAINT_KINDS),
  customer_id: z.int(),
  customer_name: z.string(),
  contact_name: z.string().nullable(),
  product_id: z.int().nullable(),
  product_name: z.string().nullable(),
  cause: z.enum(COMPLAINT_CAUSES),
  severity: z.enum(SEVERITIES),
  description: z.string(),
  owner_id: z.int(),
  owner_name: z.string(),
  status: z.enum(COMPLAINT_STATUSES),
  opened_at: z.string(),
  escalate_at: z.string(),
  escalated_at: z.string().nullable(),
  supervisor_name: z.string().nullable(),
  tech_user_name: z.string().nullable(),
  closed_at: z.string().nullable(),
  satisfaction: z.int().nullable(),
  resolve_minutes: z.int().nullable(),
  version,
});
export type ComplaintRow = z.infer<typeof complaintRow>;

export const agendaBirthday = z.object({
  contact_id: z.int(),
  contact_name: z.string(),
  customer_id: z.int(),
  customer_name: z.string(),
  birthday: z.string(),
  on: z.string(),
  days: z.int(),
});
export const agendaAnniversary = z.object({
  customer_id: z.int(),
  customer_name: z.string(),
  since: z.string(),
  on: z.string(),
  years: z.int(),
  days: z.int(),
});

export const agenda = z.object({
  user_id: z.int(),
  user_name: z.string(),
  today: z.string(),
  week_end: z.string(),
  overdue: z.array(activityRow),
  due_today: z.array(activityRow),
  this_week: z.array(activityRow),
  aftersales: z.array(aftersalesTaskRow),
  opportunities: z.array(opportunityRow),
  complaints: z.array(complaintRow),
  reminders: z.array(reminderRow),
  birthdays: z.array(agendaBirthday),
  anniversaries: z.array(agendaAnniversary),
});
export type Agenda = z.infer<typeof agenda>;

/* ================================================================== arbitration */

export const recordRef = z.strictObject({ type: z.enum(['lead', 'customer']), id });
export type RecordRef = z.infer<typeof recordRef>;
export const arbitrationFacts = z.object({
  type: z.enum(['lead', 'customer']),
  id,
  code: z.string(),
  name: z.string(),
  owner_id: z.int().nullable(),
  owner_name: z.string().nullable(),
  holds_registered_name: z.boolean(),
  first_followup_at: z.string().nullable(),
  first_opportunity_at: z.string().nullable(),
});
export const arbitrationProposal = z.object({
  a: arbitrationFacts,
  b: arbitrationFacts,
  registered_name: z.string().nullable(),
  proposed: z.enum(['a', 'b']).nullable(),
  rule: z.enum(['registered_name', 'first_followup', 'first_opportunity']).nullable(),
  explanation_zh: z.string(),
  explanation_en: z.string(),
});
export type ArbitrationProposal = z.infer<typeof arbitrationProposal>;

/* ================================================================== methods */

export const crmContract = {
  /* ---------------------------------------------------------------- leads and the pool */
  'leads.list': method({
    input: listQuery.extend({ owner_id: id.optional(), status: z.enum(LEAD_STATUSES).optional() }),
    output: listResult(leadRow),
    access: 'crm.read',
    mutates: false,
  }),
  /** 公海: leads nobody owns; anyone with the pool permission sees and claims them. */
  'leads.pool': method({
    input: listQuery,
    output: listResult(leadRow),
    access: 'crm.pool',
    mutates: false,
  }),
  'leads.get': method({
    input: z.strictObject({ id }),
    output: leadDetail,
    access: 'crm.read',
    mutates: false,
  }),
  'leads.options': method({
    input: optionsQuery,
    output: optionsResult,
    access: 'crm.read',
    mutates: false,
  }),
  /** 查重 against leads and customers (same name normalisation as customers; phone digits). */
  'leads.checkDuplicate': method({
    input: z.strictObject({
      company: z.string().trim().max(200).optional(),
      phone: z.string().trim().max(50).optional(),
      exclude_id: id.optional(),
    }),
    output: z.object({ exact: z.array(leadDuplicateHit), similar: z.array(leadDuplicateHit) }),
    access: 'crm.read',
    mutates: false,
  }),
  /** 报备: first to file owns it. A manager may file for someone in the team (owner_id). */
  'leads.create': method({
    input: z.strictObject({
      ...leadFields,
      owner_id: id.optional(),
      confirm_similar: z.boolean().default(false),
    }),
    output: leadDetail,
    access: 'crm.write',
    mutates: true,
    entity: 'lead',
  }),
  'leads.update': method({
    input: z.strictObject({ id, version, ...leadFields, confirm_similar: z.boolean().default(false) }),
    output: leadDetail,
    access: 'crm.write',
    mutates: true,
    entity: 'lead',
  }),
  /** The manager assigns pool leads or reassigns the team's leads. */
  'leads.assign': method({
    input: z.strictObject({ ids, owner_id: id, note: optText(200) }),
    output: z.object({ count: z.int() }),
    access: 'crm.assign',
    mutates: true,
    entity: 'lead',
  }),
  /** The manager reclaims leads into the pool (e.g. idle ones). */
  'leads.reclaim': method({
    input: z.strictObject({ ids, reason: text(200) }),
    output: z.object({ count: z.int() }),
    access: 'crm.assign',
    mutates: true,
    entity: 'lead',
  }),
  /** The owner gives a lead up to the pool. */
  'leads.release': method({
    input: z.strictObject({ id, reason: text(200) }),
    output: leadDetail,
    access: 'crm.write',
    mutates: true,
    entity: 'lead',
  }),
  /** Claim a pool lead (limited per person and day). */
  'leads.claim': method({
    input: z.strictObject({ id }),
    output: leadDetail,
    access: 'crm.pool',
    mutates: true,
    entity: 'lead',
  }),
  /** An invalid lead (无效): closed with a reason, never deleted. */
  'leads.close': method({
    input: z.strictObject({ id, reason: text(200) }),
    output: leadDetail,
    access: 'crm.write',
    mutates: true,
    entity: 'lead',
  }),
  /** Lead → customer (new or existing) + contact + opportunity in one action; its history moves along. */
  'leads.convert': method({
    input: z.strictObject({
      id,
      /** Convert into this existing (visible) customer instead of creating one. */
      customer_id: id.optional(),
      customer: z
        .strictObject({
          legal_name: text(200),
          short_name: optText(50),
          credit_code: creditCode,
          phone: optText(50),
          address: optText(200),
          customer_type: z.enum(CUSTOMER_TYPES).default('cash'),
          grade: z.enum(CUSTOMER_GRADES).default('potential'),
          region_id: id.nullish().transform((v) => v ?? null),
          confirm_similar: z.boolean().default(false),
        })
        .optional(),
      contact: z
        .strictObject({
          name: text(50),
          title: optText(50),
          mobile: optText(30),
          phone: optText(30),
          email: optEmail,
        })
        .nullish()
        .transform((v) => v ?? null),
      opportunity: z
        .strictObject({
          name: text(200),
          budget: optMoney,
          expected_amount: optMoney,
          expected_bid_date: optDate,
          description: optText(4000),
        })
        .nullish()
        .transform((v) => v ?? null),
    }),
    output: z.object({
      lead_id: z.int(),
      customer_id: z.int(),
      contact_id: z.int().nullable(),
      opportunity_id: z.int().nullable(),
    }),
    access: 'crm.write',
    mutates: true,
    entity: 'lead',
  }),

  /* ---------------------------------------------------------------- opportunities */
  'opportunities.list': method({
    input: listQuery.extend({
      customer_id: id.optional(),
      owner_id: id.optional(),
      status: z.enum(OPPORTUNITY_STATUSES).optional(),
      overdue_only: z.boolean().optional(),
    }),
    output: listResult(opportunityRow),
    access: 'crm.read',
    mutates: false,
  }),
  /** Kanban by stage: counts and amounts per stage, and the first cards of each (most urgent first). */
  'opportunities.board': method({
    input: z.strictObject({
      owner_id: id.optional(),
      q: z.string().trim().max(100).optional(),
      per_stage: z.int().min(1).max(200).default(50),
    }),
    output: z.object({ columns: z.array(boardColumn) }),
    access: 'crm.read',
    mutates: false,
  }),
  'opportunities.get': method({
    input: z.strictObject({ id }),
    output: opportunityDetail,
    access: 'crm.read',
    mutates: false,
  }),
  'opportunities.options': method({
    input: optionsQuery.extend({ customer_id: id.optional(), open_only: z.boolean().optional() }),
    output: optionsResult,
    access: 'crm.read',
    mutates: false,
  }),
  'opportunities.create': method({
    input: opportunityInput,
    output: opportunityDetail,
    access: 'crm.write',
    mutates: true,
    entity: 'opportunity',
  }),
  'opportunities.update': method({
    input: z.strictObject({ id, version, ...oppFields }),
    output: opportunityDetail,
    access: 'crm.write',
    mutates: true,
    entity: 'opportunity',
  }),
  /** Forward one stage (the current stage's requirements and tasks done) or back (with a note). */
  'opportunities.advance': method({
    input: z.strictObject({ id, version, to_stage: z.string().max(20), note: optText(500) }),
    output: opportunityDetail,
    access: 'crm.write',
    mutates: true,
    entity: 'opportunity',
  }),
  /** 中标: from the last open stage, its requirements and the won requirements done. */
  'opportunities.win': method({
    input: z.strictObject({
      id,
      version,
      won_amount: moneyNonNeg,
      won_on: isoDate,
      reason: optText(500),
    }),
    output: opportunityDetail,
    access: 'crm.write',
    mutates: true,
    entity: 'opportunity',
  }),
  /**
   * 生成报价单: a draft quotation for a won opportunity's customer with its expected products (quantity and
   * unit price as the opportunity holds them), linked to it. Refused while a quotation made from it is not void.
   */
  'opportunities.toQuotation': method({
    input: z.strictObject({ id }),
    output: quotationDetail,
    access: 'quotations.write',
    mutates: true,
    entity: 'quotation',
  }),
  'opportunities.lose': method({
    input: z.strictObject({ id, version, lost_reason: text(500), lost_to: text(100) }),
    output: opportunityDetail,
    access: 'crm.write',
    mutates: true,
    entity: 'opportunity',
  }),
  /** Tick or untick a configured checklist task of the current stage. */
  'opportunities.setTask': method({
    input: z.strictObject({ id, task_key: z.string().max(40), done: z.boolean() }),
    output: opportunityDetail,
    access: 'crm.write',
    mutates: true,
    entity: 'opportunity',
  }),
  /** Owner and co-owners: the owner or a manager changes them. */
  'opportunities.assign': method({
    input: z.strictObject({ id, owner_id: id, co_owner_ids: z.array(id).max(20).default([]) }),
    output: opportunityDetail,
    access: 'crm.write',
    mutates: true,
    entity: 'opportunity',
  }),
  'opportunities.saveDecisionContact': method({
    input: z.strictObject({
      opportunity_id: id,
      contact_id: id,
      role: z.enum(DECISION_ROLES),
      notes: optText(200),
    }),
    output: opportunityDetail,
    access: 'crm.write',
    mutates: true,
    entity: 'opportunity',
  }),
  'opportunities.removeDecisionContact': method({
    input: z.strictObject({ opportunity_id: id, contact_id: id }),
    output: opportunityDetail,
    access: 'crm.write',
    mutates: true,
    entity: 'opportunity',
  }),
  /** 竞争分析: a competitor's offer, strengths and weaknesses. */
  'opportunities.saveCompetitor': method({
    input: z.strictObject({
      id: id.optional(),
      opportunity_id: id,
      competitor: text(100),
      offer_amount: optMoney,
      strengths: optText(1000),
      weaknesses: optText(1000),
      notes: optText(500),
    }),
    output: opportunityDetail,
    access: 'crm.write',
    mutates: true,
    entity: 'opportunity',
  }),
  'opportunities.removeCompetitor': method({
    input: z.strictObject({ id }),
    output: opportunityDetail,
    access: 'crm.write',
    mutates: true,
    entity: 'opportunity',
  }),
  /** Expected products (replaces the lines): what a quotation will be made from. */
  'opportunities.setProducts': method({
    input: z.strictObject({
      opportunity_id: id,
      lines: z
        .array(
          z.strictObject({
            product_id: id,
            qty: z.int({ error: 'not_integer' }).min(1).max(1_000_000_000),
            price: moneyNonNeg,
            notes: optText(200),
          }),
        )
        .max(200),
    }),
    output: opportunityDetail,
    access: 'crm.write',
    mutates: true,
    entity: 'opportunity',
  }),
  /** 竞争分析报告: per competitor, how often met, won against, lost to, average offer. */
  'opportunities.competitorReport': method({
    input: z.strictObject({ from: optDate, to: optDate }),
    output: z.object({
      rows: z.array(
        z.object({
          competitor: z.string(),
          opportunities: z.int(),
          open: z.int(),
          won: z.int(),
          lost_to: z.int(),
          avg_offer: z.int().nullable(),
        }),
      ),
    }),
    access: 'crm.report',
    mutates: false,
  }),

  /* ---------------------------------------------------------------- activities */
  'activities.list': method({
    input: listQuery.extend({
      customer_id: id.optional(),
      lead_id: id.optional(),
      opportunity_id: id.optional(),
      user_id: id.optional(),
    }),
    output: listResult(activityRow),
    access: 'crm.read',
    mutates: false,
  }),
  'activities.create': method({
    input: activityInput,
    output: activityRow,
    access: 'crm.write',
    mutates: true,
    entity: 'activity',
  }),

  /* ---------------------------------------------------------------- agenda, reminders, rules */
  /** Follow-ups (overdue / today / this week), due return calls, reminders, birthdays and anniversaries. */
  'crm.agenda': method({
    input: z.strictObject({ user_id: id.optional() }),
    output: agenda,
    access: 'crm.read',
    mutates: false,
  }),
  'crm.reminders': method({
    input: z.strictObject({
      unread_only: z.boolean().default(true),
      limit: z.int().min(1).max(200).default(50),
    }),
    output: z.object({ rows: z.array(reminderRow), unread: z.int() }),
    access: 'authenticated',
    mutates: false,
  }),
  'crm.markRemindersRead': method({
    input: z.strictObject({ ids: z.array(id).max(500).default([]), all: z.boolean().default(false) }),
    output: z.object({ count: z.int() }),
    access: 'authenticated',
    mutates: true,
    entity: 'reminder',
  }),
  'crm.config': method({
    input: empty,
    output: crmConfig,
    access: 'authenticated',
    mutates: false,
  }),
  'crm.setConfig': method({
    input: crmConfig,
    output: crmConfig,
    access: 'settings.manage',
    mutates: true,
    entity: 'settings',
  }),
  /**
   * Runs the time rules now (the background job runs them every few minutes): idle-lead reminders and
   * reclaims, stage overrun reminders, complaint escalation, due after-sales reminders.
   */
  'crm.runDueRules': method({
    input: empty,
    output: z.object({
      lead_reminders: z.int(),
      leads_reclaimed: z.int(),
      stage_reminders: z.int(),
      complaints_escalated: z.int(),
      aftersales_reminders: z.int(),
    }),
    access: 'crm.assign',
    mutates: true,
    entity: 'crm',
  }),
  /** The figures on top of the customer 360 page. */
  'crm.customerSummary': method({
    input: z.strictObject({ customer_id: id }),
    output: z.object({
      customer_id: z.int(),
      open_opportunities: z.int(),
      pipeline_amount: z.int(),
      won_amount: z.int(),
      activities: z.int(),
      first_activity_at: z.string().nullable(),
      last_activity_at: z.string().nullable(),
      next_followup_on: z.string().nullable(),
      open_complaints: z.int(),
      open_aftersales: z.int(),
      lead: z.object({ id: z.int(), code: z.string() }).nullable(),
    }),
    access: 'crm.read',
    mutates: false,
  }),
  /** 归属判定: the system proposes (registered name → first follow-up → first opportunity). */
  'crm.arbitrationProposal': method({
    input: z.strictObject({ a: recordRef, b: recordRef, registered_name: optText(200) }),
    output: arbitrationProposal,
    access: 'crm.assign',
    mutates: false,
  }),
  /** The manager decides: the losing record merges into the winner, history kept. */
  'crm.arbitrate': method({
    input: z.strictObject({
      a: recordRef,
      b: recordRef,
      winner: z.enum(['a', 'b']),
      reason: text(500),
      registered_name: optText(200),
    }),
    output: z.object({
      winner: recordRef,
      survivor: recordRef,
      owner_id: z.int().nullable(),
      moved: z.record(z.string(), z.int()),
    }),
    access: 'crm.assign',
    mutates: true,
    entity: 'crm',
  }),

  /* ---------------------------------------------------------------- attachments */
  'crm.attach': method({
    input: attachmentUpload.extend({ entity_type: z.enum(ATTACHMENT_ENTITIES), entity_id: id }),
    output: attachmentMeta,
    access: 'authenticated',
    mutates: true,
    entity: 'attachment',
  }),
  'crm.attachmentGet': method({
    input: z.strictObject({ id }),
    output: attachmentMeta.extend({ content_base64: z.string() }),
    access: 'authenticated',
    mutates: false,
  }),
  'crm.attachmentRemove': method({
    input: z.strictObject({ id }),
    output: attachmentMeta,
    access: 'authenticated',
    mutates: true,
    entity: 'attachment',
  }),
};

/* ================================================================== after-sales and complaints */

export const complaintDetail = complaintRow.extend({
  contact_id: z.int().nullable(),
  supervisor_id: z.int().nullable(),
  tech_user_id: z.int().nullable(),
  routed_at: z.string().nullable(),
  tech_result: z.string().nullable(),
  solution: z.string().nullable(),
  logs: z.array(
    z.object({
      id,
      at: z.string(),
      user_name: z.string().nullable(),
      action: z.string(),
      note: z.string().nullable(),
    }),
  ),
  attachments: z.array(attachmentMeta),
  can_handle: z.boolean(),
});
export type ComplaintDetail = z.infer<typeof complaintDetail>;

const reportRow = z.object({
  key: z.string(),
  label: z.string(),
  count: z.int(),
  open: z.int(),
  closed: z.int(),
  escalated: z.int(),
  avg_resolve_hours: z.number().nullable(),
  avg_satisfaction: z.number().nullable(),
});

export const serviceContract = {
  'complaints.list': method({
    input: listQuery.extend({
      customer_id: id.optional(),
      status: z.enum(COMPLAINT_STATUSES).optional(),
      open_only: z.boolean().optional(),
    }),
    output: listResult(complaintRow),
    access: 'service.read',
    mutates: false,
  }),
  'complaints.get': method({
    input: z.strictObject({ id }),
    output: complaintDetail,
    access: 'service.read',
    mutates: false,
  }),
  'complaints.create': method({
    input: z.strictObject({
      kind: z.enum(COMPLAINT_KINDS),
      customer_id: id,
      contact_id: id.nullish().transform((v) => v ?? null),
      product_id: id.nullish().transform((v) => v ?? null),
      cause: z.enum(COMPLAINT_CAUSES),
      severity: z.enum(SEVERITIES),
      description: text(4000),
      owner_id: id.optional(),
      attachments: z.array(attachmentUpload).max(5).default([]),
    }),
    output: complaintDetail,
    access: 'service.write',
    mutates: true,
    entity: 'complaint',
  }),
  'complaints.addLog': method({
    input: z.strictObject({ id, note: text(2000) }),
    output: complaintDetail,
    access: 'service.write',
    mutates: true,
    entity: 'complaint',
  }),
  /** Repair / return: to the technical department … */
  'complaints.routeToTech': method({
    input: z.strictObject({ id, tech_user_id: id, note: text(2000) }),
    output: complaintDetail,
    access: 'service.write',
    mutates: true,
    entity: 'complaint',
  }),
  /** … and back with the technical result. */
  'complaints.techReturn': method({
    input: z.strictObject({ id, result: text(2000) }),
    output: complaintDetail,
    access: 'service.write',
    mutates: true,
    entity: 'complaint',
  }),
  'complaints.assign': method({
    input: z.strictObject({ id, owner_id: id, note: optText(500) }),
    output: complaintDetail,
    access: 'crm.assign',
    mutates: true,
    entity: 'complaint',
  }),
  /** Closing records the solution and the customer's satisfaction (1–5). */
  'complaints.close': method({
    input: z.strictObject({
      id,
      solution: text(2000),
      satisfaction: z.int({ error: 'not_integer' }).min(1).max(5),
    }),
    output: complaintDetail,
    access: 'service.write',
    mutates: true,
    entity: 'complaint',
  }),
  /** Complaints by product / cause / customer / owner / kind: counts, time to resolve, satisfaction. */
  'complaints.report': method({
    input: z.strictObject({
      from: optDate,
      to: optDate,
      group_by: z.enum(['product', 'cause', 'customer', 'owner', 'kind']),
    }),
    output: z.object({
      rows: z.array(reportRow),
      total: reportRow,
      aftersales: z.object({
        calls_done: z.int(),
        avg_satisfaction: z.number().nullable(),
        open_overdue: z.int(),
      }),
    }),
    access: 'crm.report',
    mutates: false,
  }),
  'aftersales.list': method({
    input: listQuery.extend({
      customer_id: id.optional(),
      assignee_id: id.optional(),
      status: z.enum(['open', 'done', 'cancelled']).optional(),
    }),
    output: listResult(aftersalesTaskRow),
    access: 'service.read',
    mutates: false,
  }),
  /** Record the archive check or the return call (the call is logged as an activity with its satisfaction). */
  'aftersales.complete': method({
    input: z.strictObject({
      id,
      version,
      summary: text(2000),
      satisfaction: z.int({ error: 'not_integer' }).min(1).max(5).nullish(),
      contact_id: id.nullish().transform((v) => v ?? null),
      next_followup_on: optDate,
    }),
    output: aftersalesTaskRow,
    access: 'service.write',
    mutates: true,
    entity: 'aftersales',
  }),
  /** A service job recorded by hand; schedules the after-sales care like a shipment does. */
  'aftersales.recordServiceJob': method({
    input: z.strictObject({
      customer_id: id,
      product_id: id.nullish().transform((v) => v ?? null),
      description: text(2000),
      completed_on: isoDate,
    }),
    output: z.object({ id: z.int(), code: z.string(), tasks: z.array(aftersalesTaskRow) }),
    access: 'service.write',
    mutates: true,
    entity: 'service_job',
  }),
};
