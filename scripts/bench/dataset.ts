/**
 * The benchmark dataset: what exists today (staff, regions, customers with contacts and co-owners,
 * products, warehouses), written with multi-row INSERTs of about 1000 rows per statement, chunked, in
 * one transaction per table — minutes for the large set, not hours. Consistent by construction and
 * checked at the end (codes gap-free with the number series at N + 1, every customer with its owner and
 * a contact, foreign keys). Deterministic: the same scale gives the same data.
 *
 * Later modules add their part here (orders and lines, shipments, invoices, receipts with allocations,
 * activities: see the SLOTS in scripts/bench.ts) and extend `checkDataset` with the recomputation of
 * their maintained balances.
 */
import type { Database, Db } from '../../electron/core/db/database';
import { hashPassword } from '../../electron/core/services/auth/password';
import { pinyinInitials } from '../../electron/core/services/common/text';
import { companyNameKey } from '../../shared/validation/names';
import { usccCheckChar } from '../../shared/validation/uscc';
import { checkConsistency } from '../../electron/core/services/sales/recompute';
import { buildDocuments } from './documents';

/** Documents over three years: orders (3–7 lines, 5 on average), shipments, invoices, receipts, activities. */
const LARGE_DOCS = {
  orders: 200_000,
  shipments: 180_000,
  invoices: 170_000,
  receipts: 150_000,
  activities: 50_000,
};
export const SCALES = {
  small: {
    customers: 500,
    products: 300,
    staff: 12,
    docs: { orders: 10_000, shipments: 9_000, invoices: 8_500, receipts: 7_500, activities: 2_500 },
  },
  large: { customers: 5_000, products: 3_000, staff: 40, docs: LARGE_DOCS },
  /** Beyond the large set: the customer list at the size of a big distributor. */
  xlarge: { customers: 200_000, products: 20_000, staff: 120, docs: LARGE_DOCS },
} as const;
/** The history's first and last day; the last is the dataset's "now". */
export const HISTORY = { start: '2023-11-21', end: '2026-11-20' };
export type Scale = keyof typeof SCALES;

export interface DatasetSpec {
  scale: Scale;
  customers: number;
  products: number;
  staff: number;
  docs: { orders: number; shipments: number; invoices: number; receipts: number; activities: number };
}

/* ------------------------------------------------------------------ deterministic randomness */

function rng(seed: number): () => number {
  let s = seed | 0;
  return () => {
    s = (s + 0x6d2b79f5) | 0;
    let t = Math.imul(s ^ (s >>> 15), 1 | s);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/* ------------------------------------------------------------------ vocabularies */

const CITIES: [string, string][] = [
  ['广州', 'SOUTH'],
  ['深圳', 'SOUTH'],
  ['佛山', 'SOUTH'],
  ['东莞', 'SOUTH'],
  ['中山', 'SOUTH'],
  ['珠海', 'SOUTH'],
  ['厦门', 'SOUTH'],
  ['福州', 'SOUTH'],
  ['南宁', 'SOUTH'],
  ['上海', 'EAST'],
  ['杭州', 'EAST'],
  ['宁波', 'EAST'],
  ['苏州', 'EAST'],
  ['无锡', 'EAST'],
  ['南京', 'EAST'],
  ['温州', 'EAST'],
  ['合肥', 'EAST'],
  ['北京', 'NORTH'],
  ['天津', 'NORTH'],
  ['石家庄', 'NORTH'],
  ['济南', 'NORTH'],
  ['青岛', 'NORTH'],
  ['武汉', 'CENTRAL'],
  ['长沙', 'CENTRAL'],
  ['郑州', 'CENTRAL'],
  ['南昌', 'CENTRAL'],
  ['成都', 'WEST'],
  ['重庆', 'WEST'],
  ['昆明', 'WEST'],
  ['西安', 'WEST'],
  ['沈阳', 'NORTHEAST'],
  ['大连', 'NORTHEAST'],
  ['哈尔滨', 'NORTHEAST'],
];
const DISTRICTS = [
  '',
  '天河',
  '南山',
  '顺德',
  '浦东',
  '江宁',
  '滨江',
  '高新',
  '经开',
  '海淀',
  '武昌',
  '锦江',
  '雁塔',
];
const BRANDS = [
  '华信',
  '恒通',
  '永盛',
  '鑫达',
  '宏图',
  '金桥',
  '顺发',
  '联创',
  '天宇',
  '瑞丰',
  '中科',
  '长城',
  '东方',
  '新世纪',
  '广源',
  '汇丰',
  '宝龙',
  '百盛',
  '正泰',
  '德力',
  '精工',
  '同创',
  '海川',
  '润华',
  '博远',
  '启明',
  '凯达',
  '振华',
  '立信',
  '嘉和',
  '国泰',
  '安达',
  '华美',
  '明辉',
  '兴业',
  '远航',
  '腾飞',
  '信达',
  '万通',
  '鼎盛',
];
const INDUSTRIES = [
  '机电设备',
  '电气',
  '自动化科技',
  '五金制品',
  '机械制造',
  '建筑工程',
  '电子科技',
  '物业管理',
  '环保科技',
  '包装材料',
  '汽车配件',
  '精密模具',
  '照明电器',
  '暖通工程',
  '电力工程',
  '塑胶制品',
  '食品机械',
  '纺织机械',
  '建材',
  '实业',
];
const SUFFIXES = ['有限公司', '股份有限公司', '有限责任公司', '贸易有限公司'];
const SURNAMES =
  '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈'.split(
    '',
  );
const GIVEN = '伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华建国志红文斌辉鹏飞宇浩婷雪琳晨阳佳欣'.split(
  '',
);
const TITLES = [
  '采购经理',
  '采购员',
  '总经理',
  '财务主管',
  '会计',
  '工程部经理',
  '设备主管',
  '项目经理',
  '仓库主管',
];
const STREETS = [
  '工业大道',
  '科技路',
  '人民路',
  '解放路',
  '建设路',
  '中山路',
  '经济开发区',
  '高新区创业路',
  '滨江大道',
];
const BANKS = [
  '中国工商银行',
  '中国建设银行',
  '中国农业银行',
  '中国银行',
  '招商银行',
  '交通银行',
  '兴业银行',
];
const PRODUCT_LINES: [string, string, string, string[], number][] = [
  [
    'DQ',
    '低压电器',
    '个',
    ['交流接触器', '小型断路器', '热过载继电器', '中间继电器', '按钮开关', '漏电保护器'],
    3000,
  ],
  ['DL', '电线电缆', '卷', ['铜芯电线', '护套电缆', '网络线', '控制电缆', '阻燃电缆'], 40000],
  ['ZC', '轴承', '套', ['深沟球轴承', '圆锥滚子轴承', '调心滚子轴承', '推力球轴承'], 5000],
  ['WJ', '五金工具', '把', ['电锤', '角磨机', '扳手套装', '万用表', '电钻', '切割机'], 25000],
  ['QD', '气动元件', '只', ['标准气缸', '电磁阀', '气源处理器', '快插接头'], 8000],
  ['ZM', '照明', '套', ['LED平板灯', 'LED投光灯', '应急照明灯', '防爆灯'], 12000],
];
const PRODUCT_BRANDS = [
  '正泰',
  '德力西',
  '施耐德',
  '西门子',
  '欧姆龙',
  'NSK',
  'SKF',
  '博世',
  '优利德',
  '公牛',
];

/** A valid 统一社会信用代码 made from a number (unique per number). */
function uscc(n: number, area: number): string {
  const org8 = String(n).padStart(8, '0');
  const w = [3, 7, 9, 10, 5, 8, 4, 2];
  const sum = [...org8].reduce((a, ch, i) => a + Number(ch) * w[i]!, 0);
  const c = 11 - (sum % 11);
  const first17 = `91${area}${org8}${c === 10 ? 'X' : c === 11 ? '0' : String(c)}`;
  return first17 + usccCheckChar(first17)!;
}

/** Unique company names: a stride walk over city × district × brand × industry × suffix. */
function companyName(i: number): { name: string; city: [string, string]; short: string } {
  const sizes = [CITIES.length, DISTRICTS.length, BRANDS.length, INDUSTRIES.length, SUFFIXES.length];
  const total = sizes.reduce((a, b) => a * b, 1);
  let k = (i * 7919 + 13) % total; // 7919 is prime and does not divide the total: a permutation
  const pick: number[] = [];
  for (const s of sizes) {
    pick.push(k % s);
    k = Math.floor(k / s);
  }
  const city = CITIES[pick[0]!]!;
  const brand = BRANDS[pick[2]!]!;
  const name = `${city[0]}${DISTRICTS[pick[1]!]}${brand}${INDUSTRIES[pick[3]!]}${SUFFIXES[pick[4]!]}`;
  return { name, city, short: `${brand}${INDUSTRIES[pick[3]!]!.slice(0, 2)}` };
}

/* ------------------------------------------------------------------ bulk insert */

/** INSERTs rows in statements of up to ~1000 rows (fewer for wide tables: parameter limits). */
export async function bulkInsert(db: Db, table: string, rows: Record<string, unknown>[]): Promise<void> {
  if (rows.length === 0) return;
  const cols = Object.keys(rows[0]!);
  const per = Math.max(1, Math.min(1000, Math.floor(30000 / cols.length)));
  const tuple = `(${cols.map(() => '?').join(', ')})`;
  for (let i = 0; i < rows.length; i += per) {
    const chunk = rows.slice(i, i + per);
    const params: unknown[] = [];
    for (const r of chunk) for (const c of cols) params.push(r[c]);
    await db.run(
      `INSERT INTO ${table} (${cols.join(', ')}) VALUES ${chunk.map(() => tuple).join(', ')}`,
      params,
    );
  }
}

export interface BuildReport {
  seconds: number;
  counts: Record<string, number>;
}

/**
 * Fills an empty database (after `auth.setup` made the administrator, id 1). Returns the time taken and
 * the row counts.
 */
export async function buildDataset(
  database: Database,
  spec: DatasetSpec,
  log: (s: string) => void = () => undefined,
): Promise<BuildReport> {
  const t0 = performance.now();
  const random = rng(20261122);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(random() * xs.length)]!;
  const int = (lo: number, hi: number) => lo + Math.floor(random() * (hi - lo + 1));
  const now = '2026-11-20T01:00:00.000Z';
  const stamps = { created_at: now, updated_at: now, version: 0 };
  const personName = () => pick(SURNAMES) + pick(GIVEN) + (random() < 0.6 ? pick(GIVEN) : '');
  const mobile = () => `13${int(0, 9)}${String(int(0, 99999999)).padStart(8, '0')}`;

  // Regions
  const regionCodes = ['SOUTH', 'EAST', 'NORTH', 'CENTRAL', 'WEST', 'NORTHEAST'];
  const regionNames = ['华南', '华东', '华北', '华中', '西南西北', '东北'];
  await database.transaction((db) =>
    bulkInsert(
      db,
      'regions',
      regionCodes.map((code, i) => ({ id: i + 1, code, name: regionNames[i], active: true, ...stamps })),
    ),
  );
  const regionId = (code: string) => regionCodes.indexOf(code) + 1;

  // Staff: managers and salespeople (one password hash for all: scrypt is slow on purpose).
  const hash = await hashPassword('Bench12345');
  const managers = Math.max(2, Math.round(spec.staff / 8));
  const users: Record<string, unknown>[] = [];
  const reps: { id: number; region: string }[] = [];
  for (let i = 0; i < spec.staff; i++) {
    const id = i + 2;
    const isMgr = i < managers;
    const region = regionCodes[i % regionCodes.length]!;
    const name = personName();
    users.push({
      id,
      login: isMgr ? `bm${String(i + 1).padStart(3, '0')}` : `bs${String(i + 1).padStart(3, '0')}`,
      name,
      py: pinyinInitials(name),
      password_hash: hash,
      roles: isMgr ? 'sales_manager' : 'salesperson',
      manager_id: null,
      region_id: regionId(region),
      phone: mobile(),
      active: true,
      failed_logins: 0,
      must_change_password: false,
      ...stamps,
    });
    if (!isMgr) reps.push({ id, region });
  }
  await database.transaction(async (db) => {
    await bulkInsert(db, 'users', users);
    // managers report to the administrator's team tree: reps to the manager of their index
    for (const r of reps)
      await db.run('UPDATE users SET manager_id = ? WHERE id = ?', [2 + (r.id % managers), r.id]);
  });

  // Customers, co-owners, contacts
  const tc = performance.now();
  const custRows: Record<string, unknown>[] = [];
  const owners: Record<string, unknown>[] = [];
  const contacts: Record<string, unknown>[] = [];
  let contactId = 0;
  for (let i = 0; i < spec.customers; i++) {
    const id = i + 1;
    const { name, city, short } = companyName(i);
    const sameRegion = reps.filter((r) => r.region === city[1]);
    const owner = (sameRegion.length && random() < 0.85 ? pick(sameRegion) : pick(reps)).id;
    const account = random() < 0.6;
    custRows.push({
      id,
      code: `C${String(id).padStart(6, '0')}`,
      legal_name: name,
      name_key: companyNameKey(name),
      py: pinyinInitials(name, short),
      short_name: short,
      credit_code: random() < 0.85 ? uscc(id, 110000 + (id % 540000)) : null,
      address: `${city[0]}市${pick(STREETS)}${int(1, 999)}号`,
      phone: `0${int(10, 99)}-${int(20000000, 89999999)}`,
      bank_name: `${pick(BANKS)}${city[0]}分行`,
      bank_account: `${int(10000000, 99999999)}${int(10000000, 99999999)}`,
      customer_type: account ? 'account' : 'cash',
      grade: random() < 0.15 ? 'key' : random() < 0.75 ? 'general' : 'potential',
      region_id: regionId(city[1]),
      source: pick(['web', 'phone', 'referral', 'exhibition', 'visit', 'other']),
      tags: random() < 0.3 ? pick(['老客户', '大客户', '价格敏感', '工程项目', '经销商']) : '',
      owner_id: owner,
      credit_limit: account ? int(5, 100) * 1_000_000 : 0,
      credit_days: account ? pick([30, 45, 60, 90]) : 0,
      bad_record: random() < 0.02,
      notes: null,
      active: random() > 0.03,
      created_by: owner,
      updated_by: owner,
      ...stamps,
    });
    if (random() < 0.2) {
      const co = pick(reps).id;
      if (co !== owner) owners.push({ customer_id: id, user_id: co });
    }
    const n = int(1, 3);
    for (let k = 0; k < n; k++) {
      const cn = personName();
      contacts.push({
        id: ++contactId,
        customer_id: id,
        name: cn,
        title: pick(TITLES),
        mobile: mobile(),
        phone: null,
        email: null,
        birthday:
          random() < 0.4
            ? `19${int(65, 99)}-${String(int(1, 12)).padStart(2, '0')}-${String(int(1, 28)).padStart(2, '0')}`
            : null,
        is_primary: k === 0,
        notes: null,
        active: true,
        ...stamps,
      });
    }
  }
  log(`  generated ${spec.customers} customers in ${((performance.now() - tc) / 1000).toFixed(1)} s`);
  await database.transaction(async (db) => {
    await bulkInsert(db, 'customers', custRows);
    await bulkInsert(db, 'customer_owners', owners);
    await bulkInsert(db, 'contacts', contacts);
    await db.run(
      'INSERT INTO number_series (series, year, next_value) VALUES (?, ?, ?) ON CONFLICT (series, year) DO UPDATE SET next_value = excluded.next_value',
      ['CUST', 0, spec.customers + 1],
    );
  });

  // Products and warehouses
  const products: Record<string, unknown>[] = [];
  for (let i = 0; i < spec.products; i++) {
    const [prefix, cat, unit, names, base] = PRODUCT_LINES[i % PRODUCT_LINES.length]!;
    const brand = pick(PRODUCT_BRANDS);
    const nm = `${brand} ${pick(names)}`;
    const price = Math.round((base * (0.5 + random() * 2)) / 10) * 10;
    products.push({
      id: i + 1,
      code: `${prefix}-${String(i + 1).padStart(6, '0')}`,
      name: nm,
      py: pinyinInitials(nm),
      spec: `${pick(['A', 'B', 'C', 'S', 'X'])}${int(10, 999)}-${int(1, 99)}`,
      unit,
      category: cat,
      list_price: price,
      floor_price: Math.round((price * 0.85) / 10) * 10,
      cost_price: Math.round((price * 0.7) / 10) * 10,
      tax_rate: 1300,
      notes: null,
      active: random() > 0.02,
      ...stamps,
    });
  }
  await database.transaction(async (db) => {
    await bulkInsert(db, 'products', products);
    await bulkInsert(
      db,
      'warehouses',
      [
        ['GZ01', '广州总仓'],
        ['FS01', '佛山仓'],
        ['SH01', '上海仓'],
      ].map(([code, name], i) => ({
        id: i + 1,
        code,
        name,
        address: null,
        keeper_id: null,
        active: true,
        ...stamps,
      })),
    );
  });

  // Orders and lines, shipments, invoices, receipts with allocations, activities (scripts/bench/documents.ts).
  const primaryContact = new Map<number, number>();
  for (const k of contacts) if (k.is_primary) primaryContact.set(Number(k.customer_id), Number(k.id));
  const docCounts = await buildDocuments(
    { ...spec.docs, ...HISTORY },
    custRows.map((c) => ({
      id: Number(c.id),
      owner_id: Number(c.owner_id),
      customer_type: String(c.customer_type),
      credit_days: Number(c.credit_days),
      address: String(c.address),
      region_id: Number(c.region_id),
      contact_id: primaryContact.get(Number(c.id))!,
    })),
    products.map((p) => ({
      id: Number(p.id),
      name: String(p.name),
      spec: (p.spec as string | null) ?? null,
      unit: String(p.unit),
      list_price: Number(p.list_price),
      floor_price: Number(p.floor_price),
      tax_rate: Number(p.tax_rate),
    })),
    { managers: Array.from({ length: managers }, (_, i) => i + 2), admin: 1 },
    random,
    (table, rows) => database.transaction((db) => bulkInsert(db, table, rows)),
    log,
  );

  if (database.dialect === 'postgres') {
    await database.transaction(async (db) => {
      for (const t of [
        'regions',
        'users',
        'customers',
        'contacts',
        'products',
        'warehouses',
        'sales_orders',
        'sales_order_lines',
        'shipments',
        'shipment_lines',
        'invoices',
        'invoice_lines',
        'receipts',
        'allocations',
        'ar_ledger',
        'stock_moves',
        'stock_adjustments',
        'crm_activities',
      ])
        await db.get(
          `SELECT setval(pg_get_serial_sequence('${t}', 'id'), (SELECT COALESCE(MAX(id), 0) + 1 FROM ${t}), false)`,
        );
      await db.run('ANALYZE');
    });
  } else {
    await database.read((db) => db.run('ANALYZE'));
  }
  const counts = await database.read(async (db) => {
    const out: Record<string, number> = {};
    for (const t of ['users', 'customers', 'customer_owners', 'contacts', 'products'])
      out[t] = Number((await db.get<{ n: number }>(`SELECT COUNT(*) AS n FROM ${t}`))!.n);
    return { ...out, ...docCounts };
  });
  return { seconds: (performance.now() - t0) / 1000, counts };
}

/** The dataset is consistent: returns the problems found (none expected). */
export async function checkDataset(database: Database): Promise<string[]> {
  return database.read(async (db) => {
    const problems: string[] = [];
    const n = Number((await db.get<{ n: number }>('SELECT COUNT(*) AS n FROM customers'))!.n);
    const s = await db.get<{ v: number }>(
      "SELECT next_value AS v FROM number_series WHERE series = 'CUST' AND year = 0",
    );
    if (Number(s?.v) !== n + 1) problems.push(`CUST series ${s?.v} for ${n} customers`);
    const max = await db.get<{ m: string }>('SELECT MAX(code) AS m FROM customers');
    if (n && max?.m !== `C${String(n).padStart(6, '0')}`) problems.push(`highest code ${max?.m}`);
    const noContact = await db.get<{ n: number }>(
      'SELECT COUNT(*) AS n FROM customers c WHERE NOT EXISTS (SELECT 1 FROM contacts k WHERE k.customer_id = c.id)',
    );
    if (Number(noContact!.n)) problems.push(`${noContact!.n} customers without a contact`);
    const primaries = await db.get<{ n: number }>(
      'SELECT COUNT(*) AS n FROM (SELECT customer_id FROM contacts WHERE is_primary = ? GROUP BY customer_id HAVING COUNT(*) <> 1) x',
      [true],
    );
    if (Number(primaries!.n)) problems.push(`${primaries!.n} customers without exactly one primary contact`);
    if (db.dialect === 'sqlite') {
      const fk = await db.all('PRAGMA foreign_key_check');
      if (fk.length) problems.push(`${fk.length} foreign-key violations`);
    }
    problems.push(...(await checkNumbers(db)));
    // Every maintained balance (customer balances, stock, reservations, delivery and invoicing progress,
    // open amounts, the ledger) equals its recomputation from the documents.
    const mismatches = await checkConsistency(db);
    if (mismatches.length)
      problems.push(
        `${mismatches.length} maintained values differ from their recomputation, e.g. ${JSON.stringify(mismatches.slice(0, 3))}`,
      );
    return problems;
  });
}

/** Document numbers: per series and year 1 … N without a gap or a repeat, and the counter at N + 1. */
export async function checkNumbers(db: Db): Promise<string[]> {
  const problems: string[] = [];
  const series = await db.all<{ series: string; year: number; next_value: number }>(
    "SELECT series, year, next_value FROM number_series WHERE series IN ('SO', 'SH', 'IV', 'RC', 'SA')",
  );
  const sources: Record<string, string> = {
    SO: 'SELECT number FROM sales_orders WHERE number IS NOT NULL',
    SH: 'SELECT number FROM shipments WHERE number IS NOT NULL',
    IV: "SELECT number FROM invoices WHERE kind = 'invoice' AND number IS NOT NULL",
    RC: 'SELECT number FROM receipts WHERE number IS NOT NULL',
    SA: 'SELECT number FROM stock_adjustments',
  };
  for (const [prefix, sql] of Object.entries(sources)) {
    const byYear = new Map<number, number[]>();
    for (const r of await db.all<{ number: string }>(sql)) {
      const m = /^([A-Z]+)(\d{4})-(\d+)$/.exec(r.number);
      if (!m || m[1] !== prefix) {
        problems.push(`${prefix}: malformed number ${r.number}`);
        continue;
      }
      const y = Number(m[2]);
      if (!byYear.has(y)) byYear.set(y, []);
      byYear.get(y)!.push(Number(m[3]));
    }
    for (const [y, ns] of byYear) {
      ns.sort((a, b) => a - b);
      if (ns.some((n, i) => n !== i + 1))
        problems.push(`${prefix}${y}: numbers not 1…${ns.length} without gaps`);
      const s = series.find((x) => x.series === prefix && Number(x.year) === y);
      if (Number(s?.next_value) !== ns.length + 1)
        problems.push(`${prefix}${y}: series at ${s?.next_value} for ${ns.length} documents`);
    }
  }
  return problems;
}
