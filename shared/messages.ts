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
  // ---- robustness (backups)
  dir: { zh: '备份目录', en: 'Backup folder' },
  auto_enabled: { zh: '自动备份', en: 'Automatic backups' },
  note: { zh: '说明', en: 'Note' },
  confirm: { zh: '确认', en: 'Confirmation' },
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
  // ---- robustness (input guard, backups)
  invalid_text: {
    zh: '包含无效字符（空字符或残缺的 Unicode 字符）',
    en: 'contains invalid characters (NUL or broken Unicode)',
  },
  too_deep: { zh: '数据嵌套层级过深', en: 'is nested too deeply' },
  confirm_required: { zh: '请确认此操作', en: 'must be confirmed' },
  db_unavailable: {
    zh: '暂时无法连接数据库（办公室数据库可能正在重启），请稍后重试',
    en: 'The database cannot be reached right now (the office database may be restarting); try again shortly',
  },
  backup_dir_absolute: {
    zh: '请填写完整路径（以盘符开头，例如 D 盘的“销售通备份”文件夹）',
    en: 'must be a full path (starting with a drive letter, or / on Linux)',
  },
  backup_dir_unusable: { zh: '无法在该目录写入备份', en: 'cannot hold backups (not writable)' },
  backup_damaged: {
    zh: '备份文件 {name} 已损坏或与其校验记录不符，未恢复',
    en: 'Backup {name} is damaged or does not match its checksum; nothing was restored',
  },
  backup_newer: {
    zh: '备份文件 {name} 来自更新版本的销售通，请先升级程序',
    en: 'Backup {name} was made by a newer version; update the program first',
  },
  restore_mismatch: {
    zh: '恢复后的数据与备份校验不一致，已撤销恢复',
    en: 'The restored data did not match the backup checksum; the restore was undone',
  },
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
