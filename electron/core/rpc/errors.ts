import type { z } from 'zod';
import type { ErrorCode, FieldError, RpcErrorBody } from '../../../shared/contract/errors';
import { FIELD_LABELS, MESSAGES, fieldLabel, fill, message, type MessageKey } from '../../../shared/messages';

/** A failure the user should see. Services throw these; the dispatcher maps them to RpcErrorBody. */
export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    readonly messageZh: string,
    readonly messageEn: string,
    readonly fields?: FieldError[],
    readonly details?: unknown,
    /** Commit the writes made so far before returning the error (a failed login still counts). */
    readonly commit = false,
  ) {
    super(messageEn);
  }

  /** Set for unexpected errors: the reference the user quotes and the log line carries. */
  correlationId?: string;

  static of(
    code: ErrorCode,
    key: MessageKey,
    params?: Record<string, unknown>,
    extra: { fields?: FieldError[]; details?: unknown; commit?: boolean } = {},
  ): AppError {
    const m = message(key, params);
    return new AppError(code, m.zh, m.en, extra.fields, extra.details, extra.commit ?? false);
  }

  /** An error about one input field: the message names the field in both languages. */
  static field(
    code: ErrorCode,
    path: (string | number)[],
    key: MessageKey,
    params?: Record<string, unknown>,
    details?: unknown,
  ): AppError {
    const label = fieldLabel(path);
    const m = message(key, params);
    const fe: FieldError = { path, message_zh: m.zh, message_en: m.en };
    return new AppError(code, `${label.zh}：${m.zh}`, `${label.en}: ${m.en}`, [fe], details);
  }

  toBody(): RpcErrorBody {
    const body: RpcErrorBody = { code: this.code, message_zh: this.messageZh, message_en: this.messageEn };
    if (this.fields?.length) body.fields = this.fields;
    if (this.details !== undefined) body.details = this.details;
    if (this.correlationId) body.correlation_id = this.correlationId;
    return body;
  }
}

export const notFound = (entityZh: string, entityEn: string): AppError =>
  new AppError('NOT_FOUND', `${entityZh}不存在或无权查看`, `${entityEn} not found or not visible to you`);

export const versionConflict = (): AppError => AppError.of('CONFLICT', 'conflict_version');

/* ------------------------------------------------------------------ zod → field errors */

type Issue = z.core.$ZodIssue;

export function issueMessage(issue: Issue): { zh: string; en: string } {
  const key = issue.message as MessageKey;
  if (key in MESSAGES) {
    const params: Record<string, unknown> = {};
    if ('maximum' in issue) params.max = issue.maximum;
    if ('minimum' in issue) params.min = issue.minimum;
    return { zh: fill(MESSAGES[key].zh, params), en: fill(MESSAGES[key].en, params) };
  }
  switch (issue.code) {
    case 'invalid_type':
      if (issue.input === undefined) return message('required');
      if (issue.expected === 'int') return message('not_integer');
      return message('invalid_type');
    case 'too_big':
      if (issue.origin === 'string') return message('too_long', { max: issue.maximum });
      if (issue.origin === 'array') return message('too_big', { max: `${issue.maximum} 项` });
      return message('too_big', { max: issue.maximum });
    case 'too_small':
      if (issue.origin === 'string' && Number(issue.minimum) <= 1) return message('required');
      if (issue.origin === 'string') return message('too_short', { min: issue.minimum });
      return message('too_small', { min: issue.minimum });
    case 'unrecognized_keys': {
      // At most 10 keys, each cut to 40 characters: 5 000 unknown keys must not make a 100 KB error.
      const shown = issue.keys.slice(0, 10).map((k) => (k.length > 40 ? `${k.slice(0, 40)}…` : k));
      const more = issue.keys.length > 10 ? ` … +${issue.keys.length - 10}` : '';
      return message('unrecognized_keys', { keys: shown.join(', ') + more });
    }
    case 'invalid_format':
      return issue.format === 'date' ? message('invalid_date') : message('invalid_format');
    case 'invalid_value':
    case 'invalid_union':
      return message('invalid_value');
    default:
      return message('invalid_value');
  }
}

export function validationError(error: z.ZodError): AppError {
  const fields: FieldError[] = error.issues.slice(0, 50).map((issue) => {
    const m = issueMessage(issue);
    const path = issue.path.map((p) => (typeof p === 'number' ? p : String(p)));
    const label = fieldLabel(path);
    const named = path.length > 0;
    return {
      path,
      message_zh: named ? `${label.zh}：${m.zh}` : m.zh,
      message_en: named ? `${label.en}: ${m.en}` : m.en,
    };
  });
  const first = fields[0];
  const head = message('validation_failed');
  return new AppError(
    'VALIDATION',
    first ? `${head.zh}：${first.message_zh}` : head.zh,
    first ? `${head.en}: ${first.message_en}` : head.en,
    fields,
  );
}

/* ------------------------------------------------------------------ unique-constraint violations */

/** Maps a database unique violation to a DUPLICATE error naming the field, when we can tell which. */
export function uniqueViolation(e: unknown, value?: (field: string) => unknown): AppError | null {
  const err = e as { code?: string; message?: string; constraint?: string; detail?: string };
  const isSqlite = err.code === 'SQLITE_CONSTRAINT_UNIQUE' || err.code === 'SQLITE_CONSTRAINT_PRIMARYKEY';
  const isPg = err.code === '23505';
  if (!isSqlite && !isPg) return null;
  let field: string | undefined;
  if (isPg && err.constraint) field = err.constraint.replace(/^uq_[a-z_]+?_(?=[a-z_]+$)/, '');
  if (isPg && err.detail) {
    const m = /Key \(([^)]+)\)/.exec(err.detail);
    if (m) field = m[1]!.split(',')[0]!.trim();
  }
  if (isSqlite && err.message) {
    const m = /UNIQUE constraint failed: \w+\.(\w+)/.exec(err.message);
    if (m) field = m[1];
  }
  if (!field || !(field in FIELD_LABELS)) {
    return new AppError('DUPLICATE', '数据重复，未保存', 'Duplicate value; nothing was saved');
  }
  const label = FIELD_LABELS[field]!;
  const v = String(value?.(field) ?? '');
  const zh = fill(MESSAGES.duplicate_value.zh, { field: label.zh, value: v });
  const en = fill(MESSAGES.duplicate_value.en, { field: label.en, value: v });
  return new AppError('DUPLICATE', zh, en, [{ path: [field], message_zh: zh, message_en: en }]);
}

/* ------------------------------------------------------------------ database connection lost */

const CONNECTION_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'EPIPE',
  'ETIMEDOUT',
  'EHOSTUNREACH',
  'ENOTFOUND',
]);

/**
 * The office database server is down or restarting (PostgreSQL SQLSTATE class 08, 57P01–57P03, a refused
 * or dropped connection): the user is told to try again in a moment instead of seeing an internal error.
 */
export function connectionFailure(e: unknown): AppError | null {
  const err = e as { code?: string; message?: string };
  const code = String(err?.code ?? '');
  const msg = String(err?.message ?? '');
  const lost =
    CONNECTION_CODES.has(code) ||
    code.startsWith('08') ||
    ['57P01', '57P02', '57P03'].includes(code) ||
    /Connection terminated|not queryable|connection timeout|timeout exceeded when trying to connect|the database system is (starting up|shutting down|not yet accepting|in recovery mode)/i.test(
      msg,
    );
  return lost ? AppError.of('UNAVAILABLE', 'db_unavailable') : null;
}
