import { z } from 'zod';
import { method } from './define';
import { empty, id, isoDate, listQuery, listResult, ok, optDate, optText, text, version } from './common';
import { DATA_SCOPES, ROLES } from './permissions';

/**
 * Staff (人员管理): organisation tree, employee profiles and changes (员工变动) with handover, status board,
 * daily work reports (工作日报), schedules and tasks (日程与任务), attendance (考勤), staff settings.
 */

export const ORG_KINDS = ['company', 'region', 'office', 'department', 'team'] as const;
export type OrgKind = (typeof ORG_KINDS)[number];
export const ORG_KIND_LABELS: Record<OrgKind, { zh: string; en: string }> = {
  company: { zh: '公司', en: 'Company' },
  region: { zh: '大区', en: 'Region' },
  office: { zh: '办事处', en: 'Sales office' },
  department: { zh: '部门', en: 'Department' },
  team: { zh: '小组', en: 'Team' },
};

export const SCOPE_LABELS: Record<(typeof DATA_SCOPES)[number], { zh: string; en: string }> = {
  own: { zh: '本人', en: 'Own' },
  team: { zh: '团队', en: 'Team' },
  region: { zh: '区域', en: 'Region' },
  all: { zh: '全部', en: 'All' },
};

/** A time of day in the office's local time. */
export const hhmm = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, { error: 'invalid_time' });
export const optHhmm = z.preprocess((v) => (v === '' ? null : v), hhmm.nullish()).transform((v) => v ?? null);
/** An instant: ISO-8601 with offset or Z; stored as UTC ISO. */
export const instant = z.iso
  .datetime({ offset: true, error: 'invalid_datetime' })
  .transform((s) => new Date(s).toISOString());
export const month = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, { error: 'invalid_month' });

/* ------------------------------------------------------------------ organisation */

export const orgUnitRow = z.object({
  id,
  code: z.string(),
  name: z.string(),
  kind: z.enum(ORG_KINDS),
  parent_id: z.int().nullable(),
  head_id: z.int().nullable(),
  head_name: z.string().nullable(),
  sort: z.int(),
  member_count: z.int(),
  active: z.boolean(),
  version,
});
export type OrgUnitRow = z.infer<typeof orgUnitRow>;

/* ------------------------------------------------------------------ employees */

export const staffRow = z.object({
  id,
  login: z.string(),
  name: z.string(),
  roles: z.array(z.enum(ROLES)),
  manager_id: z.int().nullable(),
  manager_name: z.string().nullable(),
  org_unit_id: z.int().nullable(),
  org_unit_name: z.string().nullable(),
  position: z.string().nullable(),
  phone: z.string().nullable(),
  hire_date: z.string().nullable(),
  left_date: z.string().nullable(),
  data_scope: z.enum(DATA_SCOPES).nullable(),
  active: z.boolean(),
  profile_version: version,
  user_version: version,
});
export type StaffRow = z.infer<typeof staffRow>;

export const STAFF_CHANGE_KINDS = ['transfer', 'role', 'leave'] as const;
export const STAFF_CHANGE_LABELS: Record<(typeof STAFF_CHANGE_KINDS)[number], { zh: string; en: string }> = {
  transfer: { zh: '调动', en: 'Transfer' },
  role: { zh: '角色变更', en: 'Role change' },
  leave: { zh: '离职', en: 'Leaving' },
};

export const staffChangeRow = z.object({
  id,
  user_id: id,
  user_name: z.string(),
  kind: z.enum(STAFF_CHANGE_KINDS),
  effective_date: z.string(),
  from_org_unit_name: z.string().nullable(),
  to_org_unit_name: z.string().nullable(),
  from_manager_name: z.string().nullable(),
  to_manager_name: z.string().nullable(),
  from_roles: z.array(z.string()),
  to_roles: z.array(z.string()),
  handover_to_name: z.string().nullable(),
  handover: z.record(z.string(), z.int()).nullable(),
  reason: z.string().nullable(),
  created_by_name: z.string(),
  created_at: z.string(),
});
export type StaffChangeRow = z.infer<typeof staffChangeRow>;

export const handoverItem = z.object({
  name: z.string(),
  label_zh: z.string(),
  label_en: z.string(),
  count: z.int(),
});
export type HandoverItem = z.infer<typeof handoverItem>;

/* ------------------------------------------------------------------ status board */

export const STATUS_KINDS = [
  'office',
  'studying',
  'visiting',
  'complaint',
  'leave',
  'trip',
  'requirement',
  'other',
] as const;
export type StatusKind = (typeof STATUS_KINDS)[number];
export const STATUS_LABELS: Record<StatusKind, { zh: string; en: string }> = {
  office: { zh: '在岗', en: 'In office' },
  studying: { zh: '学习', en: 'Studying' },
  visiting: { zh: '访客', en: 'Visiting' },
  complaint: { zh: '处理投诉', en: 'Handling complaint' },
  leave: { zh: '请假', en: 'Leave' },
  trip: { zh: '出差', en: 'Business trip' },
  requirement: { zh: '需求提交', en: 'Submitting requirements' },
  other: { zh: '其他', en: 'Other' },
};
/** Kinds that need the manager's approval. */
export const STATUS_NEEDS_APPROVAL: readonly StatusKind[] = ['leave', 'trip'];
export const APPROVALS = ['none', 'pending', 'approved', 'rejected', 'cancelled'] as const;
export const APPROVAL_LABELS: Record<(typeof APPROVALS)[number], { zh: string; en: string }> = {
  none: { zh: '无需审批', en: 'No approval' },
  pending: { zh: '待审批', en: 'Pending' },
  approved: { zh: '已批准', en: 'Approved' },
  rejected: { zh: '已驳回', en: 'Rejected' },
  cancelled: { zh: '已取消', en: 'Cancelled' },
};

export const statusRow = z.object({
  id,
  user_id: id,
  user_name: z.string(),
  kind: z.enum(STATUS_KINDS),
  starts_at: z.string(),
  ends_at: z.string(),
  note: z.string().nullable(),
  approval: z.enum(APPROVALS),
  approver_name: z.string().nullable(),
  approved_at: z.string().nullable(),
  approval_note: z.string().nullable(),
  /** The caller may approve or reject it. */
  can_approve: z.boolean(),
  created_at: z.string(),
  version,
});
export type StatusRow = z.infer<typeof statusRow>;

export const boardRow = z.object({
  user_id: id,
  name: z.string(),
  org_unit_name: z.string().nullable(),
  kind: z.enum(STATUS_KINDS),
  since: z.string().nullable(),
  until: z.string().nullable(),
  /** Only for people in the caller's scope. */
  note: z.string().nullable(),
  /** Their next status today or later (approved or not needing approval). */
  next_kind: z.enum(STATUS_KINDS).nullable(),
  next_at: z.string().nullable(),
});
export type BoardRow = z.infer<typeof boardRow>;

/* ------------------------------------------------------------------ daily work reports */

export const workReportRow = z.object({
  id,
  user_id: id,
  user_name: z.string(),
  report_date: z.string(),
  done: z.string(),
  visits: z.string().nullable(),
  visit_count: z.int(),
  problems: z.string().nullable(),
  plan: z.string().nullable(),
  submitted_at: z.string(),
  late: z.boolean(),
  read_by_name: z.string().nullable(),
  read_at: z.string().nullable(),
  comment_count: z.int(),
  version,
});
export type WorkReportRow = z.infer<typeof workReportRow>;

export const reportComment = z.object({
  id,
  user_id: id,
  user_name: z.string(),
  body: z.string(),
  created_at: z.string(),
});

export const workReportDetail = workReportRow.extend({
  comments: z.array(reportComment),
  can_edit: z.boolean(),
  can_review: z.boolean(),
});
export type WorkReportDetail = z.infer<typeof workReportDetail>;

export const reportStatRow = z.object({
  user_id: id,
  name: z.string(),
  expected: z.int(),
  submitted: z.int(),
  on_time: z.int(),
  late: z.int(),
  missing: z.int(),
  unread: z.int(),
  missing_dates: z.array(z.string()),
});
export type ReportStatRow = z.infer<typeof reportStatRow>;

/* ------------------------------------------------------------------ schedules and tasks */

export const TASK_KINDS = ['schedule', 'task'] as const;
export const TASK_STATUSES = ['pending', 'accepted', 'rejected', 'done', 'cancelled'] as const;
export type TaskStatus = (typeof TASK_STATUSES)[number];
export const TASK_STATUS_LABELS: Record<TaskStatus, { zh: string; en: string }> = {
  pending: { zh: '待接受', en: 'Awaiting acceptance' },
  accepted: { zh: '进行中', en: 'In progress' },
  rejected: { zh: '已拒绝', en: 'Rejected' },
  done: { zh: '已完成', en: 'Done' },
  cancelled: { zh: '已取消', en: 'Cancelled' },
};
export const TASK_KIND_LABELS: Record<(typeof TASK_KINDS)[number], { zh: string; en: string }> = {
  schedule: { zh: '日程', en: 'Schedule' },
  task: { zh: '任务', en: 'Task' },
};

export const taskRow = z.object({
  id,
  kind: z.enum(TASK_KINDS),
  subject: z.string(),
  description: z.string().nullable(),
  assignee_id: id,
  assignee_name: z.string(),
  creator_id: id,
  creator_name: z.string(),
  customer_id: z.int().nullable(),
  customer_name: z.string().nullable(),
  starts_at: z.string(),
  ends_at: z.string(),
  status: z.enum(TASK_STATUSES),
  remind_at: z.string().nullable(),
  postpone_count: z.int(),
  result: z.string().nullable(),
  completed_at: z.string().nullable(),
  overdue: z.boolean(),
  version,
});
export type TaskRow = z.infer<typeof taskRow>;

export const taskEvent = z.object({
  action: z.string(),
  user_name: z.string().nullable(),
  note: z.string().nullable(),
  at: z.string(),
});

export const taskDetail = taskRow.extend({ events: z.array(taskEvent) });
export type TaskDetail = z.infer<typeof taskDetail>;

export const reminderRow = z.object({
  id,
  kind: z.string(),
  ref_type: z.string().nullable(),
  ref_id: z.int().nullable(),
  message: z.string(),
  created_at: z.string(),
  read_at: z.string().nullable(),
});
export type ReminderRow = z.infer<typeof reminderRow>;

/* ------------------------------------------------------------------ attendance */

export const attendanceRow = z.object({
  id,
  user_id: id,
  user_name: z.string(),
  login: z.string(),
  work_date: z.string(),
  check_in: z.string().nullable(),
  check_out: z.string().nullable(),
  late: z.boolean(),
  early: z.boolean(),
  source: z.enum(['entry', 'import', 'self']),
  note: z.string().nullable(),
  version,
});
export type AttendanceRow = z.infer<typeof attendanceRow>;

export const attendanceStatRow = z.object({
  user_id: id,
  name: z.string(),
  login: z.string(),
  workdays: z.int(),
  present: z.int(),
  late: z.int(),
  early: z.int(),
  absent: z.int(),
  leave_days: z.int(),
  trip_days: z.int(),
  missing_checkout: z.int(),
});
export type AttendanceStatRow = z.infer<typeof attendanceStatRow>;

export const importError = z.object({
  row: z.int(),
  column: z.string(),
  message_zh: z.string(),
  message_en: z.string(),
});
export type ImportError = z.infer<typeof importError>;

export const xlsxFile = z.object({ file_name: z.string(), base64: z.string() });
/** An uploaded spreadsheet (base64), at most about 5 MB. */
export const uploadInput = z
  .string()
  .min(1, { error: 'required' })
  .max(7_000_000, { error: 'file_too_large_5mb' });

/* ------------------------------------------------------------------ settings */

export const staffSettings = z.strictObject({
  work_start: hhmm.default('09:00'),
  work_end: hhmm.default('18:00'),
  /** Minutes after work_start before a check-in counts as late. */
  late_grace_minutes: z.int().min(0).max(240).default(0),
  /** ISO weekdays that are working days (1 = Monday … 7 = Sunday). */
  workdays: z.array(z.int().min(1).max(7)).max(7).default([1, 2, 3, 4, 5]),
  /** Daily work reports are due by this time on the report day. */
  report_deadline: hhmm.default('18:00'),
  /** Public holidays (days off) and swapped working days (调休上班). */
  holidays: z.array(isoDate).max(100).default([]),
  extra_workdays: z.array(isoDate).max(50).default([]),
});
export type StaffSettings = z.output<typeof staffSettings>;

/* ------------------------------------------------------------------ contract */

const listOf = <T extends z.ZodType>(row: T) => listResult(row);

export const staffContract = {
  /* organisation */
  'org.tree': method({
    input: z.strictObject({ include_inactive: z.boolean().default(false) }),
    output: z.array(orgUnitRow),
    access: 'authenticated',
    mutates: false,
  }),
  'org.save': method({
    input: z.strictObject({
      id: id.optional(),
      version: version.optional(),
      code: text(20),
      name: text(50),
      kind: z.enum(ORG_KINDS),
      parent_unit_id: id.nullish().transform((v) => v ?? null),
      head_id: id.nullish().transform((v) => v ?? null),
      sort: z.int().min(0).max(9999).default(0),
      active: z.boolean().default(true),
    }),
    output: orgUnitRow,
    access: 'staff.manage',
    mutates: true,
    entity: 'org_unit',
  }),

  /* employees */
  'staff.list': method({
    input: listQuery.extend({ org_unit_id: id.optional() }),
    output: listOf(staffRow),
    access: 'staff.read',
    mutates: false,
  }),
  'staff.get': method({
    input: z.strictObject({ id }),
    output: staffRow.extend({ changes: z.array(staffChangeRow) }),
    access: 'staff.read',
    mutates: false,
  }),
  /** Position, hire date, data-scope override and (first placement or correction) the unit. */
  'staff.saveProfile': method({
    input: z.strictObject({
      user_id: id,
      version,
      org_unit_id: id.nullish().transform((v) => v ?? null),
      position: optText(50),
      hire_date: optDate,
      data_scope: z
        .enum(DATA_SCOPES)
        .nullish()
        .transform((v) => v ?? null),
    }),
    output: staffRow,
    access: 'staff.manage',
    mutates: true,
    entity: 'staff',
  }),
  /** 调动: new unit and manager, recorded in the change history. */
  'staff.transfer': method({
    input: z.strictObject({
      user_id: id,
      org_unit_id: id.nullish().transform((v) => v ?? null),
      manager_id: id.nullish().transform((v) => v ?? null),
      position: optText(50),
      effective_date: isoDate,
      reason: optText(200),
    }),
    output: staffRow,
    access: 'staff.manage',
    mutates: true,
    entity: 'staff',
  }),
  'staff.changeRoles': method({
    input: z.strictObject({
      user_id: id,
      roles: z.array(z.enum(ROLES)).min(1, { error: 'required' }).max(ROLES.length),
      effective_date: isoDate,
      reason: optText(200),
    }),
    output: staffRow,
    access: 'staff.manage',
    mutates: true,
    entity: 'staff',
  }),
  /** What leaving would hand over (customers, co-ownerships, leads, opportunities, tasks, team …). */
  'staff.handoverPreview': method({
    input: z.strictObject({ user_id: id }),
    output: z.array(handoverItem),
    access: 'staff.manage',
    mutates: false,
  }),
  /** 离职: hands everything to a colleague, deactivates the account; one transaction, one audit row. */
  'staff.leave': method({
    input: z.strictObject({
      user_id: id,
      handover_to_id: id,
      effective_date: isoDate,
      reason: optText(200),
    }),
    output: z.object({ change: staffChangeRow, handed_over: z.array(handoverItem) }),
    access: 'staff.manage',
    mutates: true,
    entity: 'staff',
  }),
  'staff.changes': method({
    input: listQuery.extend({ user_id: id.optional() }),
    output: listOf(staffChangeRow),
    access: 'staff.read',
    mutates: false,
  }),
  'staff.settings': method({
    input: empty,
    output: staffSettings,
    access: 'authenticated',
    mutates: false,
  }),
  'staff.saveSettings': method({
    input: staffSettings,
    output: staffSettings,
    access: 'attendance.manage',
    mutates: true,
    entity: 'settings',
  }),
  'staff.reminders': method({
    input: z.strictObject({ unread_only: z.boolean().default(true) }),
    output: z.array(reminderRow),
    access: 'authenticated',
    mutates: false,
  }),
  'staff.readReminders': method({
    input: z.strictObject({ ids: z.array(id).min(1).max(200) }),
    output: ok,
    access: 'authenticated',
    mutates: true,
    entity: 'reminder',
  }),

  /* status board */
  'staffStatus.board': method({
    input: z.strictObject({ org_unit_id: id.optional() }),
    output: z.array(boardRow),
    access: 'authenticated',
    mutates: false,
  }),
  'staffStatus.list': method({
    input: listQuery.extend({
      user_id: id.optional(),
      /** Only those waiting for the caller's approval. */
      to_approve: z.boolean().optional(),
    }),
    output: listOf(statusRow),
    access: 'authenticated',
    mutates: false,
  }),
  'staffStatus.set': method({
    input: z.strictObject({
      kind: z.enum(STATUS_KINDS),
      starts_at: instant,
      ends_at: instant,
      note: optText(200),
    }),
    output: statusRow,
    access: 'authenticated',
    mutates: true,
    entity: 'staff_status',
  }),
  'staffStatus.cancel': method({
    input: z.strictObject({ id }),
    output: statusRow,
    access: 'authenticated',
    mutates: true,
    entity: 'staff_status',
  }),
  'staffStatus.approve': method({
    input: z.strictObject({ id, approve: z.boolean(), approval_note: optText(200) }),
    output: statusRow,
    access: 'authenticated',
    mutates: true,
    entity: 'staff_status',
  }),

  /* daily work reports */
  'workReports.save': method({
    input: z.strictObject({
      report_date: isoDate,
      done: text(4000),
      visits: optText(4000),
      visit_count: z.int().min(0).max(100).default(0),
      problems: optText(4000),
      plan: optText(4000),
      version: version.optional(),
    }),
    output: workReportDetail,
    access: 'authenticated',
    mutates: true,
    entity: 'work_report',
  }),
  'workReports.list': method({
    input: listQuery.extend({
      user_id: id.optional(),
      date_from: isoDate.optional(),
      date_to: isoDate.optional(),
      unread: z.boolean().optional(),
    }),
    output: listOf(workReportRow),
    access: 'authenticated',
    mutates: false,
  }),
  'workReports.get': method({
    input: z.strictObject({ id }),
    output: workReportDetail,
    access: 'authenticated',
    mutates: false,
  }),
  /** The caller's report for a day (null when not written yet). */
  'workReports.mine': method({
    input: z.strictObject({ report_date: isoDate }),
    output: workReportDetail.nullable(),
    access: 'authenticated',
    mutates: false,
  }),
  'workReports.markRead': method({
    input: z.strictObject({ id }),
    output: workReportDetail,
    access: 'authenticated',
    mutates: true,
    entity: 'work_report',
  }),
  /** 批复: the manager's comment or reply; the author may answer. */
  'workReports.comment': method({
    input: z.strictObject({ report_id: id, body: text(1000) }),
    output: workReportDetail,
    access: 'authenticated',
    mutates: true,
    entity: 'work_report',
  }),
  'workReports.stats': method({
    input: z.strictObject({ month, org_unit_id: id.optional() }),
    output: z.array(reportStatRow),
    access: 'authenticated',
    mutates: false,
  }),

  /* schedules and tasks */
  'schedules.create': method({
    input: z.strictObject({
      subject: text(100),
      description: optText(2000),
      assignee_id: id.optional(),
      customer_id: id.nullish().transform((v) => v ?? null),
      starts_at: instant,
      ends_at: instant,
      remind_at: instant.nullish().transform((v) => v ?? null),
    }),
    output: taskDetail,
    access: 'authenticated',
    mutates: true,
    entity: 'task',
  }),
  'schedules.update': method({
    input: z.strictObject({
      id,
      version,
      subject: text(100),
      description: optText(2000),
      customer_id: id.nullish().transform((v) => v ?? null),
      starts_at: instant,
      ends_at: instant,
      remind_at: instant.nullish().transform((v) => v ?? null),
    }),
    output: taskDetail,
    access: 'authenticated',
    mutates: true,
    entity: 'task',
  }),
  'schedules.accept': method({
    input: z.strictObject({ id }),
    output: taskDetail,
    access: 'authenticated',
    mutates: true,
    entity: 'task',
  }),
  'schedules.reject': method({
    input: z.strictObject({ id, reason: text(200) }),
    output: taskDetail,
    access: 'authenticated',
    mutates: true,
    entity: 'task',
  }),
  'schedules.postpone': method({
    input: z.strictObject({ id, ends_at: instant, reason: text(200) }),
    output: taskDetail,
    access: 'authenticated',
    mutates: true,
    entity: 'task',
  }),
  'schedules.complete': method({
    input: z.strictObject({ id, result: optText(500) }),
    output: taskDetail,
    access: 'authenticated',
    mutates: true,
    entity: 'task',
  }),
  'schedules.cancel': method({
    input: z.strictObject({ id, reason: optText(200) }),
    output: taskDetail,
    access: 'authenticated',
    mutates: true,
    entity: 'task',
  }),
  /** 提醒: the creator or a manager nudges the assignee now. */
  'schedules.remind': method({
    input: z.strictObject({ id, note: optText(200) }),
    output: taskDetail,
    access: 'authenticated',
    mutates: true,
    entity: 'task',
  }),
  'schedules.get': method({
    input: z.strictObject({ id }),
    output: taskDetail,
    access: 'authenticated',
    mutates: false,
  }),
  'schedules.list': method({
    input: listQuery.extend({
      assignee_id: id.optional(),
      mine: z.enum(['assigned', 'created']).optional(),
      open_only: z.boolean().optional(),
    }),
    output: listOf(taskRow),
    access: 'authenticated',
    mutates: false,
  }),
  /** Team calendar: entries overlapping [from, to] (at most 62 days) of people in the caller's scope. */
  'schedules.calendar': method({
    input: z.strictObject({
      from: isoDate,
      to: isoDate,
      user_ids: z.array(id).max(200).optional(),
    }),
    output: z.object({ rows: z.array(taskRow), truncated: z.boolean() }),
    access: 'authenticated',
    mutates: false,
  }),

  /* attendance */
  'attendance.checkIn': method({
    input: empty,
    output: attendanceRow,
    access: 'authenticated',
    mutates: true,
    entity: 'attendance',
  }),
  'attendance.checkOut': method({
    input: empty,
    output: attendanceRow,
    access: 'authenticated',
    mutates: true,
    entity: 'attendance',
  }),
  'attendance.save': method({
    input: z.strictObject({
      user_id: id,
      work_date: isoDate,
      check_in: optHhmm,
      check_out: optHhmm,
      note: optText(200),
    }),
    output: attendanceRow,
    access: 'attendance.manage',
    mutates: true,
    entity: 'attendance',
  }),
  'attendance.list': method({
    input: listQuery.extend({ user_id: id.optional(), month: month.optional() }),
    output: listOf(attendanceRow),
    access: 'authenticated',
    mutates: false,
  }),
  'attendance.monthly': method({
    input: z.strictObject({ month, org_unit_id: id.optional() }),
    output: z.array(attendanceStatRow),
    access: 'authenticated',
    mutates: false,
  }),
  /** Import check-in / check-out rows from an .xlsx: all rows or none, errors by row and column. */
  'attendance.import': method({
    input: z.strictObject({ file_base64: uploadInput }),
    output: z.object({ imported: z.int(), updated: z.int() }),
    access: 'attendance.manage',
    mutates: true,
    entity: 'attendance',
  }),
  'attendance.template': method({
    input: empty,
    output: xlsxFile,
    access: 'attendance.manage',
    mutates: false,
  }),
};
