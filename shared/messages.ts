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
  // ---- documents & spreadsheets
  fax: { zh: '传真', en: 'Fax' },
  contract_terms: { zh: '合同条款', en: 'Contract terms' },
  logo: { zh: '公司标志', en: 'Logo' },
  seal: { zh: '电子印章', en: 'Seal' },
  type: { zh: '类型', en: 'Type' },
  key: { zh: '单据', en: 'Document' },
  options: { zh: '打印选项', en: 'Print options' },
  copies: { zh: '联次', en: 'Copies' },
  layout: { zh: '纸张', en: 'Paper' },
  offset_mm: { zh: '打印偏移（毫米）', en: 'Printer offset (mm)' },
  output: { zh: '输出方式', en: 'Output' },
  dataset: { zh: '导入类型', en: 'Import type' },
  file_name: { zh: '文件名', en: 'File name' },
  content_base64: { zh: '文件', en: 'File' },
  progress_id: { zh: '进度编号', en: 'Progress id' },
  lang: { zh: '语言', en: 'Language' },
  method: { zh: '列表', en: 'List' },
  query: { zh: '查询条件', en: 'Query' },
  columns: { zh: '列', en: 'Columns' },
  header: { zh: '列标题', en: 'Column header' },
  field: { zh: '字段', en: 'Field' },
  contact_name: { zh: '联系人姓名', en: 'Contact name' },
  customer_legal_name: { zh: '所属客户全称', en: 'Customer (legal name)' },
  owner_login: { zh: '客户所有人工号', en: 'Owner (employee no.)' },
  region_name: { zh: '区域', en: 'Region' },
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
  // ---- documents & spreadsheets
  image_invalid: { zh: '不是有效的 PNG 或 JPEG 图片', en: 'is not a valid PNG or JPEG image' },
  image_too_large: {
    zh: '图片过大（最大 300 KB、{max} × {max} 像素）',
    en: 'image too large (at most 300 KB and {max} × {max} pixels)',
  },
  document_unavailable: {
    zh: '“{type}”尚未接入单据数据，暂不能打印（可先打印样张）',
    en: '{type} documents are not connected to their data yet (print a sample instead)',
  },
  file_too_large: {
    zh: '文件过大（{size}），最大 {max}',
    en: 'The file is too large ({size}); at most {max}',
  },
  file_too_large_simple: { zh: '文件过大，最大 10 MB', en: 'The file is too large (at most 10 MB)' },
  file_not_spreadsheet: {
    zh: '不是 Excel 文件（仅支持 .xlsx 和 .xls）',
    en: 'Not an Excel file (only .xlsx and .xls are accepted)',
  },
  file_macro: {
    zh: '文件包含宏（启用宏的工作簿），为安全起见拒绝导入；请另存为 .xlsx 后再导入',
    en: 'The file contains macros; it was refused. Save it as .xlsx and import again',
  },
  file_zip_bomb: {
    zh: '文件解压后过大或结构异常（超过 {max}），已拒绝',
    en: 'The file expands to more than {max} or is malformed; it was refused',
  },
  file_corrupt: { zh: '文件已损坏或无法读取', en: 'The file is damaged or cannot be read' },
  file_encrypted: {
    zh: '文件设置了打开密码，请取消密码后再导入',
    en: 'The file is password-protected; remove the password and import again',
  },
  file_columns_unknown: {
    zh: '未识别的列已忽略：{columns}',
    en: 'Unrecognised columns were ignored: {columns}',
  },
  file_formulas: {
    zh: '文件包含公式（如 {cells}），请复制后“选择性粘贴 → 数值”再导入',
    en: 'The file contains formulas (e.g. {cells}); paste them as values and import again',
  },
  file_empty: { zh: '工作表“{sheet}”为空', en: 'Sheet "{sheet}" is empty' },
  file_no_rows: {
    zh: '工作表“{sheet}”只有表头，没有数据行',
    en: 'Sheet "{sheet}" has headers but no data rows',
  },
  file_too_many_rows: {
    zh: '工作表“{sheet}”有 {rows} 行数据，超过上限 {max} 行；请分批导入',
    en: 'Sheet "{sheet}" has {rows} data rows, more than the limit of {max}; import in parts',
  },
  file_merged_header: {
    zh: '工作表“{sheet}”的表头有合并单元格（{range}），请取消合并后再导入',
    en: 'Sheet "{sheet}" has merged header cells ({range}); unmerge them and import again',
  },
  sheet_missing: { zh: '找不到工作表“{sheet}”', en: 'Sheet "{sheet}" not found' },
  header_missing: { zh: '缺少必填列：{columns}', en: 'Required columns missing: {columns}' },
  header_duplicate: { zh: '列重复：{columns}', en: 'Duplicate columns: {columns}' },
  import_has_errors: {
    zh: '发现 {n} 处错误，未导入任何数据；请按提示修正后重新导入',
    en: '{n} errors found; nothing was imported. Correct them and import again',
  },
  import_similar_unconfirmed: {
    zh: '有 {n} 个客户与已有客户名称相似，请确认不是同一家公司后勾选“确认相似名称”再导入',
    en: '{n} customers have names similar to existing ones; confirm they are different companies and import again',
  },
  export_too_many: {
    zh: '要导出 {rows} 行，超过上限 {max} 行；请先筛选',
    en: '{rows} rows to export, more than the limit of {max}; filter the list first',
  },
  export_not_list: { zh: '不能导出：{method} 不是列表', en: 'Cannot export: {method} is not a list' },
  money_decimals: { zh: '金额最多两位小数', en: 'at most two decimals' },
  qty_decimals: { zh: '数量最多三位小数', en: 'at most three decimals' },
  number_invalid: { zh: '不是有效的数字', en: 'is not a valid number' },
  not_negative: { zh: '不能为负数', en: 'cannot be negative' },
  number_as_text_required: {
    zh: '数字过长被 Excel 改写，请将该列设为文本格式后重新输入',
    en: 'the number is too long for Excel; format the column as text and enter it again',
  },
  unknown_option: {
    zh: '无法识别“{value}”，可选：{options}',
    en: 'unknown value "{value}"; one of: {options}',
  },
  unknown_region: { zh: '未找到区域“{value}”', en: 'no region "{value}"' },
  unknown_user: { zh: '未找到启用的员工“{value}”', en: 'no active employee "{value}"' },
  duplicate_in_file: { zh: '与第 {row} 行重复', en: 'duplicates row {row}' },
  contact_primary_twice: {
    zh: '同一客户只能有一个主要联系人（第 {row} 行已是）',
    en: 'a customer has one primary contact only (row {row} already is)',
  },
  owner_out_of_scope: { zh: '只能指定给自己或下属', en: 'only yourself or your team' },
  similar_in_file: { zh: '与第 {row} 行的客户名称相似', en: 'name similar to row {row}' },
  similar_existing: {
    zh: '与已有客户名称相似：{names}',
    en: 'similar to existing customers: {names}',
  },
  contact_customer_missing: {
    zh: '客户“{value}”既不在本文件中，也不是您可见的已有客户',
    en: 'customer "{value}" is neither in this file nor an existing customer you can see',
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
