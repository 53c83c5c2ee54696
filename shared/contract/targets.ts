import { z } from 'zod';
import { method } from './define';
import { id, listQuery, listResult, optText, text, version, isoDate } from './common';
import { customerRow } from './customers';
import { uploadInput, xlsxFile } from './staff';

/**
 * Plans and targets (销售计划 / 指标) and the evaluation analytics built on them.
 *
 * A plan holds one metric for one year. Its nodes form a tree (company → region → team → salesperson →
 * product / customer), each with amounts for the year, the four quarters and the twelve months. The parts
 * must sum to the whole: quarters to the year, months to their quarter, children to their parent for every
 * period the parent has. A draft may be unbalanced (the screen shows where); approval refuses it.
 */

export const TARGET_METRICS = ['sales', 'collection', 'quantity', 'new_customers'] as const;
export type TargetMetric = (typeof TARGET_METRICS)[number];

/** Every figure the evaluation knows; sources register for them as the areas that own the data land. */
export const EVAL_METRICS = [
  'sales',
  'collection',
  'quantity',
  'profit',
  'new_customers',
  'visits',
  'complaints',
] as const;
export type EvalMetric = (typeof EVAL_METRICS)[number];

export const BASES = ['orders', 'invoices', 'receipts', 'customers', 'work_reports', 'crm'] as const;
export type Basis = (typeof BASES)[number];
export const BASIS_LABELS: Record<Basis, { zh: string; en: string }> = {
  orders: { zh: '已审核订单', en: 'Approved orders' },
  invoices: { zh: '已开发票', en: 'Invoices' },
  receipts: { zh: '收款单', en: 'Receipts' },
  customers: { zh: '新建客户', en: 'New customers' },
  work_reports: { zh: '工作日报', en: 'Daily reports' },
  crm: { zh: '客户关系', en: 'CRM' },
};

export type MetricUnit = 'fen' | 'milli' | 'count';
export const METRIC_INFO: Record<
  EvalMetric,
  { zh: string; en: string; unit: MetricUnit; bases: readonly Basis[] }
> = {
  sales: { zh: '销售额', en: 'Sales', unit: 'fen', bases: ['orders', 'invoices'] },
  collection: { zh: '回款额', en: 'Collections', unit: 'fen', bases: ['receipts'] },
  quantity: { zh: '销售数量', en: 'Quantity', unit: 'milli', bases: ['orders', 'invoices'] },
  profit: { zh: '毛利贡献', en: 'Profit contribution', unit: 'fen', bases: ['orders', 'invoices'] },
  new_customers: { zh: '新客户数', en: 'New customers', unit: 'count', bases: ['customers'] },
  visits: { zh: '拜访次数', en: 'Visits', unit: 'count', bases: ['work_reports', 'crm'] },
  complaints: { zh: '投诉数', en: 'Complaints', unit: 'count', bases: ['crm'] },
};

export const SUBJECT_TYPES = ['company', 'org_unit', 'user', 'product', 'customer'] as const;
export type SubjectType = (typeof SUBJECT_TYPES)[number];
export const SUBJECT_LABELS: Record<SubjectType, { zh: string; en: string }> = {
  company: { zh: '公司', en: 'Company' },
  org_unit: { zh: '组织', en: 'Unit' },
  user: { zh: '业务员', en: 'Salesperson' },
  product: { zh: '产品', en: 'Product' },
  customer: { zh: '客户', en: 'Customer' },
};

/** y = year, q1…q4, m1…m12 (months of the plan's year). */
export const PERIOD_KEYS = [
  'y',
  'q1',
  'q2',
  'q3',
  'q4',
  'm1',
  'm2',
  'm3',
  'm4',
  'm5',
  'm6',
  'm7',
  'm8',
  'm9',
  'm10',
  'm11',
  'm12',
] as const;
export type PeriodKey = (typeof PERIOD_KEYS)[number];
export const PERIOD_LABELS: Record<PeriodKey, { zh: string; en: string }> = Object.fromEntries(
  PERIOD_KEYS.map((k) => [
    k,
    k === 'y'
      ? { zh: '全年', en: 'Year' }
      : k.startsWith('q')
        ? { zh: `${'一二三四'[Number(k.slice(1)) - 1]}季度`, en: `Q${k.slice(1)}` }
        : { zh: `${k.slice(1)}月`, en: `M${k.slice(1)}` },
  ]),
) as Record<PeriodKey, { zh: string; en: string }>;

const amount = z.int({ error: 'not_integer' }).min(0).max(9_000_000_000_000_000, { error: 'money_range' });
const optAmount = amount.nullable();
export const periodValues = z.strictObject(
  Object.fromEntries(PERIOD_KEYS.map((k) => [k, optAmount.default(null)])) as Record<
    PeriodKey,
    z.ZodDefault<z.ZodNullable<typeof amount>>
  >,
);
export type PeriodValues = Record<PeriodKey, number | null>;
const periodValuesOut = z.object(
  Object.fromEntries(PERIOD_KEYS.map((k) => [k, z.int().nullable()])) as Record<
    PeriodKey,
    z.ZodNullable<z.ZodInt>
  >,
);

export const PLAN_STATUSES = ['draft', 'approved', 'superseded'] as const;
export const PLAN_STATUS_LABELS: Record<(typeof PLAN_STATUSES)[number], { zh: string; en: string }> = {
  draft: { zh: '草稿', en: 'Draft' },
  approved: { zh: '已下达', en: 'Approved' },
  superseded: { zh: '已被修订', en: 'Superseded' },
};

export const planRow = z.object({
  id,
  number: z.string().nullable(),
  year: z.int(),
  metric: z.enum(TARGET_METRICS),
  basis: z.enum(BASES),
  revision: z.int(),
  status: z.enum(PLAN_STATUSES),
  name: z.string(),
  owner_id: id,
  owner_name: z.string(),
  notes: z.string().nullable(),
  approved_by_name: z.string().nullable(),
  approved_at: z.string().nullable(),
  total: z.int().nullable(),
  node_count: z.int(),
  version,
});
export type PlanRow = z.infer<typeof planRow>;

export const nodeRow = z.object({
  id,
  parent_id: z.int().nullable(),
  subject_type: z.enum(SUBJECT_TYPES),
  subject_id: z.int().nullable(),
  subject_code: z.string().nullable(),
  subject_name: z.string(),
  owner_id: z.int().nullable(),
  owner_name: z.string().nullable(),
  values: periodValuesOut,
  child_count: z.int(),
  /** The caller may edit this node's decomposition (its children). */
  can_edit: z.boolean(),
});
export type NodeRow = z.infer<typeof nodeRow>;

export const ISSUE_KINDS = ['year_missing', 'quarters', 'months', 'children'] as const;
export const planIssue = z.object({
  node_id: id,
  path: z.string(),
  period: z.enum(PERIOD_KEYS),
  kind: z.enum(ISSUE_KINDS),
  expected: z.int().nullable(),
  actual: z.int().nullable(),
  message_zh: z.string(),
  message_en: z.string(),
});
export type PlanIssue = z.infer<typeof planIssue>;

export const planBlock = z.object({
  plan: planRow,
  node: nodeRow,
  path: z.array(z.object({ id, name: z.string() })),
  children: z.array(nodeRow),
  /** Some children are outside the caller's scope (not listed): the visible ones need not add up. */
  partial: z.boolean(),
  issues: z.array(planIssue),
});
export type PlanBlock = z.infer<typeof planBlock>;

const childInput = z.strictObject({
  id: id.optional(),
  subject_type: z.enum(['org_unit', 'user', 'product', 'customer']),
  subject_id: id,
  owner_id: id.nullish().transform((v) => v ?? null),
  values: periodValues,
});

/* ------------------------------------------------------------------ analytics */

export const periodSel = z.enum(PERIOD_KEYS);

export const rankingRow = z.object({
  subject_type: z.enum(['user', 'org_unit']),
  subject_id: id,
  name: z.string(),
  org_unit_name: z.string().nullable(),
  target: z.int().nullable(),
  actual: z.int().nullable(),
  last_year: z.int().nullable(),
  completion_bp: z.int().nullable(),
  gap_bp: z.int().nullable(),
  yoy_bp: z.int().nullable(),
  rank: z.int().nullable(),
  yoy_rank: z.int().nullable(),
});
export type RankingRow = z.infer<typeof rankingRow>;

const rankingInput = z.strictObject({
  year: z.int().min(2000).max(2100),
  metric: z.enum(TARGET_METRICS),
  period: periodSel.default('y'),
  level: z.enum(['user', 'org_unit']).default('user'),
  org_unit_id: id.optional(),
});

export const rankingResult = z.object({
  rows: z.array(rankingRow),
  unit: z.enum(['fen', 'milli', 'count']),
  basis: z.enum(BASES),
  source_available: z.boolean(),
  plan_id: z.int().nullable(),
  from: z.string(),
  to: z.string(),
  time_bp: z.int(),
  as_of: z.string(),
});
export type RankingResult = z.infer<typeof rankingResult>;

export const evalFigure = z.object({
  metric: z.enum(EVAL_METRICS),
  unit: z.enum(['fen', 'milli', 'count']),
  basis: z.enum(BASES).nullable(),
  source_available: z.boolean(),
  target: z.int().nullable(),
  actual: z.int().nullable(),
  last_year: z.int().nullable(),
  completion_bp: z.int().nullable(),
  yoy_bp: z.int().nullable(),
  rank: z.int().nullable(),
  of: z.int().nullable(),
});
export type EvalFigure = z.infer<typeof evalFigure>;

export const evaluationSheet = z.object({
  user: z.object({
    id,
    name: z.string(),
    login: z.string(),
    org_unit_name: z.string().nullable(),
    manager_name: z.string().nullable(),
    position: z.string().nullable(),
  }),
  year: z.int(),
  period: periodSel,
  from: z.string(),
  to: z.string(),
  as_of: z.string(),
  time_bp: z.int(),
  figures: z.array(evalFigure),
  collection_rate_bp: z.int().nullable(),
  reports: z.object({
    expected: z.int(),
    submitted: z.int(),
    on_time: z.int(),
    late: z.int(),
    missing: z.int(),
  }),
  attendance: z.object({
    workdays: z.int(),
    present: z.int(),
    late: z.int(),
    early: z.int(),
    absent: z.int(),
    leave_days: z.int(),
    trip_days: z.int(),
  }),
  tasks: z.object({ total: z.int(), done: z.int(), overdue: z.int(), rejected: z.int() }),
});
export type EvaluationSheet = z.infer<typeof evaluationSheet>;

export const dashboardResult = z.object({
  as_of: z.string(),
  year: z.int(),
  month: z.int(),
  time_bp_month: z.int(),
  time_bp_year: z.int(),
  people: z.int(),
  kpis: z.array(
    z.object({
      metric: z.enum(TARGET_METRICS),
      unit: z.enum(['fen', 'milli', 'count']),
      source_available: z.boolean(),
      target_month: z.int().nullable(),
      actual_month: z.int().nullable(),
      completion_month_bp: z.int().nullable(),
      target_year: z.int().nullable(),
      actual_year: z.int().nullable(),
      completion_year_bp: z.int().nullable(),
    }),
  ),
  reports_today: z.object({
    expected: z.int(),
    submitted: z.int(),
    late: z.int(),
    missing_names: z.array(z.string()),
  }),
  reports_month: z.object({ on_time: z.int(), late: z.int(), missing: z.int(), unread: z.int() }),
  attendance_month: z.object({ late: z.int(), early: z.int(), absent: z.int(), leave_days: z.int() }),
  tasks: z.object({ open: z.int(), overdue: z.int(), pending_accept: z.int() }),
  approvals_pending: z.int(),
  status_now: z.array(z.object({ kind: z.string(), count: z.int() })),
});
export type DashboardResult = z.infer<typeof dashboardResult>;

export const monthPoint = z.object({
  month: z.string(),
  target: z.int().nullable(),
  actual: z.int().nullable(),
  last_year: z.int().nullable(),
});

/** One stage of the sales funnel: how many opportunities of the cohort reached it, and what is there now. */
export const funnelStage = z.object({
  key: z.string(),
  zh: z.string(),
  en: z.string(),
  /** Opportunities of the cohort that reached this stage (or went further). */
  reached: z.int(),
  /** Their expected amounts (won: the won amount), fen. */
  reached_amount: z.int(),
  /** Still open at this stage now, and their expected amounts. */
  open_now: z.int(),
  open_amount: z.int(),
  /** reached of the next stage ÷ reached of this one, basis points (null for the last or when none reached). */
  conversion_bp: z.int().nullable(),
});
export const funnelResult = z.object({
  from: z.string(),
  to: z.string(),
  stages: z.array(funnelStage),
  won: z.int(),
  won_amount: z.int(),
  lost: z.int(),
  lost_amount: z.int(),
  /** won ÷ cohort, basis points (null when the cohort is empty). */
  overall_bp: z.int().nullable(),
});
export type FunnelResult = z.infer<typeof funnelResult>;

export const targetsContract = {
  'targets.plans': method({
    input: z.strictObject({ year: z.int().min(2000).max(2100).optional() }),
    output: z.array(planRow),
    access: 'targets.read',
    mutates: false,
  }),
  'targets.createPlan': method({
    input: z.strictObject({
      year: z.int().min(2000).max(2100),
      metric: z.enum(TARGET_METRICS),
      basis: z.enum(BASES).optional(),
      name: optText(100),
      owner_id: id.optional(),
      notes: optText(500),
    }),
    output: planRow,
    access: 'targets.manage',
    mutates: true,
    entity: 'target_plan',
  }),
  'targets.updatePlan': method({
    input: z.strictObject({
      id,
      version,
      name: text(100),
      basis: z.enum(BASES),
      owner_id: id,
      notes: optText(500),
    }),
    output: planRow,
    access: 'targets.manage',
    mutates: true,
    entity: 'target_plan',
  }),
  /** Drafts may be deleted (with their nodes); approved plans never. */
  'targets.deleteDraft': method({
    input: z.strictObject({ id }),
    output: z.object({ ok: z.literal(true) }),
    access: 'targets.manage',
    mutates: true,
    entity: 'target_plan',
  }),
  /** One node and its children (the grid the manager edits), with the whole plan's open issues. */
  'targets.block': method({
    input: z.strictObject({ plan_id: id, node_id: id.optional() }),
    output: planBlock,
    access: 'targets.read',
    mutates: false,
  }),
  /**
   * Saves a node's decomposition: the children listed (new ones without id) replace the node's children;
   * children left out are removed with their own decomposition. The root's own amounts come with it.
   */
  'targets.saveBlock': method({
    input: z.strictObject({
      plan_id: id,
      version,
      node_id: id,
      root: z
        .strictObject({ owner_id: id.nullish().transform((v) => v ?? null), values: periodValues })
        .optional(),
      children: z.array(childInput).max(500),
    }),
    output: planBlock,
    access: 'targets.manage',
    mutates: true,
    entity: 'target_plan',
  }),
  /** 下达: checks that every part sums to its whole, numbers the plan and freezes it. */
  'targets.approve': method({
    input: z.strictObject({ id, version }),
    output: planRow,
    access: 'targets.approve',
    mutates: true,
    entity: 'target_plan',
  }),
  /** 调整: a new draft revision copied from an approved plan; it replaces the plan when approved. */
  'targets.revise': method({
    input: z.strictObject({ id, reason: text(200) }),
    output: planRow,
    access: 'targets.manage',
    mutates: true,
    entity: 'target_plan',
  }),
  /** Replaces a draft's nodes from an .xlsx (the export's layout): all rows or none. */
  'targets.import': method({
    input: z.strictObject({ plan_id: id, version, file_base64: uploadInput }),
    output: planBlock,
    access: 'targets.manage',
    mutates: true,
    entity: 'target_plan',
  }),
  'targets.export': method({
    input: z.strictObject({ plan_id: id }),
    output: xlsxFile,
    access: 'targets.read',
    mutates: false,
  }),

  /* analytics */
  'analytics.ranking': method({
    input: rankingInput,
    output: rankingResult,
    access: 'analytics.read',
    mutates: false,
  }),
  'analytics.exportRanking': method({
    input: rankingInput,
    output: xlsxFile,
    access: 'analytics.read',
    mutates: false,
  }),
  'analytics.trend': method({
    input: z.strictObject({
      year: z.int().min(2000).max(2100),
      metric: z.enum(EVAL_METRICS),
      user_id: id.optional(),
      org_unit_id: id.optional(),
    }),
    output: z.object({
      months: z.array(monthPoint),
      unit: z.enum(['fen', 'milli', 'count']),
      source_available: z.boolean(),
    }),
    access: 'analytics.read',
    mutates: false,
  }),
  'analytics.evaluation': method({
    input: z.strictObject({ user_id: id, year: z.int().min(2000).max(2100), period: periodSel }),
    output: evaluationSheet,
    access: 'analytics.read',
    mutates: false,
  }),
  'analytics.dashboard': method({
    input: z.strictObject({
      year: z.int().min(2000).max(2100).optional(),
      month: z.int().min(1).max(12).optional(),
    }),
    output: dashboardResult,
    access: 'analytics.read',
    mutates: false,
  }),
  /** 销售漏斗: opportunities opened in the period (the caller's scope), by the furthest stage they reached. */
  'analytics.funnel': method({
    input: z.strictObject({
      year: z.int().min(2000).max(2100),
      month: z.int().min(1).max(12).optional(),
      user_id: id.optional(),
    }),
    output: funnelResult,
    access: 'analytics.read',
    mutates: false,
  }),
  /** Drill-down behind the new-customer figures: the customers themselves, paged. */
  'analytics.newCustomers': method({
    input: listQuery.extend({
      user_id: id.optional(),
      org_unit_id: id.optional(),
      from: isoDate,
      to: isoDate,
    }),
    output: listResult(customerRow),
    access: 'analytics.read',
    mutates: false,
  }),
};
