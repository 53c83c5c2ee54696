import { expect, it } from 'vitest';
import { describeEachDb, expectError, type TestApp } from '../helpers/harness';

interface Team {
  manager: { id: number; token: string };
  a: { id: number; token: string };
  b: { id: number; token: string };
  other: { id: number; token: string };
  finance: { id: number; token: string };
}

async function team(app: TestApp): Promise<Team> {
  const manager = await app.user('mgr', ['sales_manager'], { name: '李经理' });
  const a = await app.user('sa', ['salesperson'], { manager_id: manager.id, name: '张三' });
  const b = await app.user('sb', ['salesperson'], { manager_id: manager.id, name: '李四' });
  const other = await app.user('so', ['salesperson'], { name: '王五' });
  const finance = await app.user('fin', ['finance'], { name: '赵会计' });
  return { manager, a, b, other, finance };
}

describeEachDb('customers', (app) => {
  let t: Team;

  it('creates a customer owned by its creator with a numbered code', async () => {
    t = await team(app());
    const c = await app().call(
      'customers.create',
      {
        legal_name: ' 华为技术有限公司 ',
        short_name: '华为',
        credit_code: '914403001922038216',
        phone: '0755-28780808',
        address: '深圳市龙岗区坂田华为基地',
        customer_type: 'account',
        grade: 'key',
        tags: ['通信', '大客户'],
      },
      t.a.token,
    );
    expect(c.code).toBe('C000001');
    expect(c.legal_name).toBe('华为技术有限公司');
    expect(c.owner_id).toBe(t.a.id);
    expect(c.owner_name).toBe('张三');
    expect(c.tags).toEqual(['通信', '大客户']);
    expect(c.credit_limit).toBe(0);
    expect(c.active).toBe(true);
    expect(c.version).toBe(0);
  });

  it('refuses an exact legal-name duplicate, naming the field and the owner', async () => {
    const e = await expectError(
      app().call('customers.create', { legal_name: '华为技术有限公司' }, t.b.token),
      'DUPLICATE',
    );
    expect(e.fields?.[0]?.path).toEqual(['legal_name']);
    expect(e.message_zh).toContain('客户全称');
    expect(e.message_zh).toContain('张三');
    expect(e.message_en).toContain('Ask the owner to share');
  });

  it('refuses a duplicate credit code, also typed in lower case or full width', async () => {
    const e = await expectError(
      app().call(
        'customers.create',
        { legal_name: '别的公司', credit_code: '９１４４０３００１９２２０３８２１６' },
        t.b.token,
      ),
      'DUPLICATE',
    );
    expect(e.fields?.[0]?.path).toEqual(['credit_code']);
  });

  it('warns on a similar name with the existing record and its owner; confirming creates it', async () => {
    const e = await expectError(
      app().call('customers.create', { legal_name: '深圳市华为技术股份有限公司' }, t.b.token),
      'DUPLICATE',
    );
    const details = e.details as { kind: string; hits: { legal_name: string; owner_name: string }[] };
    expect(details.kind).toBe('similar');
    expect(details.hits[0]).toMatchObject({ legal_name: '华为技术有限公司', owner_name: '张三' });
    const c = await app().call(
      'customers.create',
      { legal_name: '深圳市华为技术股份有限公司', confirm_similar: true },
      t.b.token,
    );
    expect(c.owner_id).toBe(t.b.id);
  });

  it('checkDuplicate shows hits the caller cannot otherwise see', async () => {
    const r = await app().call(
      'customers.checkDuplicate',
      { legal_name: '华为技术有限公司（北京）' },
      t.other.token,
    );
    expect(r.exact).toEqual([]);
    expect(r.similar.map((h) => h.owner_name)).toEqual(expect.arrayContaining(['张三', '李四']));
    const exact = await app().call(
      'customers.checkDuplicate',
      { legal_name: '华为技术有限公司' },
      t.other.token,
    );
    expect(exact.exact).toHaveLength(1);
  });

  it('applies data scope: own for salespeople, team for the manager, all for finance', async () => {
    await app().call('customers.create', { legal_name: '外部客户有限公司' }, t.other.token);
    const names = async (token: string) =>
      (await app().call('customers.list', {}, token)).rows.map((r) => r.legal_name).sort();
    expect(await names(t.a.token)).toEqual(['华为技术有限公司']);
    expect(await names(t.b.token)).toEqual(['深圳市华为技术股份有限公司']);
    expect(await names(t.manager.token)).toEqual(['华为技术有限公司', '深圳市华为技术股份有限公司']);
    expect(await names(t.finance.token)).toHaveLength(3);
    expect(await names(t.other.token)).toEqual(['外部客户有限公司']);
    // and by id
    const other = (await app().call('customers.list', {}, t.other.token)).rows[0]!;
    await expectError(app().call('customers.get', { id: other.id }, t.a.token), 'NOT_FOUND');
    const opts = await app().call('customers.options', { q: '外部' }, t.a.token);
    expect(opts).toEqual([]);
  });

  it('co-owners see the customer too', async () => {
    const c = (await app().call('customers.list', {}, t.a.token)).rows[0]!;
    const d = await app().call('customers.get', { id: c.id }, t.a.token);
    await app().call('customers.update', { ...editable(d), co_owner_ids: [t.other.id] }, t.a.token);
    const names = (await app().call('customers.list', {}, t.other.token)).rows.map((r) => r.legal_name);
    expect(names).toContain('华为技术有限公司');
    const after = await app().call('customers.get', { id: c.id }, t.other.token);
    expect(after.co_owners.map((u) => u.name)).toEqual(['王五']);
  });

  it('only credit-permitted roles change credit limit, term and bad-record flag', async () => {
    const c = (await app().call('customers.list', { q: '华为技术有限公司' }, t.a.token)).rows[0]!;
    const d = await app().call('customers.get', { id: c.id }, t.a.token);
    const e = await expectError(
      app().call('customers.update', { ...editable(d), credit_limit: 50_000_00 }, t.a.token),
      'FORBIDDEN',
    );
    expect(e.fields?.map((f) => f.path[0])).toEqual(['credit_limit']);
    const e2 = await expectError(
      app().call('customers.create', { legal_name: '新客户甲有限公司', credit_days: 30 }, t.a.token),
      'FORBIDDEN',
    );
    expect(e2.fields?.map((f) => f.path[0])).toEqual(['credit_days']);
    await expectError(
      app().call(
        'customers.setCredit',
        { id: d.id, version: d.version, credit_limit: 1, credit_days: 1, bad_record: false },
        t.a.token,
      ),
      'FORBIDDEN',
    );
    const u = await app().call(
      'customers.setCredit',
      {
        id: d.id,
        version: d.version,
        credit_limit: 50_000_00,
        credit_days: 30,
        bad_record: false,
        reason: '年度授信',
      },
      t.finance.token,
    );
    expect(u.credit_limit).toBe(5_000_000);
    expect(u.credit_days).toBe(30);
    expect(u.version).toBe(d.version + 1);
  });

  it('a salesperson cannot hand a customer to someone outside their scope', async () => {
    const e = await expectError(
      app().call('customers.create', { legal_name: '转让测试有限公司', owner_id: t.b.id }, t.a.token),
      'FORBIDDEN',
    );
    expect(e.fields?.[0]?.path).toEqual(['owner_id']);
    const ok = await app().call(
      'customers.create',
      { legal_name: '转让测试有限公司', owner_id: t.b.id },
      t.manager.token,
    );
    expect(ok.owner_id).toBe(t.b.id);
  });

  it('refuses a stale edit (optimistic locking)', async () => {
    const c = (await app().call('customers.list', { q: '转让测试' }, t.manager.token)).rows[0]!;
    const d = await app().call('customers.get', { id: c.id }, t.manager.token);
    await app().call('customers.update', { ...editable(d), phone: '020-1' }, t.manager.token);
    const e = await expectError(
      app().call('customers.update', { ...editable(d), phone: '020-2' }, t.manager.token),
      'CONFLICT',
    );
    expect(e.message_zh).toContain('已被他人修改');
    expect((await app().call('customers.get', { id: c.id }, t.manager.token)).phone).toBe('020-1');
  });

  it('deactivates instead of deleting; lists hide inactive unless asked', async () => {
    const c = (await app().call('customers.list', { q: '转让测试' }, t.manager.token)).rows[0]!;
    await expectError(app().call('customers.setActive', { id: c.id, active: false }, t.a.token), 'FORBIDDEN');
    await app().call('customers.setActive', { id: c.id, active: false, reason: '重复建档' }, t.manager.token);
    const visible = await app().call('customers.list', { q: '转让测试' }, t.manager.token);
    expect(visible.rows).toEqual([]);
    const all = await app().call(
      'customers.list',
      { q: '转让测试', include_inactive: true },
      t.manager.token,
    );
    expect(all.rows[0]?.active).toBe(false);
  });

  it('contacts: create, one primary at a time, edit with version check', async () => {
    const c = (await app().call('customers.list', { q: '华为技术有限公司' }, t.a.token)).rows[0]!;
    const p1 = await app().call(
      'contacts.save',
      {
        customer_id: c.id,
        name: '刘采购',
        title: '采购经理',
        mobile: '13800138000',
        is_primary: true,
        birthday: '1985-03-08',
      },
      t.a.token,
    );
    const p2 = await app().call(
      'contacts.save',
      { customer_id: c.id, name: '陈财务', is_primary: true },
      t.a.token,
    );
    const d = await app().call('customers.get', { id: c.id }, t.a.token);
    expect(d.contacts.map((x) => [x.name, x.is_primary])).toEqual([
      ['陈财务', true],
      ['刘采购', false],
    ]);
    await expectError(
      app().call('contacts.save', { id: p1.id, version: 5, customer_id: c.id, name: '刘' }, t.a.token),
      'CONFLICT',
    );
    await expectError(
      app().call('contacts.save', { customer_id: c.id, name: '坏邮箱', email: 'not-an-email' }, t.a.token),
      'VALIDATION',
    );
    await expectError(
      app().call('contacts.save', { customer_id: c.id, name: '越权' }, t.b.token),
      'NOT_FOUND',
    );
    const off = await app().call('contacts.setActive', { id: p2.id, active: false }, t.a.token);
    expect(off.active).toBe(false);
  });

  it('lists page, sort and filter in SQL', async () => {
    for (let i = 0; i < 23; i++) {
      await app().call(
        'customers.create',
        {
          legal_name: `分页测试${String(i).padStart(2, '0')}号贸易有限公司`,
          grade: i % 2 ? 'key' : 'general',
        },
        app().adminToken,
      );
    }
    const q = { q: '分页测试', sort: [{ field: 'legal_name', dir: 'asc' as const }] };
    const p1 = await app().call('customers.list', { ...q, limit: 10, offset: 0 }, t.finance.token);
    const p3 = await app().call(
      'customers.list',
      { ...q, limit: 10, offset: 20, with_total: false },
      t.finance.token,
    );
    expect(p1.total).toBe(23);
    expect(p1.rows.map((r) => r.legal_name)[0]).toBe('分页测试00号贸易有限公司');
    expect(p3.rows.map((r) => r.legal_name)).toEqual([
      '分页测试20号贸易有限公司',
      '分页测试21号贸易有限公司',
      '分页测试22号贸易有限公司',
    ]);
    expect(p3.total).toBeNull();
    const keys = await app().call(
      'customers.list',
      { ...q, filters: [{ field: 'grade', op: 'equals', value: 'key' }], limit: 100 },
      t.finance.token,
    );
    expect(keys.total).toBe(11);
    const desc = await app().call(
      'customers.list',
      { q: '分页测试', sort: [{ field: 'legal_name', dir: 'desc' }], limit: 1 },
      t.finance.token,
    );
    expect(desc.rows[0]?.legal_name).toBe('分页测试22号贸易有限公司');
    const contains = await app().call(
      'customers.list',
      { filters: [{ field: 'legal_name', op: 'contains', value: '15号' }] },
      t.finance.token,
    );
    expect(contains.rows.map((r) => r.legal_name)).toEqual(['分页测试15号贸易有限公司']);
    // pinyin initials: 华为技术 → hwjs
    const py = await app().call('customers.list', { q: 'hwjs' }, t.finance.token);
    expect(py.rows.map((r) => r.legal_name)).toContain('华为技术有限公司');
    // LIKE wildcards in input are literal
    const pct = await app().call('customers.list', { q: '%' }, t.finance.token);
    expect(pct.rows).toEqual([]);
    await expectError(
      app().call(
        'customers.list',
        { filters: [{ field: 'password_hash', op: 'equals', value: 'x' }] },
        t.finance.token,
      ),
      'VALIDATION',
    );
    await expectError(
      app().call(
        'customers.list',
        { sort: [{ field: 'legal_name; DROP TABLE customers', dir: 'asc' }] },
        t.finance.token,
      ),
      'VALIDATION',
    );
  });
});

function editable(d: {
  id: number;
  version: number;
  legal_name: string;
  short_name: string | null;
  credit_code: string | null;
  address: string | null;
  phone: string | null;
  bank_name: string | null;
  bank_account: string | null;
  customer_type: 'cash' | 'account';
  grade: 'key' | 'general' | 'potential';
  region_id: number | null;
  source: 'web' | 'phone' | 'referral' | 'exhibition' | 'visit' | 'other' | null;
  tags: string[];
  owner_id: number;
  co_owners: { id: number }[];
  credit_limit: number;
  credit_days: number;
  bad_record: boolean;
  notes: string | null;
}) {
  return {
    id: d.id,
    version: d.version,
    legal_name: d.legal_name,
    short_name: d.short_name,
    credit_code: d.credit_code,
    address: d.address,
    phone: d.phone,
    bank_name: d.bank_name,
    bank_account: d.bank_account,
    customer_type: d.customer_type,
    grade: d.grade,
    region_id: d.region_id,
    source: d.source,
    tags: d.tags,
    owner_id: d.owner_id,
    co_owner_ids: d.co_owners.map((u) => u.id),
    credit_limit: d.credit_limit,
    credit_days: d.credit_days,
    bad_record: d.bad_record,
    notes: d.notes,
  };
}
