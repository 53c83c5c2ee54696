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
  // ---- order-to-cash
  lines: { zh: '明细', en: 'Lines' },
  product_id: { zh: '产品', en: 'Product' },
  qty: { zh: '数量', en: 'Quantity' },
  unit_price: { zh: '含税单价', en: 'Unit price (incl. tax)' },
  discount_bp: { zh: '折扣', en: 'Discount' },
  amount: { zh: '金额', en: 'Amount' },
  tax: { zh: '税额', en: 'Tax' },
  total: { zh: '价税合计', en: 'Total incl. tax' },
  contact_id: { zh: '联系人', en: 'Contact' },
  salesperson_id: { zh: '业务员', en: 'Salesperson' },
  quote_date: { zh: '报价日期', en: 'Quotation date' },
  valid_until: { zh: '有效期至', en: 'Valid until' },
  terms: { zh: '条款', en: 'Terms' },
  order_date: { zh: '订单日期', en: 'Order date' },
  delivery_date: { zh: '要求交货日期', en: 'Requested delivery' },
  warehouse_id: { zh: '仓库', en: 'Warehouse' },
  delivery_address: { zh: '送货地址', en: 'Delivery address' },
  receiver: { zh: '收货人', en: 'Receiver' },
  receiver_phone: { zh: '收货人电话', en: "Receiver's phone" },
  customer_po: { zh: '客户订单号', en: 'Customer PO' },
  quotation_line_id: { zh: '报价明细', en: 'Quotation line' },
  order_line_id: { zh: '订单明细', en: 'Order line' },
  ship_date: { zh: '发货日期', en: 'Ship date' },
  carrier: { zh: '承运人', en: 'Carrier' },
  vehicle_no: { zh: '车牌号', en: 'Vehicle no.' },
  waybill_no: { zh: '运单号', en: 'Waybill no.' },
  collect_on_delivery: { zh: '货到收款', en: 'Collect on delivery' },
  kind: { zh: '类型', en: 'Kind' },
  doc_date: { zh: '单据日期', en: 'Document date' },
  temp_limit: { zh: '临时额度', en: 'Temporary limit' },
  extra: { zh: '增加额度', en: 'Extra limit' },
  until: { zh: '有效期至', en: 'Until' },
  stage: { zh: '环节', en: 'Stage' },
  mode: { zh: '控制方式', en: 'Mode' },
  warn_bp: { zh: '预警比例', en: 'Warning threshold' },
  block_bp: { zh: '冻结比例', en: 'Block threshold' },
  overdue_block_days: { zh: '逾期天数', en: 'Overdue days' },
  discount_approval_bp: { zh: '折扣审批线', en: 'Discount needing approval' },
  term_basis: { zh: '账期起算', en: 'Term basis' },
  // ---- finance
  invoice_date: { zh: '发票日期', en: 'Invoice date' },
  due_date: { zh: '到期日', en: 'Due date' },
  vat_invoice_no: { zh: '税务发票号', en: 'VAT invoice no.' },
  vat_invoice_date: { zh: '税务发票日期', en: 'VAT invoice date' },
  shipment_line_id: { zh: '发货明细', en: 'Shipment line' },
  receipt_date: { zh: '收款日期', en: 'Receipt date' },
  method: { zh: '收款方式', en: 'Payment method' },
  reference: { zh: '银行流水/参考号', en: 'Reference' },
  bill_no: { zh: '汇票号', en: 'Bill no.' },
  bill_maturity: { zh: '汇票到期日', en: 'Bill maturity' },
  order_id: { zh: '销售订单', en: 'Sales order' },
  allocations: { zh: '核销分配', en: 'Allocations' },
  invoice_id: { zh: '发票', en: 'Invoice' },
  reversal_date: { zh: '冲销日期', en: 'Reversal date' },
  credit_kind: { zh: '红字类型', en: 'Credit note kind' },
  target_invoice_id: { zh: '冲减的发票', en: 'Invoice credited' },
  source_type: { zh: '来源类型', en: 'Source type' },
  source_id: { zh: '来源单据', en: 'Source document' },
  allocation_id: { zh: '核销记录', en: 'Match' },
  fingerprint: { zh: '预览标识', en: 'Preview fingerprint' },
  return_date: { zh: '退货日期', en: 'Return date' },
  shipment_id: { zh: '发货单', en: 'Shipment' },
  from: { zh: '开始日期', en: 'From' },
  to: { zh: '结束日期', en: 'To' },
  customer_ids: { zh: '客户', en: 'Customers' },
  only_with_balance: { zh: '仅有余额的客户', en: 'Only customers with a balance' },
  via: { zh: '发送方式', en: 'Sent via' },
  agreed: { zh: '是否相符', en: 'Agreed' },
  confirmed_on: { zh: '确认日期', en: 'Confirmed on' },
  confirmed_by_name: { zh: '确认人', en: 'Confirmed by' },
  confirmed_amount: { zh: '客户确认金额', en: 'Amount confirmed' },
  note: { zh: '备注', en: 'Note' },
  scan: { zh: '回执扫描件', en: 'Returned scan' },
  as_of: { zh: '截止日期', en: 'As of' },
  basis: { zh: '账龄依据', en: 'Basis' },
  buckets: { zh: '账龄区间', en: 'Buckets' },
  group_by: { zh: '分组', en: 'Group by' },
  bucket: { zh: '账龄区间', en: 'Bucket' },
  min_days: { zh: '最少逾期天数', en: 'Minimum days overdue' },
  days: { zh: '天数', en: 'Days' },
  invoice_workflow: { zh: '开票审批流程', en: 'Invoice approval workflow' },
  bad_debt_months: { zh: '坏账月数', en: 'Bad-debt months' },
  ageing_buckets: { zh: '账龄区间', en: 'Ageing buckets' },
  auto_apply_advances: { zh: '自动使用预收款', en: 'Apply advances automatically' },
  type: { zh: '文件类型', en: 'File type' },
  data_base64: { zh: '文件内容', en: 'File content' },
  key: { zh: '分组', en: 'Group' },
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
  // ---- order-to-cash
  qty_positive: { zh: '必须大于 0', en: 'must be greater than 0' },
  qty_nonzero: { zh: '不能为 0', en: 'cannot be 0' },
  lines_required: { zh: '至少要有一行明细', en: 'needs at least one line' },
  bad_status: {
    zh: '{doc}当前状态为「{status}」，不能{action}',
    en: 'The {doc} is {status}; it cannot be {action}',
  },
  inactive_ref: { zh: '已停用，不能使用', en: 'is deactivated and cannot be used' },
  wrong_customer: { zh: '不属于该客户', en: 'does not belong to this customer' },
  exceeds_remaining: {
    zh: '超过可发数量（剩余 {remaining}）',
    en: 'exceeds what is left to ship ({remaining})',
  },
  exceeds_quotation: {
    zh: '超过报价剩余数量（剩余 {remaining}）',
    en: 'exceeds what is left on the quotation ({remaining})',
  },
  insufficient_stock: {
    zh: '库存不足：{product} 在 {warehouse} 现存 {on_hand}，需要 {needed}',
    en: 'Not enough stock: {product} in {warehouse} has {on_hand}, {needed} needed',
  },
  stock_negative: {
    zh: '调整后库存为负：{product} 现存 {on_hand}',
    en: 'Stock would go negative: {product} has {on_hand}',
  },
  order_not_shippable: {
    zh: '订单 {order} 未审核或已冻结/结案，不能发货',
    en: 'Order {order} is not approved, or is held or closed; it cannot ship',
  },
  warehouse_mismatch: {
    zh: '订单 {order} 的发货仓库是 {warehouse}',
    en: 'Order {order} ships from {warehouse}',
  },
  mixed_customers: {
    zh: '一张发货单只能包含同一客户的订单',
    en: 'A shipment can only hold orders of one customer',
  },
  credit_blocked: { zh: '信用控制：{reason}', en: 'Credit control: {reason}' },
  has_downstream: {
    zh: '已有后续单据（{what}），不能作废',
    en: 'Later documents exist ({what}); it cannot be voided',
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
