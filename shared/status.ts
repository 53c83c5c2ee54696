/**
 * Document life cycles. Every state change a service makes goes through `transition()`, so a document
 * can only move along these arrows; the tables below are also what the screens use to enable buttons.
 *
 *   draft ──submit──▶ (submitted ──approve──▶) approved ──close──▶ closed
 *     │                    │ reject → draft        │ (credit check fails at approval → hold)
 *     └──void              └──void                 └──void (only while nothing downstream exists)
 *   hold ──release──▶ approved;  hold ──creditReject──▶ rejected
 */
export const QUOTATION_STATUSES = ['draft', 'submitted', 'approved', 'closed', 'void'] as const;
export const ORDER_STATUSES = [
  'draft',
  'submitted',
  'hold',
  'approved',
  'closed',
  'void',
  'rejected',
] as const;
export const SHIPMENT_STATUSES = ['draft', 'approved', 'void'] as const;

export type QuotationStatus = (typeof QUOTATION_STATUSES)[number];
export type OrderStatus = (typeof ORDER_STATUSES)[number];
export type ShipmentStatus = (typeof SHIPMENT_STATUSES)[number];

type Machine<S extends string> = Record<string, { from: readonly S[]; to: S | ((ctx: unknown) => S) }>;

export const QUOTATION_MACHINE = {
  edit: { from: ['draft'], to: 'draft' },
  delete: { from: ['draft'], to: 'void' },
  submitForApproval: { from: ['draft'], to: 'submitted' },
  approve: { from: ['draft', 'submitted'], to: 'approved' },
  reject: { from: ['submitted'], to: 'draft' },
  convert: { from: ['approved'], to: 'approved' },
  close: { from: ['approved'], to: 'closed' },
  void: { from: ['draft', 'submitted', 'approved'], to: 'void' },
} as const satisfies Machine<QuotationStatus>;

export const ORDER_MACHINE = {
  edit: { from: ['draft'], to: 'draft' },
  delete: { from: ['draft'], to: 'void' },
  submitForApproval: { from: ['draft'], to: 'submitted' },
  approve: { from: ['draft', 'submitted'], to: 'approved' },
  hold: { from: ['draft', 'submitted'], to: 'hold' },
  reject: { from: ['submitted'], to: 'draft' },
  release: { from: ['hold'], to: 'approved' },
  creditReject: { from: ['hold'], to: 'rejected' },
  ship: { from: ['approved'], to: 'approved' },
  close: { from: ['approved'], to: 'closed' },
  reopen: { from: ['closed'], to: 'approved' },
  void: { from: ['draft', 'submitted', 'hold', 'approved'], to: 'void' },
} as const satisfies Machine<OrderStatus>;

export const SHIPMENT_MACHINE = {
  edit: { from: ['draft'], to: 'draft' },
  delete: { from: ['draft'], to: 'void' },
  approve: { from: ['draft'], to: 'approved' },
  void: { from: ['approved'], to: 'void' },
} as const satisfies Machine<ShipmentStatus>;

export type OrderAction = keyof typeof ORDER_MACHINE;
export type QuotationAction = keyof typeof QUOTATION_MACHINE;
export type ShipmentAction = keyof typeof SHIPMENT_MACHINE;

export function can<M extends Record<string, { from: readonly string[] }>>(
  machine: M,
  status: string,
  action: keyof M,
): boolean {
  return (machine[action]?.from as readonly string[] | undefined)?.includes(status) ?? false;
}

export function nextStatus<M extends Record<string, { from: readonly string[]; to: unknown }>>(
  machine: M,
  status: string,
  action: keyof M,
): M[keyof M]['to'] | null {
  return can(machine, status, action) ? machine[action]!.to : null;
}

export const STATUS_LABELS: Record<string, { zh: string; en: string }> = {
  draft: { zh: '草稿', en: 'Draft' },
  submitted: { zh: '待审批', en: 'Awaiting approval' },
  hold: { zh: '信用冻结', en: 'Credit hold' },
  approved: { zh: '已审核', en: 'Approved' },
  closed: { zh: '已结案', en: 'Closed' },
  void: { zh: '已作废', en: 'Void' },
  rejected: { zh: '信用拒绝', en: 'Credit rejected' },
  // ---- finance
  checked: { zh: '待开具', en: 'Checked' },
  reversed: { zh: '已冲销', en: 'Reversed' },
};

export const ACTION_LABELS: Record<string, { zh: string; en: string }> = {
  edit: { zh: '修改', en: 'edit' },
  delete: { zh: '删除', en: 'delete' },
  submitForApproval: { zh: '提交审批', en: 'submit for approval' },
  approve: { zh: '审核', en: 'approve' },
  hold: { zh: '信用冻结', en: 'put on credit hold' },
  reject: { zh: '驳回', en: 'reject' },
  release: { zh: '信用放行', en: 'release' },
  creditReject: { zh: '信用拒绝', en: 'reject on credit' },
  ship: { zh: '发货', en: 'ship' },
  convert: { zh: '转订单', en: 'convert to an order' },
  close: { zh: '结案', en: 'close' },
  reopen: { zh: '反结案', en: 'reopen' },
  void: { zh: '作废', en: 'void' },
};
