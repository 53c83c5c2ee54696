import { expect, it } from 'vitest';
import { dbChecksum, describeEachDb, expectError } from '../helpers/harness';
import { localDate } from '../../electron/core/rpc/context';

interface U {
  id: number;
  token: string;
}

describeEachDb('crm: edits, lookups, reminders, attachments, scope', (app) => {
  let manager: U, a: U, b: U, other: U;
  let cust: number;

  it('a lead is edited by its owner only, with the duplicate check again when the name changes', async () => {
    manager = await app().user('mgr', ['sales_manager'], { name: '李经理' });
    a = await app().user('sa', ['salesperson'], { manager_id: manager.id, name: '张三' });
    b = await app().user('sb', ['salesperson'], { manager_id: manager.id, name: '李四' });
    other = await app().user('so', ['salesperson'], { name: '王五' });
    const l1 = await app().call(
      'leads.create',
      { company: '惠州市仲恺高新区博远电子有限公司', source: 'web' },
      a.token,
    );
    const l2 = await app().call(
      'leads.create',
      { company: '惠州市惠阳区金达塑胶制品厂', source: 'phone' },
      b.token,
    );
    // 李四 cannot rename his lead into 张三's company
    const e = await expectError(
      app().call(
        'leads.update',
        { id: l2.id, version: l2.version, company: '博远电子有限公司', source: 'phone' },
        b.token,
      ),
      'DUPLICATE',
    );
    expect(e.message_zh).toContain('张三');
    // a stale version is refused
    const ok = await app().call(
      'leads.update',
      {
        id: l1.id,
        version: l1.version,
        company: l1.company,
        source: 'web',
        contact_name: '钟先生',
        phone: '0752-5551234',
      },
      a.token,
    );
    expect(ok.contact_name).toBe('钟先生');
    await expectError(
      app().call(
        'leads.update',
        { id: l1.id, version: l1.version, company: l1.company, source: 'web' },
        a.token,
      ),
      'CONFLICT',
    );
    // the manager edits the team's leads; a colleague does not even see them
    await app().call(
      'leads.update',
      { id: l1.id, version: ok.version, company: l1.company, source: 'exhibition' },
      manager.token,
    );
    await expectError(
      app().call(
        'leads.update',
        { id: l1.id, version: ok.version + 1, company: 'x', source: 'web' },
        other.token,
      ),
      'NOT_FOUND',
    );
    // lookups only offer what the caller sees
    expect((await app().call('leads.options', { q: '博远' }, a.token)).map((o) => o.label)).toEqual([
      '惠州市仲恺高新区博远电子有限公司',
    ]);
    expect(await app().call('leads.options', { q: '博远' }, b.token)).toEqual([]);
    expect((await app().call('leads.options', { q: 'hz' }, manager.token)).length).toBe(2);
  });

  it('opportunity lookups narrow to a customer; the summary counts only what the caller sees', async () => {
    cust = (
      await app().call('customers.create', { legal_name: '惠州市德赛西威汽车电子股份有限公司' }, a.token)
    ).id;
    const c = await app().call('customers.get', { id: cust }, a.token);
    await app().call('customers.update', { ...editable(c), co_owner_ids: [b.id] }, a.token);
    const o1 = await app().call(
      'opportunities.create',
      { customer_id: cust, name: '德赛一期', expected_amount: 100_00 },
      a.token,
    );
    await app().call(
      'opportunities.create',
      { customer_id: cust, name: '德赛二期', expected_amount: 200_00 },
      b.token,
    );
    const mine = await app().call('opportunities.options', { customer_id: cust }, a.token);
    expect(mine.map((o) => o.label)).toEqual(['德赛一期']);
    expect((await app().call('opportunities.options', { customer_id: cust }, manager.token)).length).toBe(2);
    expect((await app().call('opportunities.options', { ids: [o1.id] }, b.token)).length).toBe(0);
    const sa = await app().call('crm.customerSummary', { customer_id: cust }, a.token);
    expect(sa).toMatchObject({ open_opportunities: 1, pipeline_amount: 100_00 });
    const sm = await app().call('crm.customerSummary', { customer_id: cust }, manager.token);
    expect(sm).toMatchObject({ open_opportunities: 2, pipeline_amount: 300_00 });
    // both see the whole contact history of the shared customer
    await app().call(
      'activities.create',
      {
        type: 'call',
        customer_id: cust,
        summary: '李四的电话',
        next_followup_on: localDate(app().clock.now()),
      },
      b.token,
    );
    expect(
      (await app().call('activities.list', { customer_id: cust }, a.token)).rows.map((r) => r.user_name),
    ).toEqual(['李四']);
    expect((await app().call('activities.list', { customer_id: cust }, other.token)).rows).toEqual([]);
  });

  it('reminders: unread count, mark one, mark all; only one’s own', async () => {
    await app().call(
      'leads.create',
      { company: '惠州市大亚湾石化设备厂', source: 'web', owner_id: a.id },
      manager.token,
    );
    await app().call(
      'leads.create',
      { company: '惠州市博罗县宏达建材', source: 'web', owner_id: a.id },
      manager.token,
    );
    const r = await app().call('crm.reminders', {}, a.token);
    expect(r.unread).toBe(2);
    const first = r.rows[0]!;
    expect((await app().call('crm.markRemindersRead', { ids: [first.id] }, b.token)).count).toBe(0);
    expect((await app().call('crm.markRemindersRead', { ids: [first.id] }, a.token)).count).toBe(1);
    expect((await app().call('crm.reminders', {}, a.token)).unread).toBe(1);
    expect((await app().call('crm.markRemindersRead', { all: true }, a.token)).count).toBe(1);
    const all = await app().call('crm.reminders', { unread_only: false }, a.token);
    expect(all.unread).toBe(0);
    expect(all.rows.every((x) => x.read)).toBe(true);
  });

  it('attachments: bad content refused; removal keeps the row; only editors add', async () => {
    const o = (await app().call('opportunities.list', { q: '德赛一期' }, a.token)).rows[0]!;
    const before = await dbChecksum(app());
    const bad = await expectError(
      app().call(
        'crm.attach',
        {
          entity_type: 'opportunity',
          entity_id: o.id,
          kind: 'other',
          file_name: 'x.txt',
          content_base64: '@@@',
        },
        a.token,
      ),
      'VALIDATION',
    );
    expect(bad.fields?.[0]?.path).toEqual(['content_base64']);
    expect(await dbChecksum(app())).toBe(before);
    await expectError(
      app().call(
        'crm.attach',
        {
          entity_type: 'opportunity',
          entity_id: o.id,
          kind: 'other',
          file_name: 'x.txt',
          content_base64: Buffer.from('hi').toString('base64'),
        },
        manager.token,
      ),
      'FORBIDDEN',
    );
    const f = await app().call(
      'crm.attach',
      {
        entity_type: 'opportunity',
        entity_id: o.id,
        kind: 'other',
        file_name: '../../报价说明.txt',
        content_base64: Buffer.from('报价说明').toString('base64'),
      },
      a.token,
    );
    expect(f.file_name).toBe('.._.._报价说明.txt');
    expect(f.size).toBe(Buffer.from('报价说明').length);
    await app().call('crm.attachmentRemove', { id: f.id }, a.token);
    expect((await app().call('opportunities.get', { id: o.id }, a.token)).attachments).toEqual([]);
    await expectError(app().call('crm.attachmentGet', { id: f.id }, a.token), 'NOT_FOUND');
    const kept = await app().core.database.read((db) =>
      db.get<{ removed: unknown; removed_by: number }>(
        'SELECT removed, removed_by FROM crm_attachments WHERE id = ?',
        [f.id],
      ),
    );
    expect(Number(kept?.removed_by)).toBe(a.id);
  });

  it('complaints: the manager reassigns within the team; lists follow the data scope', async () => {
    const k = await app().call(
      'complaints.create',
      { kind: 'service', customer_id: cust, cause: 'usage', severity: 'low', description: '咨询接线' },
      a.token,
    );
    await expectError(app().call('complaints.assign', { id: k.id, owner_id: b.id }, a.token), 'FORBIDDEN');
    await expectError(
      app().call('complaints.assign', { id: k.id, owner_id: other.id }, manager.token),
      'FORBIDDEN',
    );
    const moved = await app().call(
      'complaints.assign',
      { id: k.id, owner_id: b.id, note: '李四熟悉' },
      manager.token,
    );
    expect(moved.owner_name).toBe('李四');
    expect(moved.logs.map((l) => l.action)).toEqual(['open', 'assign']);
    expect((await app().call('complaints.list', {}, b.token)).rows.map((r) => r.id)).toEqual([k.id]);
    expect((await app().call('complaints.list', {}, other.token)).rows).toEqual([]);
    await expectError(app().call('complaints.get', { id: k.id }, other.token), 'NOT_FOUND');
    expect((await app().call('aftersales.list', {}, other.token)).rows).toEqual([]);
  });

  it('unknown fields and bad enums are refused before anything runs', async () => {
    const e = await expectError(
      app().call('leads.create', { company: '某公司', source: 'tv' as never }, a.token),
      'VALIDATION',
    );
    expect(e.fields?.[0]?.path).toEqual(['source']);
    expect(e.message_zh).toContain('客户来源');
    const u = await expectError(
      app().call(
        'activities.create',
        { type: 'call', customer_id: cust, summary: 'x', next_followup_on: '2026-13-40' },
        a.token,
      ),
      'VALIDATION',
    );
    expect(u.fields?.[0]?.path).toEqual(['next_followup_on']);
  });
});

function editable(d: {
  legal_name: string;
  short_name: string | null;
  credit_code: string | null;
  address: string | null;
  phone: string | null;
  customer_type: 'cash' | 'account';
  grade: 'key' | 'general' | 'potential';
  owner_id: number;
  credit_limit: number;
  credit_days: number;
  bad_record: boolean;
  id: number;
  version: number;
}) {
  return {
    id: d.id,
    version: d.version,
    legal_name: d.legal_name,
    short_name: d.short_name,
    credit_code: d.credit_code,
    address: d.address,
    phone: d.phone,
    customer_type: d.customer_type,
    grade: d.grade,
    owner_id: d.owner_id,
    credit_limit: d.credit_limit,
    credit_days: d.credit_days,
    bad_record: d.bad_record,
  };
}
