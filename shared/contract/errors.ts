/** The error shape every transport returns. Messages are given in both languages; the UI picks one. */
export const ERROR_CODES = [
  'VALIDATION',
  'UNKNOWN_METHOD',
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'NOT_FOUND',
  'CONFLICT',
  'DUPLICATE',
  'LOCKED',
  'BUSINESS_RULE',
  'PAYLOAD_TOO_LARGE',
  'UNAVAILABLE',
  'INTERNAL',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

export interface FieldError {
  /** Path into the input, e.g. ["lines", 0, "qty"]. */
  path: (string | number)[];
  message_zh: string;
  message_en: string;
}

export interface RpcErrorBody {
  code: ErrorCode;
  message_zh: string;
  message_en: string;
  fields?: FieldError[];
  /** Extra machine-readable data (the duplicates found, the credit breakdown …). */
  details?: unknown;
  correlation_id?: string;
}

export type RpcEnvelope<T = unknown> = { ok: true; data: T } | { ok: false; error: RpcErrorBody };

export const HTTP_STATUS: Record<ErrorCode, number> = {
  VALIDATION: 400,
  UNKNOWN_METHOD: 404,
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  CONFLICT: 409,
  DUPLICATE: 409,
  LOCKED: 423,
  BUSINESS_RULE: 422,
  PAYLOAD_TOO_LARGE: 413,
  UNAVAILABLE: 503,
  INTERNAL: 500,
};
