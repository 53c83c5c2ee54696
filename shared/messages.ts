/**
 * Bilingual texts that both sides need: field labels (forms, grid headers, validation errors name the
 * field with them) and error messages. The renderer's own UI strings live in renderer/src/i18n.
 */
export interface Bilingual {
  zh: string;
  en: string;
}

// ---- crm (sales process and customer care): spread into FIELD_LABELS below. Typed as a plain record so
// that a label another area also defines (qty, kind, note …) merges without a duplicate-key error.
const CRM_FIELD_LABELS: Record<string, Bilingual> = {
  company: { zh: '公司名称', en: 'Company' },
  contact_name: { zh: '联系人', en: 'Contact person' },
  contact_title: { zh: '职务', en: 'Title' },
  requirement: { zh: '需求', en: 'Requirement' },
  ids: { zh: '所选记录', en: 'Selected records' },
  note: { zh: '说明', en: 'Note' },
  status: { zh: '状态', en: 'Status' },
  kind: { zh: '类别', en: 'Kind' },
  contact: { zh: '联系人', en: 'Contact' },
  customer: { zh: '新客户', en: 'New customer' },
  opportunity: { zh: '商机', en: 'Opportunity' },
  budget: { zh: '预算', en: 'Budget' },
  expected_amount: { zh: '预计我司金额', en: 'Expected amount' },
  expected_bid_date: { zh: '预计投标时间', en: 'Expected bid date' },
  win_amount: { zh: '预计中标金额', en: 'Expected award amount' },
  bid_issue_date: { zh: '发标时间', en: 'Tender issue date' },
  bid_response_date: { zh: '应标时间', en: 'Bid response date' },
  design_unit: { zh: '设计单位', en: 'Design unit' },
  decision_unit: { zh: '决策单位', en: 'Decision unit' },
  user_unit: { zh: '使用单位', en: 'User unit' },
  description: { zh: '描述', en: 'Description' },
  to_stage: { zh: '目标阶段', en: 'Target stage' },
  stage: { zh: '阶段', en: 'Stage' },
  won_amount: { zh: '中标金额', en: 'Won amount' },
  won_on: { zh: '中标日期', en: 'Won on' },
  lost_reason: { zh: '输单原因', en: 'Reason lost' },
  lost_to: { zh: '竞争对手（中标方）', en: 'Lost to' },
  task_key: { zh: '任务', en: 'Task' },
  done: { zh: '完成', en: 'Done' },
  contact_id: { zh: '联系人', en: 'Contact' },
  role: { zh: '决策角色', en: 'Role' },
  opportunity_id: { zh: '商机', en: 'Opportunity' },
  competitor: { zh: '竞争对手', en: 'Competitor' },
  offer_amount: { zh: '对手报价', en: 'Their offer' },
  strengths: { zh: '优势', en: 'Strengths' },
  weaknesses: { zh: '劣势', en: 'Weaknesses' },
  lines: { zh: '产品明细', en: 'Lines' },
  product_id: { zh: '产品', en: 'Product' },
  qty: { zh: '数量', en: 'Quantity' },
  price: { zh: '单价', en: 'Unit price' },
  type: { zh: '类型', en: 'Type' },
  lead_id: { zh: '线索', en: 'Lead' },
  occurred_at: { zh: '活动时间', en: 'When' },
  checkin_at: { zh: '签到时间', en: 'Check-in time' },
  checkin_place: { zh: '签到地点', en: 'Check-in place' },
  summary: { zh: '内容摘要', en: 'Summary' },
  customer_requests: { zh: '客户需求', en: 'Customer requests' },
  promises: { zh: '我方承诺', en: 'Promises made' },
  next_followup_on: { zh: '下次跟进日期', en: 'Next follow-up' },
  attachments: { zh: '附件', en: 'Attachments' },
  file_name: { zh: '文件名', en: 'File name' },
  mime: { zh: '文件类型', en: 'File type' },
  content_base64: { zh: '文件内容', en: 'File content' },
  entity_type: { zh: '对象类型', en: 'Object type' },
  entity_id: { zh: '对象', en: 'Object' },
  user_id: { zh: '人员', en: 'Person' },
  stages: { zh: '销售阶段', en: 'Stages' },
  key: { zh: '代码', en: 'Key' },
  zh: { zh: '中文名称', en: 'Chinese name' },
  en: { zh: '英文名称', en: 'English name' },
  limit_days: { zh: '时限（天）', en: 'Time limit (days)' },
  requirements: { zh: '必备事项', en: 'Requirements' },
  tasks: { zh: '任务清单', en: 'Tasks' },
  won_requirements: { zh: '中标必备事项', en: 'Won requirements' },
  lead_reclaim_days: { zh: '线索未跟进收回（天）', en: 'Reclaim idle leads after (days)' },
  lead_remind_days: { zh: '收回前提醒（天）', en: 'Remind before reclaim (days)' },
  lead_convert_days: { zh: '线索转商机时限（天）', en: 'Lead → opportunity limit (days)' },
  pool_daily_claim_limit: { zh: '公海每人每日领取上限', en: 'Pool claims per person per day' },
  complaint_escalate_hours: { zh: '投诉升级时限（小时）', en: 'Escalate complaints after (hours)' },
  aftersales_archive_days: { zh: '建档检查（天内）', en: 'Archive check within (days)' },
  aftersales_first_call_from: { zh: '首次回访起（天）', en: 'First call from (days)' },
  aftersales_first_call_to: { zh: '首次回访止（天）', en: 'First call until (days)' },
  aftersales_satisfaction_days: {
    zh: '满意度回访（交付后天数）',
    en: 'Satisfaction calls (days after delivery)',
  },
  aftersales_call_window_days: { zh: '回访期限（天）', en: 'Call window (days)' },
  reminder_days_ahead: { zh: '生日/纪念日提前提醒（天）', en: 'Birthday reminders ahead (days)' },
  a: { zh: '记录甲', en: 'Record A' },
  b: { zh: '记录乙', en: 'Record B' },
  winner: { zh: '归属方', en: 'Winner' },
  registered_name: { zh: '工商注册全称', en: 'Registered full name' },
  cause: { zh: '原因分类', en: 'Cause' },
  severity: { zh: '严重程度', en: 'Severity' },
  tech_user_id: { zh: '技术部处理人', en: 'Technical staff' },
  result: { zh: '处理结果', en: 'Result' },
  solution: { zh: '解决方案', en: 'Solution' },
  satisfaction: { zh: '客户满意度', en: 'Satisfaction' },
  group_by: { zh: '统计维度', en: 'Group by' },
  from: { zh: '开始日期', en: 'From' },
  to: { zh: '结束日期', en: 'To' },
  completed_on: { zh: '完成日期', en: 'Completed on' },
  assignee_id: { zh: '负责人', en: 'Assignee' },
  per_stage: { zh: '每阶段条数', en: 'Cards per stage' },
  exclude_id: { zh: '排除', en: 'Exclude' },
};

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
  // ---- crm (sales process and customer care)
  ...CRM_FIELD_LABELS,
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
  // ---- crm (sales process and customer care)
  datetime_invalid: { zh: '时间格式不正确', en: 'is not a valid date and time' },
  attachment_too_large: { zh: '文件过大（最大 10 MB）', en: 'file too large (at most 10 MB)' },
  attachment_invalid: { zh: '文件内容无效', en: 'file content is invalid' },
  lead_duplicate_lead: {
    zh: '已由 {owner} 于 {at} 报备：{name}（{code}）。先报备者所有。',
    en: 'Already filed by {owner} on {at}: {name} ({code}). The first to file owns it.',
  },
  lead_duplicate_pool: {
    zh: '该客户已在公海中：{name}（{code}），请直接领取。',
    en: 'Already in the public pool: {name} ({code}); claim it instead.',
  },
  lead_duplicate_customer: {
    zh: '已是客户：{name}（{code}，所有人：{owner}）。如需跟进，请联系所有人共享。',
    en: 'Already a customer: {name} ({code}, owner: {owner}). Ask the owner to share it.',
  },
  lead_duplicate_similar: {
    zh: '发现相似的线索或客户：{names}。确认不是同一家公司后可继续保存。',
    en: 'Similar leads or customers exist: {names}. Save again to confirm it is a different company.',
  },
  lead_duplicate_phone: {
    zh: '该电话已登记在 {name}（{code}，{owner}）',
    en: 'This phone number is already recorded on {name} ({code}, {owner})',
  },
  lead_wrong_status: {
    zh: '线索 {code} 当前状态为“{status}”，不能执行此操作',
    en: 'Lead {code} is "{status}"; this is not possible now',
  },
  lead_not_owner: {
    zh: '只有线索负责人或其上级可以操作线索 {code}',
    en: 'Only the owner of lead {code} or their manager can do this',
  },
  pool_claim_limit: {
    zh: '今日已领取 {n} 条线索，达到每日上限 {limit} 条',
    en: 'You have claimed {n} leads today, the daily limit is {limit}',
  },
  assign_outside_team: { zh: '只能分配给自己或下属', en: 'only yourself or your team' },
  convert_customer_required: {
    zh: '请填写新客户信息，或选择已有客户',
    en: 'Enter the new customer or choose an existing one',
  },
  opp_not_editable: {
    zh: '只有商机负责人或相关负责人可以修改商机 {code}',
    en: 'Only the owner or co-owners can change opportunity {code}',
  },
  opp_closed: {
    zh: '商机 {code} 已{status}，不能再修改',
    en: 'Opportunity {code} is {status} and can no longer be changed',
  },
  stage_requirements: {
    zh: '“{stage}”阶段还有未完成的事项：{items}',
    en: 'Stage "{stage}" still needs: {items}',
  },
  stage_skip: {
    zh: '阶段需逐级推进：下一阶段是“{next}”',
    en: 'Stages move one at a time: the next stage is "{next}"',
  },
  stage_back_note: { zh: '退回阶段需要填写说明', en: 'Moving back needs a note' },
  stage_unknown: { zh: '未知的阶段：{stage}', en: 'Unknown stage: {stage}' },
  win_last_stage: {
    zh: '只有处于“{stage}”阶段的商机才能标记中标',
    en: 'Only opportunities in stage "{stage}" can be marked won',
  },
  task_unknown: { zh: '当前阶段没有这个任务', en: 'The current stage has no such task' },
  activity_target: { zh: '请选择客户或线索（二选一）', en: 'choose a customer or a lead (one of them)' },
  visit_checkin: { zh: '拜访需要签到时间和地点', en: 'a visit needs the check-in time and place' },
  followup_before_activity: {
    zh: '不能早于活动日期 {date}',
    en: 'cannot be before the activity date {date}',
  },
  followup_too_far: { zh: '不能晚于一年之后', en: 'cannot be more than a year ahead' },
  in_future: { zh: '不能晚于现在', en: 'cannot be in the future' },
  not_of_customer: { zh: '不属于所选客户', en: 'does not belong to the chosen customer' },
  complaint_closed: { zh: '投诉 {code} 已关闭', en: 'Complaint {code} is closed' },
  complaint_not_at_tech: {
    zh: '投诉 {code} 不在技术部处理中',
    en: 'Complaint {code} is not with the technical department',
  },
  complaint_not_handler: {
    zh: '只有处理人、主管或技术部处理人可以处理投诉 {code}',
    en: 'Only the handler, the supervisor or the technical staff can work on complaint {code}',
  },
  stage_in_use: {
    zh: '阶段“{stage}”还有 {n} 个进行中的商机，不能删除',
    en: 'Stage "{stage}" still has {n} open opportunities and cannot be removed',
  },
  duplicate_key: { zh: '代码重复：{key}', en: 'duplicate key: {key}' },
  first_call_range: {
    zh: '首次回访止不能早于首次回访起',
    en: 'the first call window cannot end before it starts',
  },
  arbitration_same: { zh: '请选择两条不同的记录', en: 'choose two different records' },
  arbitration_status: {
    zh: '{name} 已转化、合并或关闭，不能参与归属判定',
    en: '{name} is converted, merged or closed and cannot be arbitrated',
  },
  aftersales_done: { zh: '该售后任务已处理', en: 'This after-sales task is already done' },
  satisfaction_required: { zh: '回访需要记录客户满意度', en: 'a return call records the satisfaction' },
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
