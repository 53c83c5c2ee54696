/**
 * Bilingual texts that both sides need: field labels (forms, grid headers, validation errors name the
 * field with them) and error messages. The renderer's own UI strings live in renderer/src/i18n.
 */
export interface Bilingual {
  zh: string;
  en: string;
}

export const FIELD_LABELS: Record<string, Bilingual> = {
  id: { zh: 'ID', en: 'ID' },
  version: { zh: '版本', en: 'Version' },
  code: { zh: '编码', en: 'Code' },
  name: { zh: '名称', en: 'Name' },
  login: { zh: '工号', en: 'Employee no.' },
  password: { zh: '密码', en: 'Password' },
  old_password: { zh: '原密码', en: 'Current password' },
  new_password: { zh: '新密码', en: 'New password' },
  company_name: { zh: '公司名称', en: 'Company name' },
  roles: { zh: '角色', en: 'Roles' },
  manager_id: { zh: '上级', en: 'Manager' },
  region_id: { zh: '区域', en: 'Region' },
  parent_id: { zh: '上级区域', en: 'Parent region' },
  active: { zh: '启用', en: 'Active' },
  phone: { zh: '电话', en: 'Phone' },
  mobile: { zh: '手机', en: 'Mobile' },
  email: { zh: '邮箱', en: 'Email' },
  legal_name: { zh: '客户全称（法人全称）', en: 'Legal full name' },
  short_name: { zh: '简称', en: 'Short name' },
  credit_code: { zh: '统一社会信用代码', en: 'Unified social credit code' },
  address: { zh: '地址', en: 'Address' },
  bank_name: { zh: '开户银行', en: 'Bank' },
  bank_account: { zh: '银行账号', en: 'Bank account' },
  customer_type: { zh: '结算类型', en: 'Settlement type' },
  grade: { zh: '客户等级', en: 'Grade' },
  source: { zh: '客户来源', en: 'Source' },
  tags: { zh: '标签', en: 'Tags' },
  owner_id: { zh: '客户所有人', en: 'Owner' },
  co_owner_ids: { zh: '相关负责人', en: 'Co-owners' },
  credit_limit: { zh: '信用额度', en: 'Credit limit' },
  credit_days: { zh: '信用期限（天）', en: 'Credit term (days)' },
  bad_record: { zh: '不良记录', en: 'Bad record' },
  notes: { zh: '备注', en: 'Notes' },
  customer_id: { zh: '客户', en: 'Customer' },
  title: { zh: '职务', en: 'Title' },
  birthday: { zh: '生日', en: 'Birthday' },
  is_primary: { zh: '主要联系人', en: 'Primary contact' },
  spec: { zh: '规格型号', en: 'Specification' },
  unit: { zh: '单位', en: 'Unit' },
  category: { zh: '类别', en: 'Category' },
  list_price: { zh: '标准售价', en: 'List price' },
  floor_price: { zh: '最低限价', en: 'Floor price' },
  cost_price: { zh: '成本价', en: 'Cost price' },
  tax_rate: { zh: '税率', en: 'Tax rate' },
  keeper_id: { zh: '仓管员', en: 'Keeper' },
  reason: { zh: '原因', en: 'Reason' },
  offset: { zh: '起始行', en: 'Offset' },
  limit: { zh: '行数', en: 'Limit' },
  sort: { zh: '排序', en: 'Sort' },
  filters: { zh: '筛选', en: 'Filters' },
  q: { zh: '搜索', en: 'Search' },
  host: { zh: '主机', en: 'Host' },
  port: { zh: '端口', en: 'Port' },
  database: { zh: '数据库', en: 'Database' },
  user: { zh: '用户名', en: 'User' },
  listen_address: { zh: '监听地址', en: 'Listen address' },
  copy_local: { zh: '导入本机数据', en: 'Copy local data' },
  confirm_similar: { zh: '确认相似名称', en: 'Confirm similar name' },
  include_inactive: { zh: '含停用', en: 'Include inactive' },
  // ---- staff, plans and targets (issue 7)
  kind: { zh: '类型', en: 'Type' },
  parent_unit_id: { zh: '上级组织', en: 'Parent unit' },
  head_id: { zh: '负责人', en: 'Head' },
  user_id: { zh: '员工', en: 'Employee' },
  org_unit_id: { zh: '所属组织', en: 'Unit' },
  position: { zh: '职位', en: 'Position' },
  hire_date: { zh: '入职日期', en: 'Hire date' },
  data_scope: { zh: '数据范围', en: 'Data scope' },
  effective_date: { zh: '生效日期', en: 'Effective date' },
  handover_to_id: { zh: '交接人', en: 'Hand over to' },
  starts_at: { zh: '开始时间', en: 'Start' },
  ends_at: { zh: '结束时间', en: 'End' },
  note: { zh: '说明', en: 'Note' },
  approve: { zh: '审批结果', en: 'Decision' },
  approval_note: { zh: '审批意见', en: 'Approval note' },
  report_date: { zh: '日报日期', en: 'Report date' },
  done: { zh: '今日工作', en: 'Work done' },
  visits: { zh: '拜访情况', en: 'Visits' },
  visit_count: { zh: '拜访次数', en: 'Number of visits' },
  problems: { zh: '问题与困难', en: 'Problems' },
  plan: { zh: '明日计划', en: "Tomorrow's plan" },
  body: { zh: '内容', en: 'Text' },
  report_id: { zh: '日报', en: 'Report' },
  subject: { zh: '主题', en: 'Subject' },
  description: { zh: '描述', en: 'Description' },
  assignee_id: { zh: '执行人', en: 'Assignee' },
  remind_at: { zh: '提醒时间', en: 'Remind at' },
  result: { zh: '完成情况', en: 'Result' },
  from: { zh: '开始日期', en: 'From' },
  to: { zh: '结束日期', en: 'To' },
  user_ids: { zh: '人员', en: 'People' },
  work_date: { zh: '日期', en: 'Date' },
  check_in: { zh: '签到时间', en: 'Check-in' },
  check_out: { zh: '签退时间', en: 'Check-out' },
  month: { zh: '月份', en: 'Month' },
  file_base64: { zh: '文件', en: 'File' },
  year: { zh: '年度', en: 'Year' },
  metric: { zh: '指标', en: 'Metric' },
  basis: { zh: '实际数口径', en: 'Actuals basis' },
  plan_id: { zh: '计划', en: 'Plan' },
  node_id: { zh: '分解节点', en: 'Node' },
  root: { zh: '总指标', en: 'Total' },
  children: { zh: '下级分解', en: 'Breakdown' },
  subject_type: { zh: '对象类型', en: 'Subject type' },
  subject_id: { zh: '对象', en: 'Subject' },
  values: { zh: '指标值', en: 'Amounts' },
  y: { zh: '全年', en: 'Year' },
  q1: { zh: '一季度', en: 'Q1' },
  q2: { zh: '二季度', en: 'Q2' },
  q3: { zh: '三季度', en: 'Q3' },
  q4: { zh: '四季度', en: 'Q4' },
  m1: { zh: '1月', en: 'Jan' },
  m2: { zh: '2月', en: 'Feb' },
  m3: { zh: '3月', en: 'Mar' },
  m4: { zh: '4月', en: 'Apr' },
  m5: { zh: '5月', en: 'May' },
  m6: { zh: '6月', en: 'Jun' },
  m7: { zh: '7月', en: 'Jul' },
  m8: { zh: '8月', en: 'Aug' },
  m9: { zh: '9月', en: 'Sep' },
  m10: { zh: '10月', en: 'Oct' },
  m11: { zh: '11月', en: 'Nov' },
  m12: { zh: '12月', en: 'Dec' },
  period: { zh: '期间', en: 'Period' },
  level: { zh: '维度', en: 'Level' },
  work_start: { zh: '上班时间', en: 'Work starts' },
  work_end: { zh: '下班时间', en: 'Work ends' },
  late_grace_minutes: { zh: '迟到宽限（分钟）', en: 'Grace minutes' },
  workdays: { zh: '工作日', en: 'Working days' },
  report_deadline: { zh: '日报截止时间', en: 'Report deadline' },
  holidays: { zh: '节假日', en: 'Holidays' },
  extra_workdays: { zh: '调休上班日', en: 'Extra working days' },
  date_from: { zh: '开始日期', en: 'From' },
  date_to: { zh: '结束日期', en: 'To' },
  submitted_at: { zh: '提交时间', en: 'Submitted' },
  customer_name: { zh: '客户', en: 'Customer' },
  creator_id: { zh: '创建人', en: 'Created by' },
};

export const MESSAGES = {
  required: { zh: '必填', en: 'is required' },
  invalid_type: { zh: '类型不正确', en: 'has the wrong type' },
  too_long: { zh: '过长（最多 {max} 个字符）', en: 'is too long (at most {max} characters)' },
  too_short: { zh: '过短（至少 {min} 个字符）', en: 'is too short (at least {min} characters)' },
  too_big: { zh: '不能大于 {max}', en: 'must be at most {max}' },
  too_small: { zh: '不能小于 {min}', en: 'must be at least {min}' },
  not_integer: { zh: '必须是整数', en: 'must be a whole number' },
  invalid_value: { zh: '取值无效', en: 'has an invalid value' },
  invalid_format: { zh: '格式不正确', en: 'has an invalid format' },
  unrecognized_keys: { zh: '包含未知字段：{keys}', en: 'has unknown fields: {keys}' },
  invalid_date: { zh: '日期无效（格式 YYYY-MM-DD）', en: 'is not a valid date (YYYY-MM-DD)' },
  invalid_email: { zh: '邮箱格式不正确', en: 'is not a valid email address' },
  uscc_invalid: {
    zh: '不是有效的统一社会信用代码（18 位，校验位不符）',
    en: 'is not a valid unified social credit code (18 characters, check digit mismatch)',
  },
  money_range: { zh: '金额超出范围', en: 'amount out of range' },
  password_weak: {
    zh: '至少 8 位，且同时包含字母和数字',
    en: 'must be at least 8 characters with letters and digits',
  },
  floor_above_list: { zh: '最低限价不能高于标准售价', en: 'floor price cannot exceed the list price' },

  unknown_method: { zh: '未知的调用：{method}', en: 'Unknown method: {method}' },
  validation_failed: { zh: '输入有误，请检查标红的字段', en: 'Some fields are invalid' },
  unauthenticated: { zh: '请先登录', en: 'Please log in' },
  session_expired: { zh: '登录已过期，请重新登录', en: 'Your session has expired, please log in again' },
  forbidden: {
    zh: '没有权限执行此操作（需要：{permission}）',
    en: 'You are not allowed to do this (needs: {permission})',
  },
  not_found: { zh: '{entity}不存在或无权查看', en: '{entity} not found or not visible to you' },
  conflict_version: {
    zh: '该记录已被他人修改，请刷新后重试',
    en: 'This record was changed by someone else; reload and try again',
  },
  bad_credentials: { zh: '工号或密码错误', en: 'Wrong employee number or password' },
  account_locked: {
    zh: '连续 5 次密码错误，账号已锁定，请 {minutes} 分钟后再试',
    en: 'Too many failed logins; the account is locked for {minutes} minutes',
  },
  account_inactive: { zh: '账号已停用', en: 'This account is deactivated' },
  wrong_old_password: { zh: '原密码不正确', en: 'The current password is wrong' },
  setup_done: { zh: '系统已初始化', en: 'The system is already set up' },
  duplicate_value: { zh: '{field}“{value}”已存在', en: '{field} "{value}" already exists' },
  duplicate_customer_exact: {
    zh: '客户已存在：{name}（所有人：{owner}）。如需跟进，请联系所有人共享。',
    en: 'Customer already exists: {name} (owner: {owner}). Ask the owner to share it.',
  },
  duplicate_customer_similar: {
    zh: '发现相似客户：{names}。确认不是同一家公司后可继续保存。',
    en: 'Similar customers exist: {names}. Save again to confirm it is a different company.',
  },
  credit_fields_forbidden: {
    zh: '修改信用额度、信用期限或不良记录需要信用管理权限',
    en: 'Changing credit limit, term or bad record needs the credit permission',
  },
  payload_too_large: { zh: '请求数据过大', en: 'Request is too large' },
  internal: {
    zh: '系统内部错误（编号 {correlation_id}），请联系管理员',
    en: 'Internal error (reference {correlation_id}); please contact the administrator',
  },
  cannot_deactivate_self: { zh: '不能停用自己的账号', en: 'You cannot deactivate your own account' },
  last_admin: { zh: '至少要保留一名启用的管理员', en: 'At least one active administrator must remain' },
  manager_cycle: { zh: '上级关系不能形成循环', en: 'The manager chain cannot form a loop' },
  db_connect_failed: { zh: '无法连接数据库：{detail}', en: 'Cannot connect to the database: {detail}' },
  db_not_empty: {
    zh: '目标数据库已有业务数据，为避免覆盖，未导入本机数据',
    en: 'The target database already holds data; local data was not copied to avoid overwriting it',
  },
  db_transfer_mismatch: {
    zh: '数据导入后核对行数不一致：{table}',
    en: 'Row counts differ after copying: {table}',
  },
  office_host_failed: {
    zh: '启动办公室数据库失败：{detail}',
    en: 'Could not start the office database: {detail}',
  },
  // ---- staff, plans and targets (issue 7)
  invalid_time: { zh: '时间格式不正确（HH:mm）', en: 'is not a valid time (HH:mm)' },
  invalid_datetime: { zh: '时间无效', en: 'is not a valid date and time' },
  invalid_month: { zh: '月份格式不正确（YYYY-MM）', en: 'is not a valid month (YYYY-MM)' },
  file_too_large: { zh: '文件过大（最多 5 MB）', en: 'file is too large (at most 5 MB)' },
  org_cycle: { zh: '不能是自己或自己的下级', en: 'cannot be the unit itself or one below it' },
  org_company_root: { zh: '“公司”只能是最上级组织', en: 'a company must be the top of the tree' },
  ends_before_start: { zh: '不能早于开始时间', en: 'cannot be before the start' },
  status_overlap: {
    zh: '与已有状态“{kind}”（{range}）时间重叠',
    en: 'overlaps the existing status "{kind}" ({range})',
  },
  not_in_scope: {
    zh: '只能处理自己管辖范围内的人员',
    en: 'only people within your scope can be handled',
  },
  cannot_approve_own: { zh: '不能审批自己的申请', en: 'you cannot approve your own request' },
  already_decided: { zh: '该申请已处理（{state}）', en: 'this request was already handled ({state})' },
  status_not_cancellable: {
    zh: '已结束或已处理完毕的状态不能取消',
    en: 'a status that has ended or was closed cannot be cancelled',
  },
  report_future: { zh: '不能填写未来日期的日报', en: 'cannot be in the future' },
  report_locked: {
    zh: '日报已被上级阅读或批复，不能再修改',
    en: 'the report was read or answered by the manager and can no longer be changed',
  },
  report_comment_forbidden: {
    zh: '只有日报作者和其上级可以批复',
    en: 'only the author and their managers can comment',
  },
  task_not_assignable: {
    zh: '只能指派给自己或下属',
    en: 'you can only assign to yourself or your team',
  },
  task_state: {
    zh: '当前状态“{status}”下不能执行此操作',
    en: 'not possible while the task is "{status}"',
  },
  task_only_assignee: { zh: '只有执行人可以执行此操作', en: 'only the assignee can do this' },
  task_only_creator: {
    zh: '只有创建人或上级可以执行此操作',
    en: 'only the creator or a manager can do this',
  },
  postpone_not_later: { zh: '延期后的时间必须晚于原截止时间', en: 'must be later than the current end' },
  handover_same: { zh: '不能交接给离职员工本人', en: 'cannot be the leaving employee' },
  handover_inactive: { zh: '交接人必须是在职员工', en: 'must be an active employee' },
  already_left: { zh: '该员工已离职', en: 'this employee has already left' },
  admin_role_forbidden: {
    zh: '授予或收回管理员角色需要用户管理权限',
    en: 'granting or removing the administrator role needs the user-management permission',
  },
  plan_exists: {
    zh: '{year} 年“{metric}”计划已存在（{status}），请编辑或调整现有计划',
    en: 'A {year} plan for "{metric}" already exists ({status}); edit or revise it',
  },
  plan_not_draft: {
    zh: '已下达的计划不能修改，请使用“调整”生成新版本',
    en: 'An approved plan cannot be changed; revise it to get a new draft',
  },
  plan_company_only: {
    zh: '新建或调整计划需要全公司的数据范围（总经理或管理员）',
    en: 'Creating or revising a plan needs the company-wide data scope (general manager or administrator)',
  },
  plan_not_approved: { zh: '只有已下达的计划可以调整', en: 'Only an approved plan can be revised' },
  plan_revision_open: {
    zh: '该计划已有未下达的调整版本（第 {revision} 版）',
    en: 'A draft revision of this plan already exists (revision {revision})',
  },
  plan_unbalanced: {
    zh: '分解不平衡，不能下达：{first}（共 {n} 处）',
    en: 'The breakdown does not add up; not approved: {first} ({n} in all)',
  },
  basis_not_for_metric: { zh: '不能用于该指标', en: 'cannot be used for this metric' },
  subject_duplicate: { zh: '同一上级下重复：{name}', en: 'appears twice under the same parent: {name}' },
  subject_not_found: { zh: '对象不存在或已停用', en: 'does not exist or is inactive' },
  subject_type_not_allowed: {
    zh: '“{parent}”下不能再分解到“{type}”',
    en: '"{parent}" cannot be broken down into "{type}"',
  },
  block_not_editable: {
    zh: '无权编辑此节点的分解（只能编辑自己负责或下属负责的节点）',
    en: 'You may only edit the breakdown of nodes you or your team own',
  },
  only_root_values: {
    zh: '只有最上级的总指标在此处填写，下级的指标在其上级的分解中填写',
    en: "only the top node's amounts are entered here; others are set in their parent's breakdown",
  },
  issue_year_missing: { zh: '未填写全年指标', en: 'the year amount is missing' },
  issue_quarters: {
    zh: '各季度合计 {actual} ≠ 全年 {expected}',
    en: 'quarters add up to {actual}, not the year {expected}',
  },
  issue_months: {
    zh: '{quarter}各月合计 {actual} ≠ {expected}',
    en: '{quarter} months add up to {actual}, not {expected}',
  },
  issue_children: {
    zh: '{period}下级合计 {actual} ≠ {expected}',
    en: '{period}: the parts add up to {actual}, not {expected}',
  },
  import_errors: {
    zh: '导入失败，未导入任何数据：{first}（共 {n} 处错误）',
    en: 'Nothing was imported: {first} ({n} errors in all)',
  },
  import_empty: { zh: '文件中没有数据行', en: 'the file has no data rows' },
  import_bad_file: { zh: '无法读取文件，请使用 .xlsx 格式', en: 'cannot read the file; use .xlsx' },
  import_missing_column: { zh: '缺少列“{column}”', en: 'column "{column}" is missing' },
  checkout_before_checkin: { zh: '不能早于签到时间', en: 'cannot be before the check-in' },
  not_checked_in: { zh: '今天还没有签到', en: 'you have not checked in today' },
  already_checked_in: { zh: '今天已于 {time} 签到', en: 'already checked in today at {time}' },
  calendar_range: { zh: '日期范围最多 62 天', en: 'the range can be at most 62 days' },
  user_not_found: { zh: '员工不存在', en: 'no such employee' },
} as const satisfies Record<string, Bilingual>;

export type MessageKey = keyof typeof MESSAGES;

export function fill(template: string, params: Record<string, unknown> = {}): string {
  return template.replace(/\{(\w+)\}/g, (_, k: string) => (k in params ? String(params[k]) : `{${k}}`));
}

export function message(key: MessageKey, params?: Record<string, unknown>): Bilingual {
  const m = MESSAGES[key];
  return { zh: fill(m.zh, params), en: fill(m.en, params) };
}

/** Label of a field path such as ["lines", 2, "qty"] → 「行 3 · 数量」. Unknown keys fall back to the key. */
export function fieldLabel(path: readonly PropertyKey[]): Bilingual {
  const zh: string[] = [];
  const en: string[] = [];
  for (const part of path) {
    if (typeof part === 'number') {
      zh.push(`第 ${part + 1} 行`);
      en.push(`row ${part + 1}`);
    } else {
      const key = String(part);
      const l = FIELD_LABELS[key];
      zh.push(l ? l.zh : key);
      en.push(l ? l.en : key);
    }
  }
  return { zh: zh.join(' · '), en: en.join(' · ') };
}
