import type { Db } from '../../db/database';
import type { HandlersFor, ServiceContext, SessionUser } from '../../rpc/context';
import { AppError, notFound, versionConflict } from '../../rpc/errors';
import type {
  ContactRow,
  CustomerDetail,
  CustomerRow,
  DuplicateHit,
  customerInput,
} from '../../../../shared/contract/customers';
import type { z } from 'zod';
import { companyNameKey, cleanName } from '../../../../shared/validation/names';
import { lockRow, placeholders, runList, escapeLike, type ListSpec } from '../common/list';
import { customerScopeClause, visibleUserIds } from '../common/scope';
import { formatNumber, nextNumber } from '../common/numbering';
import { joinList, pinyinInitials, splitList, toBool } from '../common/text';
import { FIELD_LABELS, message } from '../../../../shared/messages';
import { leadHeldByOther } from '../crm/dupcheck';

type Raw = Record<string, unknown>;
type Input = z.output<typeof customerInput>;

const SELECT = `c.id, c.code, c.legal_name, c.short_name, c.credit_code, c.customer_type, c.grade, c.region_id,
  r.name AS region_name, c.owner_id, o.name AS owner_name, c.phone, c.address, c.credit_limit, c.credit_days,
  c.term_basis, c.bad_record, c.active, c.created_at, c.updated_at, c.version`;
const FROM = 'customers c JOIN users o ON o.id = c.owner_id LEFT JOIN regions r ON r.id = c.region_id';

export const customerListSpec: ListSpec = {
  from: FROM,
  select: SELECT,
  fields: {
    code: { sql: 'c.code', type: 'text' },
    legal_name: { sql: 'c.legal_name', type: 'text' },
    short_name: { sql: 'c.short_name', type: 'text' },
    credit_code: { sql: 'c.credit_code', type: 'text' },
    customer_type: { sql: 'c.customer_type', type: 'enum' },
    grade: { sql: 'c.grade', type: 'enum' },
    region_id: { sql: 'c.region_id', type: 'number' },
    region_name: { sql: 'r.name', type: 'text' },
    owner_id: { sql: 'c.owner_id', type: 'number' },
    owner_name: { sql: 'o.name', type: 'text' },
    phone: { sql: 'c.phone', type: 'text' },
    address: { sql: 'c.address', type: 'text' },
    credit_limit: { sql: 'c.credit_limit', type: 'number' },
    credit_days: { sql: 'c.credit_days', type: 'number' },
    term_basis: { sql: 'c.term_basis', type: 'enum' },
    bad_record: { sql: 'c.bad_record', type: 'bool' },
    active: { sql: 'c.active', type: 'bool' },
    created_at: { sql: 'c.created_at', type: 'date' },
    updated_at: { sql: 'c.updated_at', type: 'date' },
  },
  search: ['c.legal_name', 'c.short_name', 'c.code', 'c.py', 'c.phone', 'c.credit_code'],
  activeColumn: 'c.active',
  defaultSort: { field: 'code', dir: 'desc' },
  tiebreak: 'c.id',
};

export function toCustomerRow(r: Raw): CustomerRow {
  return {
    id: Number(r.id),
    code: String(r.code),
    legal_name: String(r.legal_name),
    short_name: (r.short_name as string | null) ?? null,
    credit_code: (r.credit_code as string | null) ?? null,
    customer_type: r.customer_type as CustomerRow['customer_type'],
    grade: r.grade as CustomerRow['grade'],
    region_id: r.region_id == null ? null : Number(r.region_id),
    region_name: (r.region_name as string | null) ?? null,
    owner_id: Number(r.owner_id),
    owner_name: String(r.owner_name),
    phone: (r.phone as string | null) ?? null,
    address: (r.address as string | null) ?? null,
    credit_limit: Number(r.credit_limit),
    credit_days: Number(r.credit_days),
    term_basis: r.term_basis === 'month_end' ? 'month_end' : 'invoice',
    bad_record: toBool(r.bad_record),
    active: toBool(r.active),
    created_at: String(r.created_at),
    updated_at: String(r.updated_at),
    version: Number(r.version),
  };
}

const toContact = (r: Raw): ContactRow => ({
  id: Number(r.id),
  customer_id: Number(r.customer_id),
  name: String(r.name),
  title: (r.title as string | null) ?? null,
  mobile: (r.mobile as string | null) ?? null,
  phone: (r.phone as string | null) ?? null,
  email: (r.email as string | null) ?? null,
  birthday: (r.birthday as string | null) ?? null,
  is_primary: toBool(r.is_primary),
  notes: (r.notes as string | null) ?? null,
  active: toBool(r.active),
  version: Number(r.version),
});

/** Is the customer within the user's data scope? */
export async function canSeeCustomer(db: Db, user: SessionUser, customerId: number): Promise<boolean> {
  const ids = await visibleUserIds(db, user);
  const scope = customerScopeClause(ids);
  const r = await db.get(
    `SELECT c.id FROM customers c WHERE c.id = ?${scope ? ` AND ${scope.clause}` : ''}`,
    [customerId, ...(scope?.params ?? [])],
  );
  return r !== undefined;
}

async function detail(ctx: ServiceContext, id: number): Promise<CustomerDetail> {
  const r = await ctx.db.get<Raw>(
    `SELECT ${SELECT}, c.bank_name, c.bank_account, c.source, c.tags, c.notes, cb.name AS created_by_name
     FROM ${FROM} LEFT JOIN users cb ON cb.id = c.created_by WHERE c.id = ?`,
    [id],
  );
  if (!r) throw notFound('客户', 'Customer');
  const coOwners = await ctx.db.all<{ id: number; name: string }>(
    'SELECT u.id, u.name FROM customer_owners co JOIN users u ON u.id = co.user_id WHERE co.customer_id = ? ORDER BY u.name',
    [id],
  );
  const contacts = await ctx.db.all<Raw>(
    'SELECT * FROM contacts WHERE customer_id = ? ORDER BY is_primary DESC, active DESC, id',
    [id],
  );
  return {
    ...toCustomerRow(r),
    bank_name: (r.bank_name as string | null) ?? null,
    bank_account: (r.bank_account as string | null) ?? null,
    source: (r.source as CustomerDetail['source']) ?? null,
    tags: splitList(r.tags),
    notes: (r.notes as string | null) ?? null,
    co_owners: coOwners.map((c) => ({ id: Number(c.id), name: c.name })),
    contacts: contacts.map(toContact),
    created_by_name: (r.created_by_name as string | null) ?? null,
  };
}

async function requireVisible(ctx: ServiceContext, id: number): Promise<void> {
  const user = ctx.requireUser();
  if (!(await canSeeCustomer(ctx.db, user, id))) throw notFound('客户', 'Customer');
}

/* ------------------------------------------------------------------ duplicate check (查重) */

export async function findDuplicates(
  db: Db,
  legalName: string | null | undefined,
  creditCode: string | null | undefined,
  excludeId?: number,
): Promise<{ exact: DuplicateHit[]; similar: DuplicateHit[] }> {
  const exact: DuplicateHit[] = [];
  const similar: DuplicateHit[] = [];
  const seen = new Set<number>();
  const ex = excludeId ?? 0;
  const base =
    'SELECT c.id, c.code, c.legal_name, o.name AS owner_name FROM customers c JOIN users o ON o.id = c.owner_id';
  const hit = (r: Raw, match: DuplicateHit['match']): DuplicateHit => ({
    id: Number(r.id),
    code: String(r.code),
    legal_name: String(r.legal_name),
    owner_name: String(r.owner_name),
    match,
  });
  const name = legalName ? cleanName(legalName) : '';
  if (name) {
    for (const r of await db.all<Raw>(`${base} WHERE c.legal_name = ? AND c.id <> ?`, [name, ex])) {
      exact.push(hit(r, 'legal_name'));
      seen.add(Number(r.id));
    }
  }
  if (creditCode) {
    for (const r of await db.all<Raw>(`${base} WHERE c.credit_code = ? AND c.id <> ?`, [creditCode, ex])) {
      if (seen.has(Number(r.id))) continue;
      exact.push(hit(r, 'credit_code'));
      seen.add(Number(r.id));
    }
  }
  const key = name ? companyNameKey(name) : '';
  if (key.length >= 2) {
    // Same key, or one key containing the other (华为 vs 华为技术) when the shorter has ≥ 4 characters.
    const params: unknown[] = [key, ex];
    let sql = `${base} WHERE (c.name_key = ?`;
    if (key.length >= 4) {
      sql += ` OR c.name_key LIKE ? ESCAPE '\\' OR (LENGTH(c.name_key) >= 4 AND ? LIKE '%' || c.name_key || '%')`;
      params.splice(1, 0, `%${escapeLike(key)}%`, key);
    }
    sql += ') AND c.id <> ? ORDER BY c.id LIMIT 10';
    for (const r of await db.all<Raw>(sql, params)) {
      if (seen.has(Number(r.id))) continue;
      similar.push(hit(r, 'similar'));
      seen.add(Number(r.id));
    }
  }
  return { exact, similar };
}

function duplicateError(
  found: { exact: DuplicateHit[]; similar: DuplicateHit[] },
  confirmSimilar: boolean,
): AppError | null {
  const first = found.exact[0];
  if (first) {
    const field = first.match;
    const m = message('duplicate_customer_exact', {
      name: `${first.legal_name}（${first.code}）`,
      owner: first.owner_name,
    });
    const label = FIELD_LABELS[field]!;
    return new AppError(
      'DUPLICATE',
      `${label.zh}：${m.zh}`,
      `${label.en}: ${m.en}`,
      [{ path: [field], message_zh: m.zh, message_en: m.en }],
      { kind: 'exact', hits: found.exact },
    );
  }
  if (found.similar.length && !confirmSimilar) {
    const names = found.similar.map((h) => `${h.legal_name}（${h.owner_name}）`).join('、');
    const m = message('duplicate_customer_similar', { names });
    return new AppError(
      'DUPLICATE',
      m.zh,
      m.en,
      [{ path: ['legal_name'], message_zh: m.zh, message_en: m.en }],
      { kind: 'similar', hits: found.similar },
    );
  }
  return null;
}

/* ------------------------------------------------------------------ write helpers */

async function checkRefs(ctx: ServiceContext, input: Input, ownerId: number): Promise<void> {
  if (
    input.region_id != null &&
    !(await ctx.db.get('SELECT id FROM regions WHERE id = ?', [input.region_id]))
  ) {
    throw AppError.field('VALIDATION', ['region_id'], 'invalid_value');
  }
  const users = [ownerId, ...input.co_owner_ids];
  const found = await ctx.db.all<{ id: number; active: unknown }>(
    `SELECT id, active FROM users WHERE id IN (${placeholders(users.length)})`,
    users,
  );
  const ok = new Map(found.map((u) => [Number(u.id), toBool(u.active)]));
  if (!ok.get(ownerId)) throw AppError.field('VALIDATION', ['owner_id'], 'invalid_value');
  input.co_owner_ids.forEach((id, i) => {
    if (!ok.has(id)) throw AppError.field('VALIDATION', ['co_owner_ids', i], 'invalid_value');
  });
}

/** Owner rules: a salesperson (scope own) owns what they create; a manager assigns within the team. */
async function checkOwner(ctx: ServiceContext, ownerId: number, currentOwner: number | null): Promise<void> {
  const user = ctx.requireUser();
  if (ownerId === currentOwner) return;
  const ids = await visibleUserIds(ctx.db, user);
  if (ids !== null && !ids.includes(ownerId)) {
    throw new AppError(
      'FORBIDDEN',
      '客户所有人：只能指定给自己或下属',
      'Owner: you can only assign yourself or your team',
      [{ path: ['owner_id'], message_zh: '只能指定给自己或下属', message_en: 'only yourself or your team' }],
    );
  }
}

export function checkCreditFields(
  user: SessionUser,
  input: Input,
  current: { credit_limit: number; credit_days: number; bad_record: boolean; term_basis?: string },
): void {
  if (user.permissions.has('customers.credit')) return;
  const changed: string[] = [];
  if (input.credit_limit !== current.credit_limit) changed.push('credit_limit');
  if (input.credit_days !== current.credit_days) changed.push('credit_days');
  if (input.term_basis !== (current.term_basis ?? 'invoice')) changed.push('term_basis');
  if (input.bad_record !== current.bad_record) changed.push('bad_record');
  if (changed.length === 0) return;
  const m = message('credit_fields_forbidden');
  throw new AppError(
    'FORBIDDEN',
    m.zh,
    m.en,
    changed.map((f) => ({ path: [f], message_zh: m.zh, message_en: m.en })),
  );
}

async function saveCoOwners(db: Db, customerId: number, ownerId: number, ids: number[]): Promise<void> {
  await db.run('DELETE FROM customer_owners WHERE customer_id = ?', [customerId]);
  for (const uid of new Set(ids)) {
    if (uid === ownerId) continue;
    await db.run('INSERT INTO customer_owners (customer_id, user_id) VALUES (?, ?)', [customerId, uid]);
  }
}

/** The stored columns of a customer (derived keys included); also used by the customer import. */
export function customerColumns(input: Input, name: string) {
  return {
    legal_name: name,
    name_key: companyNameKey(name),
    py: pinyinInitials(name, input.short_name),
    short_name: input.short_name,
    credit_code: input.credit_code,
    address: input.address,
    phone: input.phone,
    bank_name: input.bank_name,
    bank_account: input.bank_account,
    customer_type: input.customer_type,
    grade: input.grade,
    region_id: input.region_id,
    source: input.source,
    tags: joinList(input.tags),
    credit_limit: input.credit_limit,
    credit_days: input.credit_days,
    term_basis: input.term_basis,
    bad_record: input.bad_record,
    notes: input.notes,
  };
}

/* ------------------------------------------------------------------ handlers */

export const customerHandlers: HandlersFor<'customers.' | 'contacts.'> = {
  async 'customers.list'(ctx, q) {
    const user = ctx.requireUser();
    const scope = customerScopeClause(await visibleUserIds(ctx.db, user));
    const base = { clauses: [] as string[], params: [] as unknown[] };
    if (scope) {
      base.clauses.push(scope.clause);
      base.params.push(...scope.params);
    }
    if (q.owner_id) {
      base.clauses.push('c.owner_id = ?');
      base.params.push(q.owner_id);
    }
    const r = await runList<Raw>(ctx.db, customerListSpec, q, base);
    return { rows: r.rows.map(toCustomerRow), total: r.total };
  },

  async 'customers.get'(ctx, { id }) {
    await requireVisible(ctx, id);
    return detail(ctx, id);
  },

  async 'customers.options'(ctx, q) {
    const user = ctx.requireUser();
    const scope = customerScopeClause(await visibleUserIds(ctx.db, user));
    const clauses: string[] = [];
    const params: unknown[] = [];
    if (scope) {
      clauses.push(scope.clause);
      params.push(...scope.params);
    }
    if (q.ids?.length) {
      clauses.push(`c.id IN (${placeholders(q.ids.length)})`);
      params.push(...q.ids);
    } else {
      clauses.push('c.active = ?');
      params.push(true);
      if (q.q) {
        const s = `%${escapeLike(q.q)}%`;
        const like = ctx.db.ilike;
        clauses.push(
          `(c.legal_name ${like} ? ESCAPE '\\' OR c.short_name ${like} ? ESCAPE '\\' OR c.code ${like} ? ESCAPE '\\' OR c.py ${like} ? ESCAPE '\\')`,
        );
        params.push(s, s, s, s);
      }
    }
    const rows = await ctx.db.all<Raw>(
      `SELECT c.id, c.code, c.legal_name, c.short_name FROM customers c WHERE ${clauses.join(' AND ')} ORDER BY c.legal_name LIMIT ?`,
      [...params, q.limit],
    );
    return rows.map((r) => ({
      id: Number(r.id),
      label: String(r.legal_name),
      sub: `${String(r.code)}${r.short_name ? ` · ${String(r.short_name)}` : ''}`,
    }));
  },

  async 'customers.checkDuplicate'(ctx, q) {
    let code: string | null = null;
    if (q.credit_code) code = q.credit_code.normalize('NFKC').replace(/\s+/g, '').toUpperCase();
    return findDuplicates(ctx.db, q.legal_name, code, q.exclude_id);
  },

  async 'customers.create'(ctx, input) {
    const user = ctx.requireUser();
    const name = cleanName(input.legal_name);
    const ownerId = input.owner_id ?? user.id;
    checkCreditFields(user, input, { credit_limit: 0, credit_days: 0, bad_record: false });
    await checkOwner(ctx, ownerId, user.id);
    await checkRefs(ctx, input, ownerId);
    const dup = duplicateError(await findDuplicates(ctx.db, name, input.credit_code), input.confirm_similar);
    if (dup) throw dup;
    // ---- crm: first to file owns it — a company someone else holds as a lead is not created again.
    const held = await leadHeldByOther(ctx.db, name, ownerId);
    if (held) throw held;
    const now = ctx.nowIso();
    const code = formatNumber('C', 0, await nextNumber(ctx.db, 'CUST', 0));
    const id = await ctx.db.insert('customers', {
      code,
      ...customerColumns(input, name),
      owner_id: ownerId,
      active: true,
      created_by: user.id,
      updated_by: user.id,
      created_at: now,
      updated_at: now,
      version: 0,
    });
    await saveCoOwners(ctx.db, id, ownerId, input.co_owner_ids);
    ctx.audit(id, `新建客户 ${code} ${name}`);
    return detail(ctx, id);
  },

  async 'customers.update'(ctx, input) {
    const user = ctx.requireUser();
    await requireVisible(ctx, input.id);
    await lockRow(ctx.db, 'customers', input.id);
    const cur = await detail(ctx, input.id);
    if (cur.version !== input.version) throw versionConflict();
    const name = cleanName(input.legal_name);
    const ownerId = input.owner_id ?? cur.owner_id;
    checkCreditFields(user, input, cur);
    await checkOwner(ctx, ownerId, cur.owner_id);
    await checkRefs(ctx, input, ownerId);
    const nameChanged = name !== cur.legal_name;
    const found = await findDuplicates(ctx.db, name, input.credit_code, input.id);
    // A name that did not change does not need re-confirming.
    const dup = duplicateError(found, input.confirm_similar || !nameChanged);
    if (dup) throw dup;
    const cols = customerColumns(input, name);
    const sets = Object.keys(cols).map((k) => `${k} = ?`);
    await ctx.db.run(
      `UPDATE customers SET ${sets.join(', ')}, owner_id = ?, updated_by = ?, updated_at = ?, version = version + 1 WHERE id = ?`,
      [...Object.values(cols), ownerId, user.id, ctx.nowIso(), input.id],
    );
    await saveCoOwners(ctx.db, input.id, ownerId, input.co_owner_ids);
    const changes: string[] = [];
    if (nameChanged) changes.push(`全称 ${cur.legal_name} → ${name}`);
    if (ownerId !== cur.owner_id) changes.push(`所有人 ${cur.owner_id} → ${ownerId}`);
    if (input.credit_limit !== cur.credit_limit)
      changes.push(`信用额度 ${cur.credit_limit} → ${input.credit_limit}`);
    if (input.credit_days !== cur.credit_days)
      changes.push(`信用期限 ${cur.credit_days} → ${input.credit_days}`);
    ctx.audit(input.id, `修改客户 ${cur.code}${changes.length ? `：${changes.join('；')}` : ''}`);
    return detail(ctx, input.id);
  },

  async 'customers.setCredit'(ctx, input) {
    const user = ctx.requireUser();
    await requireVisible(ctx, input.id);
    await lockRow(ctx.db, 'customers', input.id);
    const cur = await detail(ctx, input.id);
    if (cur.version !== input.version) throw versionConflict();
    await ctx.db.run(
      'UPDATE customers SET credit_limit = ?, credit_days = ?, term_basis = ?, bad_record = ?, updated_by = ?, updated_at = ?, version = version + 1 WHERE id = ?',
      [
        input.credit_limit,
        input.credit_days,
        input.term_basis ?? cur.term_basis,
        input.bad_record,
        user.id,
        ctx.nowIso(),
        input.id,
      ],
    );
    ctx.audit(
      input.id,
      `信用调整 ${cur.code}：额度 ${cur.credit_limit} → ${input.credit_limit}，期限 ${cur.credit_days} → ${input.credit_days}` +
        `${cur.bad_record !== input.bad_record ? `，不良记录 ${input.bad_record ? '是' : '否'}` : ''}` +
        `${input.reason ? `，原因：${input.reason}` : ''}`,
    );
    return detail(ctx, input.id);
  },

  async 'customers.setActive'(ctx, { id, active, reason }) {
    await requireVisible(ctx, id);
    await lockRow(ctx.db, 'customers', id);
    const cur = await detail(ctx, id);
    await ctx.db.run(
      'UPDATE customers SET active = ?, updated_by = ?, updated_at = ?, version = version + 1 WHERE id = ?',
      [active, ctx.requireUser().id, ctx.nowIso(), id],
    );
    ctx.audit(
      id,
      `${active ? '启用' : '停用'}客户 ${cur.code} ${cur.legal_name}${reason ? `，原因：${reason}` : ''}`,
    );
    return detail(ctx, id);
  },

  async 'contacts.save'(ctx, input) {
    await requireVisible(ctx, input.customer_id);
    const now = ctx.nowIso();
    let id = input.id;
    const cols = {
      name: input.name,
      title: input.title,
      mobile: input.mobile,
      phone: input.phone,
      email: input.email,
      birthday: input.birthday,
      is_primary: input.is_primary,
      notes: input.notes,
    };
    if (input.is_primary) {
      await ctx.db.run('UPDATE contacts SET is_primary = ? WHERE customer_id = ? AND id <> ?', [
        false,
        input.customer_id,
        id ?? 0,
      ]);
    }
    if (id == null) {
      id = await ctx.db.insert('contacts', {
        customer_id: input.customer_id,
        ...cols,
        active: true,
        created_at: now,
        updated_at: now,
        version: 0,
      });
      ctx.audit(id, `新建联系人 ${input.name}（客户 ${input.customer_id}）`);
    } else {
      const cur = await ctx.db.get<Raw>(
        `SELECT customer_id, version FROM contacts WHERE id = ?${ctx.db.forUpdate}`,
        [id],
      );
      if (!cur || Number(cur.customer_id) !== input.customer_id) throw notFound('联系人', 'Contact');
      if (Number(cur.version) !== input.version) throw versionConflict();
      const sets = Object.keys(cols).map((k) => `${k} = ?`);
      await ctx.db.run(
        `UPDATE contacts SET ${sets.join(', ')}, updated_at = ?, version = version + 1 WHERE id = ?`,
        [...Object.values(cols), now, id],
      );
      ctx.audit(id, `修改联系人 ${input.name}`);
    }
    return toContact((await ctx.db.get<Raw>('SELECT * FROM contacts WHERE id = ?', [id]))!);
  },

  async 'contacts.setActive'(ctx, { id, active }) {
    const cur = await ctx.db.get<Raw>('SELECT customer_id, name FROM contacts WHERE id = ?', [id]);
    if (!cur) throw notFound('联系人', 'Contact');
    await requireVisible(ctx, Number(cur.customer_id));
    await ctx.db.run('UPDATE contacts SET active = ?, updated_at = ?, version = version + 1 WHERE id = ?', [
      active,
      ctx.nowIso(),
      id,
    ]);
    ctx.audit(id, `${active ? '启用' : '停用'}联系人 ${String(cur.name)}`);
    return toContact((await ctx.db.get<Raw>('SELECT * FROM contacts WHERE id = ?', [id]))!);
  },
};
