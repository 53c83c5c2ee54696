import type { Db } from '../../db/database';
import type { FilterItem, ListQuery } from '../../../../shared/contract/common';
import { AppError } from '../../rpc/errors';

/**
 * Paged lists in SQL. A list declares which fields may be sorted and filtered and the SQL expression
 * behind each; nothing from the request reaches the SQL text except through this whitelist and bound
 * parameters.
 */
export type FieldType = 'text' | 'number' | 'date' | 'bool' | 'enum';

export interface ListField {
  sql: string;
  type: FieldType;
  /** Defaults to true. */
  sortable?: boolean;
}

export interface ListSpec {
  /** FROM clause with joins, e.g. `customers c LEFT JOIN users u ON u.id = c.owner_id`. */
  from: string;
  select: string;
  fields: Record<string, ListField>;
  /** SQL expressions the quick search (q) looks in. */
  search: string[];
  /** Column holding the active flag, if the list hides inactive rows by default. */
  activeColumn?: string;
  defaultSort: { field: string; dir: 'asc' | 'desc' };
  /** Unique expression appended to every ORDER BY so pages never overlap. */
  tiebreak: string;
}

export interface Where {
  clauses: string[];
  params: unknown[];
}

export const escapeLike = (s: string): string => s.replace(/[\\%_]/g, (c) => `\\${c}`);

function bad(field: string, what: string): AppError {
  return new AppError(
    'VALIDATION',
    `筛选条件无效：${field}（${what}）`,
    `Invalid filter on ${field} (${what})`,
    [{ path: ['filters'], message_zh: `无效的筛选：${field}`, message_en: `invalid filter: ${field}` }],
  );
}

function addFilter(db: Db, where: Where, f: FilterItem, spec: ListSpec): void {
  const field = spec.fields[f.field];
  if (!field) throw bad(f.field, 'unknown field');
  const e = field.sql;
  const like = db.ilike;
  const v = f.value;
  const push = (clause: string, ...params: unknown[]) => {
    where.clauses.push(clause);
    where.params.push(...params);
  };
  if (f.op === 'blank') return push(field.type === 'text' ? `(${e} IS NULL OR ${e} = '')` : `${e} IS NULL`);
  if (f.op === 'notBlank')
    return push(field.type === 'text' ? `(${e} IS NOT NULL AND ${e} <> '')` : `${e} IS NOT NULL`);

  if (field.type === 'text') {
    if (typeof v !== 'string') throw bad(f.field, 'text value expected');
    const s = escapeLike(v);
    switch (f.op) {
      case 'contains':
        return push(`${e} ${like} ? ESCAPE '\\'`, `%${s}%`);
      case 'notContains':
        return push(`(${e} IS NULL OR ${e} NOT ${like} ? ESCAPE '\\')`, `%${s}%`);
      case 'startsWith':
        return push(`${e} ${like} ? ESCAPE '\\'`, `${s}%`);
      case 'endsWith':
        return push(`${e} ${like} ? ESCAPE '\\'`, `%${s}`);
      case 'equals':
        return push(`LOWER(${e}) = LOWER(?)`, v);
      case 'notEqual':
        return push(`(${e} IS NULL OR LOWER(${e}) <> LOWER(?))`, v);
      default:
        throw bad(f.field, f.op);
    }
  }
  if (field.type === 'bool') {
    if (f.op !== 'equals' || typeof v !== 'boolean') throw bad(f.field, 'true/false expected');
    return push(`${e} = ?`, v);
  }
  if (field.type === 'enum') {
    if (f.op === 'equals' && typeof v === 'string') return push(`${e} = ?`, v);
    if (f.op === 'notEqual' && typeof v === 'string') return push(`${e} <> ?`, v);
    if (f.op === 'in' && f.values && f.values.length > 0) {
      return push(`${e} IN (${f.values.map(() => '?').join(', ')})`, ...f.values);
    }
    throw bad(f.field, f.op);
  }
  // number and date: comparisons. Numbers in this schema are whole (fen, thousandths, basis points,
  // ids); the parameter is typed BIGINT so that PostgreSQL does not infer the column's int4 and refuse
  // a value beyond it (found by tests/integration/hostile-input.test.ts).
  const okValue = (x: unknown) =>
    field.type === 'number'
      ? typeof x === 'number' && Number.isSafeInteger(x)
      : typeof x === 'string' && /^\d{4}-\d{2}-\d{2}/.test(x);
  const p = field.type === 'number' ? 'CAST(? AS BIGINT)' : '?';
  if (f.op === 'in') {
    if (!f.values?.length || !f.values.every(okValue)) throw bad(f.field, 'values');
    return push(`${e} IN (${f.values.map(() => p).join(', ')})`, ...f.values);
  }
  if (!okValue(v)) throw bad(f.field, field.type === 'number' ? 'whole number expected' : 'date expected');
  switch (f.op) {
    case 'equals':
      return push(`${e} = ${p}`, v);
    case 'notEqual':
      return push(`(${e} IS NULL OR ${e} <> ${p})`, v);
    case 'lessThan':
      return push(`${e} < ${p}`, v);
    case 'lessThanOrEqual':
      return push(`${e} <= ${p}`, v);
    case 'greaterThan':
      return push(`${e} > ${p}`, v);
    case 'greaterThanOrEqual':
      return push(`${e} >= ${p}`, v);
    case 'inRange':
      if (!okValue(f.value2)) throw bad(f.field, 'range end');
      return push(`${e} >= ${p} AND ${e} <= ${p}`, v, f.value2);
    default:
      throw bad(f.field, f.op);
  }
}

export function buildWhere(db: Db, spec: ListSpec, q: ListQuery, base?: Where): Where {
  const where: Where = { clauses: [...(base?.clauses ?? [])], params: [...(base?.params ?? [])] };
  if (spec.activeColumn && !q.include_inactive) {
    where.clauses.push(`${spec.activeColumn} = ?`);
    where.params.push(true);
  }
  for (const f of q.filters) addFilter(db, where, f, spec);
  if (q.q && spec.search.length) {
    const s = `%${escapeLike(q.q)}%`;
    where.clauses.push(`(${spec.search.map((e) => `${e} ${db.ilike} ? ESCAPE '\\'`).join(' OR ')})`);
    for (let i = 0; i < spec.search.length; i++) where.params.push(s);
  }
  return where;
}

export function orderBy(spec: ListSpec, q: ListQuery): string {
  const parts: string[] = [];
  const sorts = q.sort.length ? q.sort : [spec.defaultSort];
  for (const s of sorts) {
    const field = spec.fields[s.field];
    if (!field || field.sortable === false) throw bad(s.field, 'not sortable');
    parts.push(`${field.sql} ${s.dir === 'desc' ? 'DESC' : 'ASC'}`);
  }
  parts.push(spec.tiebreak);
  return parts.join(', ');
}

export async function runList<T>(
  db: Db,
  spec: ListSpec,
  q: ListQuery,
  base?: Where,
): Promise<{ rows: T[]; total: number | null }> {
  const where = buildWhere(db, spec, q, base);
  const whereSql = where.clauses.length ? ` WHERE ${where.clauses.join(' AND ')}` : '';
  const rows = await db.all<T>(
    `SELECT ${spec.select} FROM ${spec.from}${whereSql} ORDER BY ${orderBy(spec, q)} LIMIT ? OFFSET ?`,
    [...where.params, q.limit, q.offset],
  );
  let total: number | null = null;
  if (q.with_total) {
    if (q.offset === 0 && rows.length < q.limit) total = rows.length;
    else {
      const r = await db.get<{ n: number }>(
        `SELECT COUNT(*) AS n FROM ${spec.from}${whereSql}`,
        where.params,
      );
      total = Number(r?.n ?? 0);
    }
  }
  return { rows, total };
}

export const placeholders = (n: number): string => Array.from({ length: n }, () => '?').join(', ');

/**
 * Locks one row for the rest of the transaction (PostgreSQL: SELECT … FOR UPDATE; SQLite: the write
 * transaction already holds the database lock). Returns false if the row does not exist.
 */
export async function lockRow(db: Db, table: string, id: number): Promise<boolean> {
  const r = await db.get(`SELECT id FROM ${table} WHERE id = ?${db.forUpdate}`, [id]);
  return r !== undefined;
}
