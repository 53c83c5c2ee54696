import { bool, date, int, money, pk, ref, stamps, str, table, timestamp, txt } from './define';

/**
 * Staff (人员管理), plans and targets (销售计划 / 指标). Tables of issue 7.
 */

/** The organisation tree: company → regions → sales offices / departments → teams. */
export const orgUnits = table(
  'org_units',
  {
    id: pk(),
    code: str(20),
    name: str(50),
    /** company | region | office | department | team */
    kind: str(12),
    parent_id: ref('org_units', { nullable: true }),
    /** 负责人: the unit's head sees everyone in the unit and below (team / region scope). */
    head_id: ref('users', { nullable: true }),
    sort: int({ default: 0 }),
    active: bool(true),
    ...stamps(),
  },
  {
    uniques: [{ name: 'uq_org_units_code', columns: ['code'] }],
    indices: [
      { name: 'ix_org_units_parent', columns: ['parent_id'] },
      { name: 'ix_org_units_head', columns: ['head_id'] },
    ],
  },
);

/** One row per employee (users.id): where they sit in the tree and their employment dates. */
export const staffProfiles = table(
  'staff_profiles',
  {
    user_id: { ...ref('users'), primary: true },
    org_unit_id: ref('org_units', { nullable: true }),
    position: str(50, { nullable: true }),
    hire_date: date({ nullable: true }),
    left_date: date({ nullable: true }),
    /** Data-scope override (own / team / region / all); null = from the roles. */
    data_scope: str(10, { nullable: true }),
    updated_at: timestamp(),
    version: int({ default: 0 }),
  },
  { indices: [{ name: 'ix_staff_profiles_unit', columns: ['org_unit_id'] }] },
);

/** 员工变动: transfers, role changes, leaving (with the handover summary). History, never edited. */
export const staffChanges = table(
  'staff_changes',
  {
    id: pk(),
    user_id: ref('users'),
    /** transfer | role | leave | rehire */
    kind: str(12),
    effective_date: date(),
    from_org_unit_id: ref('org_units', { nullable: true }),
    to_org_unit_id: ref('org_units', { nullable: true }),
    from_manager_id: ref('users', { nullable: true }),
    to_manager_id: ref('users', { nullable: true }),
    from_roles: str(200, { nullable: true }),
    to_roles: str(200, { nullable: true }),
    handover_to_id: ref('users', { nullable: true }),
    /** JSON: { customers: 12, customer_co_owners: 3, leads: 4 … } */
    handover_summary: str(1000, { nullable: true }),
    reason: str(200, { nullable: true }),
    created_by: ref('users'),
    created_at: timestamp(),
  },
  { indices: [{ name: 'ix_staff_changes_user', columns: ['user_id', 'created_at'] }] },
);

/** 员工状态: studying, visiting, complaint, leave, trip … with a time range; leave and trips need approval. */
export const staffStatuses = table(
  'staff_statuses',
  {
    id: pk(),
    user_id: ref('users'),
    kind: str(16),
    starts_at: timestamp(),
    ends_at: timestamp(),
    note: str(200, { nullable: true }),
    /** none | pending | approved | rejected | cancelled */
    approval: str(10),
    approver_id: ref('users', { nullable: true }),
    approved_at: timestamp({ nullable: true }),
    approval_note: str(200, { nullable: true }),
    ...stamps(),
  },
  {
    indices: [
      { name: 'ix_staff_statuses_user', columns: ['user_id', 'starts_at'] },
      { name: 'ix_staff_statuses_range', columns: ['starts_at', 'ends_at'] },
    ],
  },
);

/** 工作日报: one per employee and day. */
export const workReports = table(
  'work_reports',
  {
    id: pk(),
    user_id: ref('users'),
    report_date: date(),
    done: txt(),
    visits: txt({ nullable: true }),
    visit_count: int({ default: 0 }),
    problems: txt({ nullable: true }),
    plan: txt({ nullable: true }),
    submitted_at: timestamp(),
    /** Submitted after the deadline (18:00 of the report day by default). */
    late: bool(false),
    read_by: ref('users', { nullable: true }),
    read_at: timestamp({ nullable: true }),
    comment_count: int({ default: 0 }),
    ...stamps(),
  },
  {
    uniques: [{ name: 'uq_work_reports_user_date', columns: ['user_id', 'report_date'] }],
    indices: [{ name: 'ix_work_reports_date', columns: ['report_date'] }],
  },
);

/** The manager's comments and replies (批复) on a report, and the author's answers. */
export const workReportComments = table(
  'work_report_comments',
  {
    id: pk(),
    report_id: ref('work_reports'),
    user_id: ref('users'),
    body: str(1000),
    created_at: timestamp(),
  },
  { indices: [{ name: 'ix_work_report_comments_report', columns: ['report_id'] }] },
);

/** 日程与任务: own schedule entries and tasks assigned by someone else. */
export const staffTasks = table(
  'staff_tasks',
  {
    id: pk(),
    /** schedule | task */
    kind: str(10),
    subject: str(100),
    description: txt({ nullable: true }),
    assignee_id: ref('users'),
    creator_id: ref('users'),
    customer_id: ref('customers', { nullable: true }),
    starts_at: timestamp(),
    ends_at: timestamp(),
    /** pending (awaiting acceptance) | accepted | rejected | done | cancelled */
    status: str(10),
    remind_at: timestamp({ nullable: true }),
    reminded_at: timestamp({ nullable: true }),
    postpone_count: int({ default: 0 }),
    result: str(500, { nullable: true }),
    completed_at: timestamp({ nullable: true }),
    ...stamps(),
  },
  {
    indices: [
      { name: 'ix_staff_tasks_assignee', columns: ['assignee_id', 'starts_at'] },
      { name: 'ix_staff_tasks_creator', columns: ['creator_id'] },
      { name: 'ix_staff_tasks_remind', columns: ['remind_at'] },
    ],
  },
);

export const staffTaskEvents = table(
  'staff_task_events',
  {
    id: pk(),
    task_id: ref('staff_tasks'),
    user_id: ref('users', { nullable: true }),
    /** create | accept | reject | remind | postpone | complete | cancel | edit */
    action: str(12),
    note: str(500, { nullable: true }),
    at: timestamp(),
  },
  { indices: [{ name: 'ix_staff_task_events_task', columns: ['task_id'] }] },
);

/** Reminders shown to a user (task reminders, missing daily report, approval waiting). */
export const staffReminders = table(
  'staff_reminders',
  {
    id: pk(),
    user_id: ref('users'),
    kind: str(20),
    ref_type: str(20, { nullable: true }),
    ref_id: int({ nullable: true }),
    message: str(300),
    /** Makes periodic jobs idempotent: the same reminder is not created twice. */
    dedupe_key: str(120),
    created_at: timestamp(),
    read_at: timestamp({ nullable: true }),
  },
  {
    uniques: [{ name: 'uq_staff_reminders_dedupe', columns: ['dedupe_key'] }],
    indices: [{ name: 'ix_staff_reminders_user', columns: ['user_id', 'read_at'] }],
  },
);

/** 考勤: one row per employee and day; times are office-local HH:mm. */
export const attendanceRecords = table(
  'attendance_records',
  {
    id: pk(),
    user_id: ref('users'),
    work_date: date(),
    check_in: str(5, { nullable: true }),
    check_out: str(5, { nullable: true }),
    /** entry | import | self */
    source: str(10),
    note: str(200, { nullable: true }),
    created_by: ref('users', { nullable: true }),
    ...stamps(),
  },
  {
    uniques: [{ name: 'uq_attendance_user_date', columns: ['user_id', 'work_date'] }],
    indices: [{ name: 'ix_attendance_date', columns: ['work_date'] }],
  },
);

/** 销售计划: one plan per year and metric (revisions replace it once approved). */
export const targetPlans = table(
  'target_plans',
  {
    id: pk(),
    number: str(20, { nullable: true }),
    year: int(),
    /** sales | collection | quantity | new_customers */
    metric: str(20),
    /** Where actuals come from: orders | invoices | receipts | customers */
    basis: str(12),
    revision: int({ default: 1 }),
    /** draft | approved | superseded */
    status: str(12),
    name: str(100),
    owner_id: ref('users'),
    notes: str(500, { nullable: true }),
    created_by: ref('users', { nullable: true }),
    approved_by: ref('users', { nullable: true }),
    approved_at: timestamp({ nullable: true }),
    ...stamps(),
  },
  {
    uniques: [{ name: 'uq_target_plans_rev', columns: ['year', 'metric', 'revision'] }],
    indices: [{ name: 'ix_target_plans_status', columns: ['year', 'metric', 'status'] }],
  },
);

/**
 * 指标分解: one node per subject in the plan's tree (company → region → team → salesperson → product /
 * customer), with its amounts per period inline: year, four quarters, twelve months. Amounts are fen
 * (money metrics), thousandths (quantity) or counts (new customers).
 */
const periodColumns = () => {
  const cols: Record<string, ReturnType<typeof money>> = { v_y: money({ nullable: true }) };
  for (let q = 1; q <= 4; q++) cols[`v_q${q}`] = money({ nullable: true });
  for (let m = 1; m <= 12; m++) cols[`v_m${m}`] = money({ nullable: true });
  return cols;
};

export const targetNodes = table(
  'target_nodes',
  {
    id: pk(),
    plan_id: ref('target_plans'),
    parent_id: ref('target_nodes', { nullable: true }),
    /** company | org_unit | user | product | customer */
    subject_type: str(12),
    subject_id: int({ nullable: true }),
    owner_id: ref('users', { nullable: true }),
    sort: int({ default: 0 }),
    ...periodColumns(),
  },
  {
    indices: [
      { name: 'ix_target_nodes_plan', columns: ['plan_id', 'parent_id'] },
      { name: 'ix_target_nodes_subject', columns: ['subject_type', 'subject_id'] },
    ],
  },
);

export const STAFF_ENTITIES = [
  orgUnits,
  staffProfiles,
  staffChanges,
  staffStatuses,
  workReports,
  workReportComments,
  staffTasks,
  staffTaskEvents,
  staffReminders,
  attendanceRecords,
  targetPlans,
  targetNodes,
];
