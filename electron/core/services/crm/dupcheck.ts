import type { Db } from '../../db/database';
import { AppError } from '../../rpc/errors';
import { escapeLike } from '../common/list';
import { cleanName, companyNameKey } from '../../../../shared/validation/names';
import { FIELD_LABELS, message, type MessageKey } from '../../../../shared/messages';
import type { LeadDuplicateHit } from '../../../../shared/contract/crm';

type Raw = Record<string, unknown>;

/** Digits of a phone number for the duplicate check (+86 dropped); null when too short to mean anything. */
export function phoneKey(phone: string | null | undefined): string | null {
  if (!phone) return null;
  let d = phone.normalize('NFKC').replace(/\D/g, '');
  if (d.length === 13 && d.startsWith('86')) d = d.slice(2);
  return d.length >= 7 ? d.slice(0, 30) : null;
}

/** SQL expression: the digits of a phone column, for comparing with phoneKey(). */
const digits = (col: string) =>
  `REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(${col}, '-', ''), ' ', ''), '(', ''), ')', ''), '+86', '')`;

/**
 * 查重 for a lead: against open and pool leads and against customers, with the customers'
 * normalisation (companyNameKey). The same key is the same company ("first to file owns it");
 * one key containing the other is similar (warn); the same phone digits are a duplicate.
 */
export async function findLeadDuplicates(
  db: Db,
  company: string | null | undefined,
  phone: string | null | undefined,
  excludeLeadId = 0,
): Promise<{ exact: LeadDuplicateHit[]; similar: LeadDuplicateHit[] }> {
  const exact: LeadDuplicateHit[] = [];
  const similar: LeadDuplicateHit[] = [];
  const seen = new Set<string>();
  const add = (list: LeadDuplicateHit[], h: LeadDuplicateHit) => {
    const k = `${h.type}:${h.id}`;
    if (seen.has(k)) return;
    seen.add(k);
    list.push(h);
  };
  const leadHit = (r: Raw, match: LeadDuplicateHit['match']): LeadDuplicateHit => ({
    type: 'lead',
    id: Number(r.id),
    code: String(r.code),
    name: String(r.company),
    owner_name: (r.owner_name as string | null) ?? null,
    status: String(r.status),
    filed_at: String(r.filed_at),
    match,
  });
  const custHit = (r: Raw, match: LeadDuplicateHit['match']): LeadDuplicateHit => ({
    type: 'customer',
    id: Number(r.id),
    code: String(r.code),
    name: String(r.legal_name),
    owner_name: String(r.owner_name),
    status: 'customer',
    filed_at: String(r.created_at),
    match,
  });
  const leadBase = `SELECT l.id, l.code, l.company, l.status, l.filed_at, o.name AS owner_name
    FROM crm_leads l LEFT JOIN users o ON o.id = l.owner_id
    WHERE l.status IN ('open', 'pool') AND l.id <> ?`;
  const custBase = `SELECT c.id, c.code, c.legal_name, c.created_at, o.name AS owner_name
    FROM customers c JOIN users o ON o.id = c.owner_id WHERE c.active = ?`;

  const name = company ? cleanName(company) : '';
  const key = name ? companyNameKey(name) : '';
  if (key.length >= 2) {
    for (const r of await db.all<Raw>(`${leadBase} AND l.name_key = ? ORDER BY l.filed_at LIMIT 10`, [
      excludeLeadId,
      key,
    ]))
      add(exact, leadHit(r, 'name'));
    for (const r of await db.all<Raw>(
      `${custBase} AND (c.legal_name = ? OR c.name_key = ?) ORDER BY c.id LIMIT 10`,
      [true, name, key],
    ))
      add(exact, custHit(r, 'name'));
    if (key.length >= 4) {
      const like = `%${escapeLike(key)}%`;
      for (const r of await db.all<Raw>(
        `${leadBase} AND (l.name_key LIKE ? ESCAPE '\\' OR (LENGTH(l.name_key) >= 4 AND ? LIKE '%' || l.name_key || '%')) ORDER BY l.filed_at LIMIT 10`,
        [excludeLeadId, like, key],
      ))
        add(similar, leadHit(r, 'similar'));
      for (const r of await db.all<Raw>(
        `${custBase} AND (c.name_key LIKE ? ESCAPE '\\' OR (LENGTH(c.name_key) >= 4 AND ? LIKE '%' || c.name_key || '%')) ORDER BY c.id LIMIT 10`,
        [true, like, key],
      ))
        add(similar, custHit(r, 'similar'));
    }
  }
  const pk = phoneKey(phone);
  if (pk) {
    for (const r of await db.all<Raw>(`${leadBase} AND l.phone_key = ? ORDER BY l.filed_at LIMIT 5`, [
      excludeLeadId,
      pk,
    ]))
      add(exact, leadHit(r, 'phone'));
    for (const r of await db.all<Raw>(
      `${custBase} AND (${digits('c.phone')} = ? OR EXISTS (SELECT 1 FROM contacts ct WHERE ct.customer_id = c.id AND ct.active = ? AND (${digits('ct.mobile')} = ? OR ${digits('ct.phone')} = ?))) ORDER BY c.id LIMIT 5`,
      [true, pk, true, pk, pk],
    ))
      add(exact, custHit(r, 'phone'));
  }
  return { exact, similar };
}

const fmtDate = (iso: string | null) => (iso ? iso.slice(0, 10) : '');

/** The DUPLICATE error for the first exact hit (naming who holds it), or for unconfirmed similar hits. */
export function leadDuplicateError(
  found: { exact: LeadDuplicateHit[]; similar: LeadDuplicateHit[] },
  confirmSimilar: boolean,
): AppError | null {
  const first = found.exact[0];
  if (first) {
    const field = first.match === 'phone' ? 'phone' : 'company';
    let key: MessageKey;
    if (first.match === 'phone') key = 'lead_duplicate_phone';
    else if (first.type === 'customer') key = 'lead_duplicate_customer';
    else if (first.status === 'pool') key = 'lead_duplicate_pool';
    else key = 'lead_duplicate_lead';
    const m = message(key, {
      name: first.name,
      code: first.code,
      owner: first.owner_name ?? '公海',
      at: fmtDate(first.filed_at),
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
    const names = found.similar.map((h) => `${h.name}（${h.owner_name ?? '公海'}）`).join('、');
    const m = message('lead_duplicate_similar', { names });
    return new AppError(
      'DUPLICATE',
      m.zh,
      m.en,
      [{ path: ['company'], message_zh: m.zh, message_en: m.en }],
      { kind: 'similar', hits: found.similar },
    );
  }
  return null;
}

/**
 * For customers.create: a company that someone else holds as an open lead cannot be created as a
 * customer by another salesperson (first to file owns it). Leads held by the future owner are fine
 * (that is a conversion).
 */
export async function leadHeldByOther(db: Db, legalName: string, ownerId: number): Promise<AppError | null> {
  const key = companyNameKey(cleanName(legalName));
  if (key.length < 2) return null;
  const r = await db.get<Raw>(
    `SELECT l.id, l.code, l.company, l.status, l.filed_at, o.name AS owner_name
     FROM crm_leads l LEFT JOIN users o ON o.id = l.owner_id
     WHERE l.name_key = ? AND l.status IN ('open', 'pool') AND (l.owner_id IS NULL OR l.owner_id <> ?)
     ORDER BY l.filed_at LIMIT 1`,
    [key, ownerId],
  );
  if (!r) return null;
  const key2: MessageKey = r.status === 'pool' ? 'lead_duplicate_pool' : 'lead_duplicate_lead';
  const m = message(key2, {
    name: String(r.company),
    code: String(r.code),
    owner: (r.owner_name as string | null) ?? '公海',
    at: fmtDate(String(r.filed_at)),
  });
  const label = FIELD_LABELS.legal_name!;
  return new AppError(
    'DUPLICATE',
    `${label.zh}：${m.zh}`,
    `${label.en}: ${m.en}`,
    [{ path: ['legal_name'], message_zh: m.zh, message_en: m.en }],
    { kind: 'lead', lead_id: Number(r.id) },
  );
}
