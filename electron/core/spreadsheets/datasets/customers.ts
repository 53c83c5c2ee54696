import type { z } from 'zod';
import { DATASET_ACCESS } from '../../../../shared/contract/spreadsheets';
import {
  CUSTOMER_GRADE_LABELS,
  CUSTOMER_GRADES,
  CUSTOMER_SOURCE_LABELS,
  CUSTOMER_SOURCES,
  CUSTOMER_TYPE_LABELS,
  CUSTOMER_TYPES,
  contactInput,
  customerInput,
} from '../../../../shared/contract/customers';
import { FIELD_LABELS, message } from '../../../../shared/messages';
import { cleanName, companyNameKey } from '../../../../shared/validation/names';
import type { ServiceContext } from '../../rpc/context';
import { AppError, issueMessage } from '../../rpc/errors';
import { checkCreditFields, customerColumns } from '../../services/customers';
import { CustomerNameIndex } from '../../services/customers/duplicates';
import { customerScopeClause, visibleUserIds } from '../../services/common/scope';
import { formatNumber, nextNumbers } from '../../services/common/numbering';
import { placeholders } from '../../services/common/list';
import { splitList, toBool } from '../../services/common/text';
import { inChunks, insertMany, yieldToEventLoop } from '../bulk';
import { maskPhone, type ColumnDef, type ColumnOption, type SheetDef } from '../columns';
import { outType, type Dataset, type ParsedRecord, type ParsedSheet, type Report } from '../dataset';
import type { OutSheet } from '../writer';

/**
 * 客户（含联系人）: one row per customer on sheet 客户, contacts on sheet 联系人 referring to their customer
 * by legal full name (a customer of this file, or an existing one the importer can see).
 *
 * Every row goes through the customer service's own rules: the contract's customer schema (lengths,
 * credit code check digit, enums), the credit-fields permission (checkCreditFields), owner within the
 * importer's team, and the duplicate check (查重) — exact legal name or credit code refused, similar names
 * shown and to be confirmed — against the database and inside the file.
 */
type CustomerIn = z.output<typeof customerInput>;
type ContactIn = z.output<typeof contactInput>;

const opts = <K extends string>(
  keys: readonly K[],
  labels: Record<K, { zh: string; en: string }>,
): ColumnOption[] => keys.map((k) => ({ value: k, zh: labels[k].zh, en: labels[k].en }));

const L = FIELD_LABELS;

export const CUSTOMER_SHEET: SheetDef = {
  key: 'customers',
  label: { zh: '客户', en: 'Customers' },
  columns: [
    {
      key: 'legal_name',
      label: { zh: '客户全称', en: 'Legal full name' },
      aliases: [L.legal_name!.zh, '客户名称', '公司名称', '法人全称', 'customer name', 'legal name'],
      required: true,
      type: 'text',
      width: 36,
      example: '广州市白云电器设备股份有限公司',
      help: {
        zh: '营业执照上的法人全称，用于查重',
        en: 'The registered legal name; used for the duplicate check',
      },
    },
    { key: 'short_name', label: L.short_name!, type: 'text', width: 12, example: '白云电器' },
    {
      key: 'credit_code',
      label: L.credit_code!,
      aliases: ['信用代码', '税号', 'USCC', 'credit code'],
      type: 'text',
      width: 22,
      example: '91350100M000100Y43',
      help: {
        zh: '18 位，校验位必须正确；请设为文本格式',
        en: '18 characters with a valid check digit; format the column as text',
      },
    },
    {
      key: 'customer_type',
      label: L.customer_type!,
      type: 'enum',
      options: opts(CUSTOMER_TYPES, CUSTOMER_TYPE_LABELS),
      width: 10,
      example: '月结',
    },
    {
      key: 'grade',
      label: L.grade!,
      type: 'enum',
      options: opts(CUSTOMER_GRADES, CUSTOMER_GRADE_LABELS),
      width: 10,
      example: '重点',
    },
    {
      key: 'region',
      label: L.region_id!,
      aliases: ['销售区域', 'region'],
      type: 'text',
      width: 10,
      example: '华南',
      help: { zh: '系统中已有区域的名称或编码', en: 'Name or code of an existing region' },
    },
    {
      key: 'source',
      label: L.source!,
      type: 'enum',
      options: opts(CUSTOMER_SOURCES, CUSTOMER_SOURCE_LABELS),
      width: 10,
      example: '展会',
    },
    {
      key: 'owner',
      label: { zh: '客户所有人（工号）', en: 'Owner (employee no.)' },
      aliases: [L.owner_id!.zh, '所有人', '业务员', '所有人工号', 'owner'],
      type: 'text',
      width: 14,
      example: 'sp01',
      help: {
        zh: '员工工号（或唯一的姓名）；留空为导入人本人；只能是自己或下属',
        en: 'Employee no. (or a unique name); blank means you; yourself or your team only',
      },
    },
    {
      key: 'phone',
      label: L.phone!,
      aliases: ['联系电话', '电话号码', 'telephone'],
      type: 'text',
      width: 16,
      phone: true,
      example: '020-86060000',
    },
    { key: 'address', label: L.address!, aliases: ['公司地址', '注册地址'], type: 'text', width: 36 },
    { key: 'bank_name', label: L.bank_name!, aliases: ['开户行'], type: 'text', width: 22 },
    {
      key: 'bank_account',
      label: L.bank_account!,
      aliases: ['账号', '银行帐号'],
      type: 'text',
      width: 24,
      help: { zh: '请设为文本格式，避免长数字被改写', en: 'Format as text so that Excel keeps every digit' },
    },
    { key: 'tags', label: L.tags!, type: 'list', width: 16, example: '大客户、华南' },
    {
      key: 'credit_limit',
      label: { zh: '信用额度（元）', en: 'Credit limit (yuan)' },
      aliases: [L.credit_limit!.zh, 'credit limit'],
      type: 'money',
      width: 14,
      example: '50000.00',
      help: { zh: '需要信用管理权限', en: 'Needs the credit permission' },
    },
    {
      key: 'credit_days',
      label: L.credit_days!,
      aliases: ['信用期限', '账期', 'credit term'],
      type: 'int',
      width: 12,
      example: '30',
      help: { zh: '需要信用管理权限', en: 'Needs the credit permission' },
    },
    { key: 'notes', label: L.notes!, type: 'text', width: 30 },
  ],
};

export const CONTACT_SHEET: SheetDef = {
  key: 'contacts',
  label: { zh: '联系人', en: 'Contacts' },
  optional: true,
  columns: [
    {
      key: 'customer_legal_name',
      label: { zh: '客户全称', en: 'Customer legal name' },
      aliases: [L.legal_name!.zh, L.customer_legal_name!.zh, '客户名称', '所属客户', 'customer'],
      required: true,
      type: 'text',
      width: 36,
      help: {
        zh: '本文件“客户”表中的客户，或您可见的已有客户',
        en: 'A customer of sheet Customers, or an existing customer you can see',
      },
    },
    {
      key: 'name',
      label: { zh: '姓名', en: 'Name' },
      aliases: [L.contact_name!.zh, '联系人', 'contact'],
      required: true,
      type: 'text',
      width: 10,
    },
    { key: 'title', label: L.title!, aliases: ['职位'], type: 'text', width: 12 },
    {
      key: 'mobile',
      label: L.mobile!,
      aliases: ['手机号', '手机号码'],
      type: 'text',
      width: 14,
      phone: true,
    },
    { key: 'phone', label: L.phone!, aliases: ['座机', '办公电话'], type: 'text', width: 16, phone: true },
    { key: 'email', label: L.email!, aliases: ['电子邮箱', 'e-mail'], type: 'text', width: 22 },
    { key: 'birthday', label: L.birthday!, type: 'date', width: 12, example: '1985-06-18' },
    {
      key: 'is_primary',
      label: L.is_primary!,
      aliases: ['主联系人'],
      type: 'bool',
      width: 10,
      example: '是',
    },
    { key: 'notes', label: L.notes!, type: 'text', width: 24 },
  ],
};

interface CustomerRowPlan {
  rec: ParsedRecord;
  input: CustomerIn;
  name: string;
  ownerId: number;
}
interface ContactPlan {
  rec: ParsedRecord;
  input: ContactIn;
  /** Index into rows (a customer of this file) or an existing customer's id. */
  fileCustomer: number | null;
  existingId: number | null;
}
export interface CustomerPlan {
  rows: CustomerRowPlan[];
  contacts: ContactPlan[];
  similar: number;
}

const col = (sheet: SheetDef, key: string): ColumnDef => sheet.columns.find((c) => c.key === key)!;
const str = (v: unknown): string | null => (typeof v === 'string' && v !== '' ? v : null);

/** Zod issues of the contract schema → errors at the right column (path[0] is the field). */
function schemaErrors(
  report: Report,
  sheet: ParsedSheet,
  rec: ParsedRecord,
  issues: { path: PropertyKey[] }[],
  fieldToColumn: Record<string, string> = {},
): void {
  for (const issue of issues) {
    const field = String(issue.path[0] ?? '');
    const key = fieldToColumn[field] ?? field;
    if (rec.bad.has(key)) continue; // already reported by the cell conversion
    const c = sheet.def.columns.find((x) => x.key === key) ?? null;
    report.add('error', sheet, rec.row, c, issueMessage(issue as never));
  }
}

async function lookups(ctx: ServiceContext) {
  const regions = await ctx.db.all<{ id: number; code: string; name: string }>(
    'SELECT id, code, name FROM regions',
  );
  const regionBy = new Map<string, number>();
  for (const r of regions) {
    regionBy.set(r.code.toLowerCase(), Number(r.id));
    regionBy.set(r.name.toLowerCase(), Number(r.id));
  }
  const users = await ctx.db.all<{ id: number; login: string; name: string }>(
    'SELECT id, login, name FROM users WHERE active = ?',
    [true],
  );
  const userBy = new Map<string, number>();
  const nameCount = new Map<string, number>();
  for (const u of users) nameCount.set(u.name, (nameCount.get(u.name) ?? 0) + 1);
  for (const u of users) {
    if (nameCount.get(u.name) === 1) userBy.set(u.name.toLowerCase(), Number(u.id));
  }
  for (const u of users) userBy.set(u.login.toLowerCase(), Number(u.id));
  return { regionBy, userBy };
}

export const customersDataset: Dataset<CustomerPlan> = {
  key: 'customers',
  label: { zh: '客户（含联系人）', en: 'Customers (with contacts)' },
  writeAccess: DATASET_ACCESS.customers.write,
  readAccess: DATASET_ACCESS.customers.read,
  sheets: [CUSTOMER_SHEET, CONTACT_SHEET],

  async prepare(ctx, sheets, report) {
    const user = ctx.requireUser();
    const { regionBy, userBy } = await lookups(ctx);
    const visible = await visibleUserIds(ctx.db, user);
    const existing = await CustomerNameIndex.load(ctx.db);
    const inFile = new CustomerNameIndex();
    const plan: CustomerPlan = { rows: [], contacts: [], similar: 0 };
    const cs = sheets.get('customers')!;
    const byName = new Map<string, number>(); // cleaned legal name → index in plan.rows

    for (const rec of cs.records) {
      const v = rec.values;
      let ok = rec.bad.size === 0;
      // References by name → ids.
      let regionId: number | null = null;
      const region = str(v.region);
      if (region) {
        regionId = regionBy.get(region.toLowerCase()) ?? null;
        if (regionId === null) {
          report.error(cs, rec.row, col(CUSTOMER_SHEET, 'region'), 'unknown_region', { value: region });
          ok = false;
        }
      }
      let ownerId = user.id;
      const owner = str(v.owner);
      if (owner) {
        const id = userBy.get(owner.toLowerCase());
        if (id === undefined) {
          report.error(cs, rec.row, col(CUSTOMER_SHEET, 'owner'), 'unknown_user', { value: owner });
          ok = false;
        } else if (visible !== null && !visible.includes(id)) {
          report.error(cs, rec.row, col(CUSTOMER_SHEET, 'owner'), 'owner_out_of_scope');
          ok = false;
        } else ownerId = id;
      }
      const parsed = customerInput.safeParse({
        legal_name: v.legal_name ?? '',
        short_name: v.short_name,
        credit_code: v.credit_code,
        address: v.address,
        phone: v.phone,
        bank_name: v.bank_name,
        bank_account: v.bank_account,
        customer_type: v.customer_type ?? undefined,
        grade: v.grade ?? undefined,
        region_id: regionId,
        source: v.source,
        tags: v.tags ?? [],
        owner_id: ownerId,
        credit_limit: v.credit_limit ?? 0,
        credit_days: v.credit_days ?? 0,
        notes: v.notes,
      });
      if (!parsed.success) {
        schemaErrors(report, cs, rec, parsed.error.issues, { region_id: 'region', owner_id: 'owner' });
        continue;
      }
      const input = parsed.data;
      try {
        checkCreditFields(user, input, { credit_limit: 0, credit_days: 0, bad_record: false });
      } catch (e) {
        if (!(e instanceof AppError)) throw e;
        for (const f of e.fields ?? []) {
          report.add('error', cs, rec.row, col(CUSTOMER_SHEET, String(f.path[0])), {
            zh: f.message_zh,
            en: f.message_en,
          });
        }
        ok = false;
      }
      const name = cleanName(input.legal_name);
      // Inside the file: exact duplicates refused, similar names to be confirmed.
      const mine = inFile.find(name, input.credit_code);
      for (const h of mine.exact) {
        const c = h.match === 'credit_code' ? 'credit_code' : 'legal_name';
        report.error(cs, rec.row, col(CUSTOMER_SHEET, c), 'duplicate_in_file', { row: -h.id });
        ok = false;
      }
      // Against the database: the customer service's duplicate rules.
      const theirs = existing.find(name, input.credit_code);
      for (const h of theirs.exact) {
        const m = message('duplicate_customer_exact', {
          name: `${h.legal_name}（${h.code}）`,
          owner: h.owner_name,
        });
        report.add(
          'error',
          cs,
          rec.row,
          col(CUSTOMER_SHEET, h.match === 'credit_code' ? 'credit_code' : 'legal_name'),
          m,
        );
        ok = false;
      }
      if (!mine.exact.length && !theirs.exact.length) {
        const warn: string[] = [];
        if (theirs.similar.length) {
          const names = theirs.similar.map((h) => `${h.legal_name}（${h.owner_name}）`).join('、');
          report.add(
            'warning',
            cs,
            rec.row,
            col(CUSTOMER_SHEET, 'legal_name'),
            message('similar_existing', { names }),
          );
          warn.push('db');
        }
        if (mine.similar.length) {
          report.add(
            'warning',
            cs,
            rec.row,
            col(CUSTOMER_SHEET, 'legal_name'),
            message('similar_in_file', { row: -mine.similar[0]!.id }),
          );
          warn.push('file');
        }
        if (warn.length) plan.similar++;
      }
      inFile.add({
        id: -rec.row,
        code: `#${rec.row}`,
        legal_name: name,
        owner_name: '',
        credit_code: input.credit_code,
        key: companyNameKey(name),
      });
      if (ok) {
        byName.set(name, plan.rows.length);
        plan.rows.push({ rec, input, name, ownerId });
      }
    }

    // Contacts: their customer is in this file or an existing customer the importer can see.
    const ct = sheets.get('contacts');
    if (ct) {
      const wanted = new Set<string>();
      for (const rec of ct.records) {
        const n = str(rec.values.customer_legal_name);
        if (n && !byName.has(cleanName(n))) wanted.add(cleanName(n));
      }
      const found = new Map<string, number>();
      const scope = customerScopeClause(visible);
      await inChunks([...wanted], 300, async (part) => {
        const rows = await ctx.db.all<{ id: number; legal_name: string }>(
          `SELECT c.id, c.legal_name FROM customers c WHERE c.legal_name IN (${placeholders(part.length)})${scope ? ` AND ${scope.clause}` : ''}`,
          [...part, ...(scope?.params ?? [])],
        );
        for (const r of rows) found.set(r.legal_name, Number(r.id));
      });
      const fileNames = new Set(
        cs.records.map((r) =>
          typeof r.values.legal_name === 'string' ? cleanName(r.values.legal_name) : '',
        ),
      );
      const primaryRow = new Map<string, number>();
      for (const rec of ct.records) {
        const v = rec.values;
        const cname = str(v.customer_legal_name) ? cleanName(String(v.customer_legal_name)) : '';
        const fileCustomer = byName.get(cname) ?? null;
        const existingId = fileCustomer === null ? (found.get(cname) ?? null) : null;
        if (cname && fileCustomer === null && existingId === null && !rec.bad.has('customer_legal_name')) {
          // A customer of the file that has its own errors is reported there, not again here.
          if (!fileNames.has(cname)) {
            report.error(ct, rec.row, col(CONTACT_SHEET, 'customer_legal_name'), 'contact_customer_missing', {
              value: cname,
            });
          }
          continue;
        }
        const parsed = contactInput.safeParse({
          customer_id: existingId ?? 1,
          name: v.name ?? '',
          title: v.title,
          mobile: v.mobile,
          phone: v.phone,
          email: v.email ?? null,
          birthday: v.birthday,
          is_primary: v.is_primary === true,
          notes: v.notes,
        });
        if (!parsed.success) {
          schemaErrors(report, ct, rec, parsed.error.issues);
          continue;
        }
        if (rec.bad.size) continue;
        if (parsed.data.is_primary) {
          const first = primaryRow.get(cname);
          if (first !== undefined) {
            report.error(ct, rec.row, col(CONTACT_SHEET, 'is_primary'), 'contact_primary_twice', {
              row: first,
            });
            continue;
          }
          primaryRow.set(cname, rec.row);
        }
        if (fileCustomer !== null || existingId !== null) {
          plan.contacts.push({ rec, input: parsed.data, fileCustomer, existingId });
        }
      }
    }
    return plan;
  },

  summary(p) {
    return [
      { label: { zh: '新增客户', en: 'New customers' }, count: p.rows.length },
      { label: { zh: '新增联系人', en: 'New contacts' }, count: p.contacts.length },
    ];
  },

  needsConfirmation(p) {
    return p.similar;
  },

  async commit(ctx, p, progress) {
    const user = ctx.requireUser();
    const now = ctx.nowIso();
    const total = p.rows.length + p.contacts.length;
    const first = p.rows.length ? await nextNumbers(ctx.db, 'CUST', 0, p.rows.length) : 0;
    const codes = p.rows.map((_, i) => formatNumber('C', 0, first + i));
    const rows = p.rows.map((r, i) => ({
      code: codes[i],
      ...customerColumns(r.input, r.name),
      owner_id: r.ownerId,
      active: true,
      created_by: user.id,
      updated_by: user.id,
      created_at: now,
      updated_at: now,
      version: 0,
    }));
    await insertMany(ctx.db, 'customers', rows, async (done) => {
      await progress(done, total);
      await yieldToEventLoop();
    });
    const ids = new Map<string, number>();
    await inChunks(codes, 500, async (part) => {
      const found = await ctx.db.all<{ id: number; code: string }>(
        `SELECT id, code FROM customers WHERE code IN (${placeholders(part.length)})`,
        part,
      );
      for (const r of found) ids.set(r.code, Number(r.id));
    });
    // A new primary contact of an existing customer replaces its current one.
    const existingPrimaries = [
      ...new Set(
        p.contacts.filter((c) => c.existingId !== null && c.input.is_primary).map((c) => c.existingId!),
      ),
    ];
    await inChunks(existingPrimaries, 300, async (part) => {
      await ctx.db.run(
        `UPDATE contacts SET is_primary = ? WHERE customer_id IN (${placeholders(part.length)})`,
        [false, ...part],
      );
    });
    const contacts = p.contacts.map((c) => ({
      customer_id: c.existingId ?? ids.get(codes[c.fileCustomer!]!)!,
      name: c.input.name,
      title: c.input.title,
      mobile: c.input.mobile,
      phone: c.input.phone,
      email: c.input.email,
      birthday: c.input.birthday,
      is_primary: c.input.is_primary,
      notes: c.input.notes,
      active: true,
      created_at: now,
      updated_at: now,
      version: 0,
    }));
    await insertMany(ctx.db, 'contacts', contacts, async (done) => {
      await progress(p.rows.length + done, total);
      await yieldToEventLoop();
    });
    const range = codes.length ? `（${codes[0]} – ${codes[codes.length - 1]}）` : '';
    return `导入客户 ${p.rows.length} 个${range}、联系人 ${p.contacts.length} 个`;
  },

  async exportSheets(ctx, { lang, maskPhones }) {
    const user = ctx.requireUser();
    const scope = customerScopeClause(await visibleUserIds(ctx.db, user));
    const label = (o: readonly ColumnOption[] | undefined, v: unknown) =>
      v == null ? null : (o?.find((x) => x.value === v)?.[lang] ?? String(v));
    const phone = (v: unknown) => (typeof v === 'string' && maskPhones ? maskPhone(v) : v);
    const out: unknown[][] = [];
    const contactRows: unknown[][] = [];
    let last = 0;
    for (;;) {
      const page = await ctx.db.all<Record<string, unknown>>(
        `SELECT c.id, c.legal_name, c.short_name, c.credit_code, c.customer_type, c.grade, r.name AS region_name, c.source,
           u.login AS owner_login, c.phone, c.address, c.bank_name, c.bank_account, c.tags, c.credit_limit, c.credit_days, c.notes
         FROM customers c JOIN users u ON u.id = c.owner_id LEFT JOIN regions r ON r.id = c.region_id
         WHERE c.id > ? AND c.active = ?${scope ? ` AND ${scope.clause}` : ''} ORDER BY c.id LIMIT 500`,
        [last, true, ...(scope?.params ?? [])],
      );
      if (!page.length) break;
      last = Number(page[page.length - 1]!.id);
      const names = new Map<number, string>();
      for (const r of page) {
        names.set(Number(r.id), String(r.legal_name));
        const values: Record<string, unknown> = {
          legal_name: r.legal_name,
          short_name: r.short_name,
          credit_code: r.credit_code,
          customer_type: label(col(CUSTOMER_SHEET, 'customer_type').options, r.customer_type),
          grade: label(col(CUSTOMER_SHEET, 'grade').options, r.grade),
          region: r.region_name,
          source: label(col(CUSTOMER_SHEET, 'source').options, r.source),
          owner: r.owner_login,
          phone: phone(r.phone),
          address: r.address,
          bank_name: r.bank_name,
          bank_account: r.bank_account,
          tags: splitList(r.tags),
          credit_limit: Number(r.credit_limit),
          credit_days: Number(r.credit_days),
          notes: r.notes,
        };
        out.push(CUSTOMER_SHEET.columns.map((c) => values[c.key] ?? null));
      }
      const ids = [...names.keys()];
      const cts = await ctx.db.all<Record<string, unknown>>(
        `SELECT customer_id, name, title, mobile, phone, email, birthday, is_primary, notes FROM contacts
         WHERE active = ? AND customer_id IN (${placeholders(ids.length)}) ORDER BY customer_id, id`,
        [true, ...ids],
      );
      for (const c of cts) {
        const values: Record<string, unknown> = {
          customer_legal_name: names.get(Number(c.customer_id)),
          name: c.name,
          title: c.title,
          mobile: phone(c.mobile),
          phone: phone(c.phone),
          email: c.email,
          birthday: c.birthday,
          is_primary: toBool(c.is_primary),
          notes: c.notes,
        };
        contactRows.push(CONTACT_SHEET.columns.map((k) => values[k.key] ?? null));
      }
      await yieldToEventLoop();
    }
    const sheet = (def: SheetDef, rows: unknown[][]): OutSheet => ({
      name: def.label[lang],
      columns: def.columns.map((c) => ({
        header: `${c.label[lang]}${c.required ? '*' : ''}`,
        type: c.type === 'bool' ? 'bool' : outType(c),
        width: c.width,
      })),
      rows,
      autofilter: true,
    });
    return [sheet(CUSTOMER_SHEET, out), sheet(CONTACT_SHEET, contactRows)];
  },
};
