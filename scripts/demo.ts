/**
 * `npm run demo`: fills a database with realistic Chinese demo data for trying the app.
 *
 *   npm run demo                         the desktop app's own database (user-data folder)
 *   npm run demo -- --data-dir ./x       another data folder
 *   npm run demo -- --pg postgres://u:p@host:5432/db
 *   npm run demo -- --customers 500 --products 800
 *
 * Everything goes through the dispatcher (the same validation, numbering and audit as the app), so
 * the demo data is consistent by construction. Deterministic: the same seed gives the same data.
 */
import path from 'node:path';
import { Core } from '../electron/core/app';
import type { DbConfig } from '../electron/core/db/database';
import { defaultDataDir } from '../electron/core/paths';
import type { InputOf, MethodName, OutputOf } from '../shared/contract';
import type { Role } from '../shared/contract/permissions';
import { usccCheckChar } from '../shared/validation/uscc';
// ---- staff, plans and targets (issue 7)
import { demoStaff } from './demo-staff';

function arg(name: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

/* ------------------------------------------------------------------ deterministic randomness */
let seed = Number(arg('seed') ?? 20261122);
function rand(): number {
  seed |= 0;
  seed = (seed + 0x6d2b79f5) | 0;
  let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
  t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
}
const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)]!;
const int = (lo: number, hi: number) => lo + Math.floor(rand() * (hi - lo + 1));

/* ------------------------------------------------------------------ vocabularies */
export const CITIES: [string, string][] = [
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
  '佳能达',
  '信达',
  '万通',
  '鼎盛',
  '盛世',
  '科力',
  '森茂',
  '友联',
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
const SUFFIXES = ['有限公司', '有限公司', '有限公司', '股份有限公司', '有限责任公司', '贸易有限公司'];
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
  '老板',
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
  '东环路',
];
const BANKS = [
  '中国工商银行',
  '中国建设银行',
  '中国农业银行',
  '中国银行',
  '招商银行',
  '交通银行',
  '兴业银行',
  '浦发银行',
];

const PRODUCT_LINES: { cat: string; unit: string; items: [string, string[], number][] }[] = [
  {
    cat: '低压电器',
    unit: '个',
    items: [
      [
        '交流接触器',
        ['CJX2-0910', 'CJX2-1210', 'CJX2-1810', 'CJX2-2510', 'CJX2-3210', 'CJX2-4011', 'CJX2-6511'],
        4500,
      ],
      [
        '小型断路器',
        ['DZ47-63 1P C16', 'DZ47-63 2P C32', 'DZ47-63 3P C63', 'NXB-63 1P C20', 'NXB-63 3P C40'],
        1800,
      ],
      ['热过载继电器', ['JR36-20', 'JR36-63', 'NR2-25', 'NR2-93'], 3600],
      ['中间继电器', ['JZX-22F 2Z', 'MY4NJ DC24V', 'HH52P AC220V'], 1200],
      ['按钮开关', ['LA38-11 绿', 'LA38-11 红', 'XB2-BA31', 'XB2-BA42'], 800],
    ],
  },
  {
    cat: '电线电缆',
    unit: '卷',
    items: [
      [
        '铜芯电线',
        ['BV 1.5平方 100米', 'BV 2.5平方 100米', 'BV 4平方 100米', 'BV 6平方 100米', 'BVR 10平方 100米'],
        26000,
      ],
      ['护套电缆', ['RVV 3×1.5 100米', 'RVV 3×2.5 100米', 'YJV 4×10 100米', 'YJV 3×25+1×16 100米'], 68000],
      ['网络线', ['超五类 305米', '六类 305米'], 42000],
    ],
  },
  {
    cat: '轴承',
    unit: '套',
    items: [
      ['深沟球轴承', ['6201-2RS', '6202-2RS', '6204-ZZ', '6205-2RS', '6206-ZZ', '6308-2RS'], 1500],
      ['圆锥滚子轴承', ['30204', '30206', '32210', '32312'], 6500],
      ['调心滚子轴承', ['22210CA', '22216CA', '22312CA'], 28000],
    ],
  },
  {
    cat: '五金工具',
    unit: '把',
    items: [
      ['电锤', ['GBH 2-26', 'GBH 2-28', 'DH24PC3'], 69000],
      ['角磨机', ['GWS 700', 'GWS 9-100', 'GA4030'], 32000],
      ['扳手套装', ['32件套', '46件套', '120件套'], 18000],
      ['万用表', ['UT33D+', 'UT58A', 'F17B+'], 22000],
    ],
  },
  {
    cat: '气动元件',
    unit: '只',
    items: [
      ['标准气缸', ['SC32×100', 'SC40×150', 'SC50×200', 'SC63×250'], 15000],
      ['电磁阀', ['4V210-08 DC24V', '4V310-10 AC220V', '3V210-08'], 6800],
      ['气源处理器', ['AFR2000', 'AFC2000', 'AC3010-03'], 9500],
    ],
  },
  {
    cat: '照明',
    unit: '套',
    items: [
      ['LED平板灯', ['600×600 36W', '300×1200 40W'], 9800],
      ['LED投光灯', ['50W', '100W', '200W'], 16800],
      ['应急照明灯', ['双头 3W', '安全出口指示'], 5200],
    ],
  },
];

function fakeUscc(): string {
  // 91 + 6-digit area + 8-char org body + org check + USCC check
  const area = String(int(110000, 659000)).padStart(6, '0');
  const chars = '0123456789ABCDEFGHJKLMNPQRTUWXY';
  const body = Array.from({ length: 8 }, () =>
    rand() < 0.8 ? String(int(0, 9)) : pick(chars.slice(10).split('')),
  ).join('');
  const w = [3, 7, 9, 10, 5, 8, 4, 2];
  let sum = 0;
  for (let i = 0; i < 8; i++) {
    const ch = body[i]!;
    sum += (/\d/.test(ch) ? Number(ch) : ch.charCodeAt(0) - 55) * w[i]!;
  }
  const c = 11 - (sum % 11);
  const orgCheck = c === 10 ? 'X' : c === 11 ? '0' : String(c);
  const first17 = `91${area}${body}${orgCheck}`;
  const check = usccCheckChar(first17);
  if (!check || /[IOSVZ]/.test(first17)) return fakeUscc();
  return first17 + check;
}

const personName = () => pick(SURNAMES) + pick(GIVEN) + (rand() < 0.6 ? pick(GIVEN) : '');
const mobile = () =>
  `1${pick(['35', '36', '37', '38', '39', '50', '58', '59', '86', '88'])}${String(int(0, 99999999)).padStart(8, '0')}`;

/* ------------------------------------------------------------------ main */
async function main(): Promise<void> {
  const dataDir = path.resolve(arg('data-dir') ?? defaultDataDir());
  const pgUrl = arg('pg');
  let db: DbConfig | undefined;
  if (pgUrl) {
    const u = new URL(pgUrl);
    db = {
      kind: 'postgres',
      host: u.hostname,
      port: Number(u.port || 5432),
      user: decodeURIComponent(u.username),
      password: decodeURIComponent(u.password),
      database: u.pathname.slice(1),
    };
  }
  const nCustomers = Number(arg('customers') ?? 200);
  const nProducts = Number(arg('products') ?? 300);
  const core = await Core.open({ dataDir, db, quiet: true });
  const info = { transport: 'internal' as const, token: null as string | null };
  const call = async <M extends MethodName>(m: M, input: InputOf<M>): Promise<OutputOf<M>> => {
    const env = await core.call(m, input, info);
    if (!env.ok) throw new Error(`${m}: ${env.error.message_zh}`);
    return env.data as OutputOf<M>;
  };

  const ADMIN = { login: 'admin', password: 'Admin12345' };
  const status = await call('auth.setupStatus', {});
  if (status.needs_setup) {
    await call('auth.setup', {
      company_name: '广州华南机电贸易有限公司',
      login: ADMIN.login,
      name: '陈建国',
      password: ADMIN.password,
    });
  }
  try {
    info.token = (await call('auth.login', ADMIN)).token;
  } catch {
    console.error(
      'This database already has an administrator whose password is not the demo one; use an empty data folder.',
    );
    process.exit(1);
  }
  const existing = await call('customers.list', { limit: 1 });
  if ((existing.total ?? 0) > 0) {
    console.log(`The database already holds ${existing.total} customers; nothing added.`);
    await core.close();
    return;
  }
  const t0 = Date.now();

  // Regions
  const regionIds: Record<string, number> = {};
  for (const [code, name] of [
    ['SOUTH', '华南'],
    ['EAST', '华东'],
    ['NORTH', '华北'],
    ['CENTRAL', '华中'],
    ['WEST', '西南西北'],
    ['NORTHEAST', '东北'],
  ] as const) {
    regionIds[code] = (await call('regions.save', { code, name })).id;
  }

  // Staff
  const DEMO_PW = 'Demo12345';
  const mkUser = async (
    login: string,
    name: string,
    roles: Role[],
    manager_id: number | null,
    region: string | null,
  ) =>
    (
      await call('users.create', {
        login,
        name,
        roles,
        password: DEMO_PW,
        manager_id,
        region_id: region ? regionIds[region]! : null,
        phone: mobile(),
      })
    ).id;
  const gm = await mkUser('gm01', '周总', ['general_manager'], null, null);
  const mgrSouth = await mkUser('mgr01', '李明华', ['sales_manager'], gm, 'SOUTH');
  const mgrEast = await mkUser('mgr02', '王海涛', ['sales_manager'], gm, 'EAST');
  const reps: { id: number; region: string }[] = [];
  for (const [login, name, mgr, region] of [
    ['sp01', '张伟', mgrSouth, 'SOUTH'],
    ['sp02', '刘芳', mgrSouth, 'SOUTH'],
    ['sp03', '黄志强', mgrSouth, 'SOUTH'],
    ['sp04', '陈静', mgrEast, 'EAST'],
    ['sp05', '杨磊', mgrEast, 'EAST'],
    ['sp06', '赵敏', mgrEast, 'NORTH'],
  ] as const) {
    reps.push({ id: await mkUser(login, name, ['salesperson'], mgr, region), region });
  }
  await mkUser('fin01', '孙会计', ['finance'], gm, null);
  const keeper = await mkUser('wh01', '马仓管', ['warehouse'], gm, null);
  // Demo accounts skip the forced first password change.
  await core.database.transaction((d) => d.run('UPDATE users SET must_change_password = ?', [false]));

  // Warehouses
  for (const [code, name, address] of [
    ['GZ01', '广州总仓', '广州市白云区太和镇物流园 A3 栋'],
    ['FS01', '佛山仓', '佛山市南海区狮山工业园 12 号'],
    ['SH01', '上海仓', '上海市嘉定区安亭镇墨玉路 88 号'],
  ] as const) {
    await call('warehouses.save', { code, name, address, keeper_id: keeper });
  }

  // Products
  let pn = 0;
  outer: for (let round = 0; ; round++) {
    for (const line of PRODUCT_LINES) {
      for (const [name, specs, base] of line.items) {
        for (const spec of specs) {
          if (pn >= nProducts) break outer;
          pn++;
          const price = Math.round((base * (0.8 + rand() * 0.6) * (1 + round * 0.15)) / 10) * 10;
          const brand =
            round === 0
              ? ''
              : `${pick(['正泰', '德力西', '施耐德', '西门子', '欧姆龙', 'NSK', 'SKF', '博世', '优利德'])} `;
          await call('products.create', {
            code: `${line.cat === '低压电器' ? 'DQ' : line.cat === '电线电缆' ? 'DL' : line.cat === '轴承' ? 'ZC' : line.cat === '五金工具' ? 'WJ' : line.cat === '气动元件' ? 'QD' : 'ZM'}-${String(pn).padStart(5, '0')}`,
            name: `${brand}${name}`,
            spec,
            unit: line.unit,
            category: line.cat,
            list_price: price,
            floor_price: Math.round((price * 0.85) / 10) * 10,
            cost_price: Math.round((price * 0.7) / 10) * 10,
            tax_rate: 1300,
          });
        }
      }
    }
  }

  // Customers with contacts
  const used = new Set<string>();
  for (let i = 0; i < nCustomers; i++) {
    const draw = (): [[string, string], string] => {
      const c = pick(CITIES);
      return [c, `${c[0]}${pick(BRANDS)}${pick(INDUSTRIES)}${pick(SUFFIXES)}`];
    };
    let [city, name] = draw();
    while (used.has(name)) [city, name] = draw();
    used.add(name);
    const rep = reps.find((r) => r.region === city[1]) ?? pick(reps);
    const owner = rand() < 0.8 ? rep.id : pick(reps).id;
    const account = rand() < 0.6;
    const c = await call('customers.create', {
      legal_name: name,
      short_name: name.slice(city[0].length, city[0].length + 4),
      credit_code: rand() < 0.85 ? fakeUscc() : null,
      address: `${city[0]}市${pick(STREETS)}${int(1, 999)}号`,
      phone: `0${int(10, 99)}-${int(20000000, 89999999)}`,
      bank_name: `${pick(BANKS)}${city[0]}分行`,
      bank_account: String(int(10000000, 99999999)) + String(int(10000000, 99999999)),
      customer_type: account ? 'account' : 'cash',
      grade: rand() < 0.15 ? 'key' : rand() < 0.75 ? 'general' : 'potential',
      region_id: regionIds[city[1]] ?? null,
      source: pick(['web', 'phone', 'referral', 'exhibition', 'visit', 'other'] as const),
      tags: rand() < 0.3 ? [pick(['老客户', '大客户', '价格敏感', '工程项目', '经销商'])] : [],
      owner_id: owner,
      credit_limit: account ? int(5, 100) * 1_000_000 : 0,
      credit_days: account ? pick([30, 45, 60, 90]) : 0,
      confirm_similar: true,
    });
    const nContacts = int(1, 3);
    for (let k = 0; k < nContacts; k++) {
      await call('contacts.save', {
        customer_id: c.id,
        name: personName(),
        title: pick(TITLES),
        mobile: mobile(),
        is_primary: k === 0,
        birthday:
          rand() < 0.5
            ? `19${int(65, 99)}-${String(int(1, 12)).padStart(2, '0')}-${String(int(1, 28)).padStart(2, '0')}`
            : null,
      });
    }
  }
  // ---- crm: leads, follow-ups, opportunities, a complaint and a service job for the first salespeople
  const crm = await demoCrm(
    core,
    DEMO_PW,
    reps.slice(0, 3).map((r, i) => ({ login: `sp0${i + 1}`, id: r.id })),
  );

  // ---- staff, plans and targets (issue 7)
  await demoStaff(core, call, { gm, mgrSouth, mgrEast, reps }, rand, DEMO_PW);
  await core.close();
  console.log(
    `Demo data ready in ${((Date.now() - t0) / 1000).toFixed(1)} s: ${nCustomers} customers, ${pn} products, 12 staff, 3 warehouses, ${crm.leads} leads, ${crm.opportunities} opportunities.\n` +
      `Data folder: ${dataDir}\n` +
      `Log in as admin / ${ADMIN.password}; staff accounts (mgr01, sp01…sp06, fin01, wh01, gm01) use ${DEMO_PW}.`,
  );
}

// ---- crm (sales process and customer care)
const LEAD_BRANDS = [
  '瑞丰',
  '汇通',
  '宏基',
  '安泰',
  '德力',
  '鼎盛',
  '嘉禾',
  '联创',
  '天成',
  '远航',
  '恒达',
  '华信',
];
const NEEDS = [
  '车间照明改造，约 300 套灯具',
  '新厂房配电工程，年内招标',
  '注塑车间自动化改造',
  '空压机房节能改造',
  '生产线传感器批量采购',
];
const CALLS = ['电话了解需求，约下周拜访', '微信发送产品资料', '初次电话沟通，客户有预算', '询问招标时间'];
const PROJECTS = ['配电改造项目', '照明节能项目', '自动化产线项目', '年度备件采购', '新厂房机电项目'];

async function demoCrm(
  core: Core,
  password: string,
  reps: { login: string; id: number }[],
): Promise<{ leads: number; opportunities: number }> {
  const callAs = async <M extends MethodName>(
    token: string,
    m: M,
    input: InputOf<M>,
  ): Promise<OutputOf<M>> => {
    const env = await core.call(m, input, { transport: 'internal', token });
    if (!env.ok) throw new Error(`${m}: ${env.error.message_zh}`);
    return env.data as OutputOf<M>;
  };
  const day = (n: number) => {
    const d = new Date(Date.now() + n * 86_400_000);
    return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
  };
  const ago = (days: number) => new Date(Date.now() - days * 86_400_000).toISOString();
  let leads = 0;
  let opportunities = 0;
  for (const [r, rep] of reps.entries()) {
    const login = await core.call('auth.login', { login: rep.login, password }, { transport: 'internal' });
    if (!login.ok) throw new Error(`auth.login ${rep.login}: ${login.error.message_zh}`);
    const tok = (login.data as { token: string }).token;
    for (let i = 0; i < 4; i++) {
      const city = pick(CITIES.slice(0, 9));
      try {
        const lead = await callAs(tok, 'leads.create', {
          company: `${city[0]}${pick(LEAD_BRANDS)}${pick(INDUSTRIES)}${pick(SUFFIXES)}`,
          contact_name: personName(),
          phone: mobile(),
          source: pick(['web', 'phone', 'referral', 'exhibition'] as const),
          requirement: pick(NEEDS),
          confirm_similar: true,
        });
        leads++;
        if (i < 3) {
          await callAs(tok, 'activities.create', {
            type: i === 0 ? 'wechat' : 'call',
            lead_id: lead.id,
            occurred_at: ago(3),
            summary: pick(CALLS),
            next_followup_on: day(i - 1),
          });
        }
      } catch {
        /* the name collides with a customer or another lead: skip it */
      }
    }
    const mine = await callAs(tok, 'customers.list', { owner_id: rep.id, limit: 3 });
    for (const [j, c] of mine.rows.entries()) {
      const detail = await callAs(tok, 'customers.get', { id: c.id });
      const contact = detail.contacts[0];
      const opp = await callAs(tok, 'opportunities.create', {
        customer_id: c.id,
        name: `${c.short_name ?? c.legal_name}${pick(PROJECTS)}`,
        expected_amount: int(5, 300) * 10_000_00,
        budget: rand() < 0.5 ? int(10, 350) * 10_000_00 : null,
      });
      opportunities++;
      await callAs(tok, 'activities.create', {
        type: 'visit',
        customer_id: c.id,
        contact_id: contact?.id ?? null,
        opportunity_id: opp.id,
        occurred_at: ago(1),
        checkin_at: ago(1),
        checkin_place: detail.address ?? c.legal_name,
        summary: `拜访${contact?.name ?? '客户'}，了解${opp.name}需求`,
        promises: rand() < 0.6 ? '三天内提交方案和报价' : null,
        next_followup_on: day(j + r),
      });
      if (j === 0)
        await callAs(tok, 'opportunities.advance', {
          id: opp.id,
          version: opp.version,
          to_stage: 'initiation',
        });
      if (j === 1 && r === 0) {
        await callAs(tok, 'complaints.create', {
          kind: 'repair',
          customer_id: c.id,
          contact_id: contact?.id ?? null,
          cause: 'quality',
          severity: 'medium',
          description: '设备运行中偶发异响，请安排检修',
        });
      }
      if (j === 2) {
        await callAs(tok, 'aftersales.recordServiceJob', {
          customer_id: c.id,
          description: '上门安装调试',
          completed_on: day(-4),
        });
      }
    }
  }
  return { leads, opportunities };
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
