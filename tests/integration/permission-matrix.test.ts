/**
 * Permissions (issue 8, robustness test 4): a matrix generated from the contract — every method × every
 * role — must match the access each method declares (shared/contract/permissions.ts), enforced by the
 * dispatcher. Denied calls carry a payload the schema accepts (so only the permission stands between the
 * caller and the change) and change nothing; allowed calls carry an invalid payload, so they prove that
 * authorization passed (VALIDATION, not FORBIDDEN) without doing anything. Calls without a session are
 * refused for every non-public method. (The HTTP host's 401s are in http-host.test.ts.)
 */
import { beforeAll, expect, it } from 'vitest';
import { contract, METHOD_NAMES, ROLES, allows, type Role } from '../../shared/contract';
import type { MethodDef } from '../../shared/contract/define';
import { dbChecksum, describeEachDb } from '../helpers/harness';
import { hashSeed, payloadsFor } from '../helpers/robustness/payloads';

const defs = contract as unknown as Record<string, MethodDef>;
/** Never an object: every input schema refuses it after authorization. */
const PROBE = 'not-an-object';

describeEachDb('permission matrix', (app) => {
  const tokens = {} as Record<Role, string>;
  let combined = '';

  beforeAll(async () => {
    for (const role of ROLES) tokens[role] = (await app().user(`pm_${role}`, [role])).token;
    combined = (await app().user('pm_combo', ['salesperson', 'warehouse'])).token;
    await app().call('customers.create', { legal_name: '权限矩阵测试有限公司' }, app().adminToken);
  });

  it('every method × every role matches the declared access; denied calls change nothing', async () => {
    const mismatches: string[] = [];
    const matrix: Record<string, Record<string, 'allow' | 'deny'>> = {};
    for (const m of METHOD_NAMES) {
      const def = defs[m]!;
      const valid = payloadsFor(def.input, { seed: hashSeed(m), maxInvalid: 0, minInvalid: 0 }).valid ?? {};
      const before = await dbChecksum(app());
      matrix[m] = {};
      for (const role of ROLES) {
        const expected = allows([role], def.access);
        matrix[m]![role] = expected ? 'allow' : 'deny';
        const env = await app().raw(m, expected ? PROBE : valid, tokens[role]);
        const got = env.ok ? 'ok' : env.error.code;
        const want = expected ? 'VALIDATION' : 'FORBIDDEN';
        if (got !== want) mismatches.push(`${m} as ${role}: expected ${want}, got ${got}`);
        if (!expected && !env.ok && !env.error.message_zh.includes(String(def.access)))
          mismatches.push(`${m} as ${role}: the refusal does not name ${def.access}`);
      }
      if ((await dbChecksum(app())) !== before) mismatches.push(`${m}: a denied call changed the database`);
    }
    expect(mismatches).toEqual([]);
    // The administrator may do everything; every other role is refused something.
    for (const m of METHOD_NAMES) expect(matrix[m]!.admin, m).toBe('allow');
    for (const role of ROLES.filter((r) => r !== 'admin'))
      expect(
        METHOD_NAMES.some((m) => matrix[m]![role] === 'deny'),
        role,
      ).toBe(true);
  }, 240_000);

  it('anchors from the requirements hold', () => {
    const can = (role: Role, m: string) => allows([role], defs[m]!.access);
    expect(can('salesperson', 'customers.create')).toBe(true);
    expect(can('salesperson', 'customers.setCredit')).toBe(false); // credit terms: finance, managers
    expect(can('salesperson', 'customers.setActive')).toBe(false); // salespeople cannot delete customers
    expect(can('salesperson', 'users.list')).toBe(false);
    expect(can('finance', 'customers.setCredit')).toBe(true);
    expect(can('warehouse', 'customers.create')).toBe(false);
    expect(can('general_manager', 'audit.list')).toBe(true);
    for (const role of ROLES.filter((r) => r !== 'admin')) {
      expect(can(role, 'system.dbInfo'), role).toBe(false);
      expect(can(role, 'system.connectOfficeDb'), role).toBe(false);
    }
  });

  it('several roles grant the union of their permissions', async () => {
    for (const m of METHOD_NAMES) {
      const expected = allows(['salesperson', 'warehouse'], defs[m]!.access);
      const env = await app().raw(m, PROBE, combined);
      expect(env.ok ? 'ok' : env.error.code, m).toBe(expected ? 'VALIDATION' : 'FORBIDDEN');
    }
  });

  it('without a session every non-public method is refused, even with a valid payload; nothing changes', async () => {
    const before = await dbChecksum(app());
    for (const m of METHOD_NAMES) {
      const def = defs[m]!;
      const valid = payloadsFor(def.input, { seed: hashSeed(m), maxInvalid: 0, minInvalid: 0 }).valid ?? {};
      for (const token of [null, 'forged-token', tokens.admin.slice(0, -2)]) {
        const env = await app().raw(m, def.access === 'public' ? PROBE : valid, token);
        const got = env.ok ? 'ok' : env.error.code;
        expect(got, `${m} with ${String(token).slice(0, 8)}`).toBe(
          def.access === 'public' ? 'VALIDATION' : 'UNAUTHENTICATED',
        );
      }
    }
    expect(await dbChecksum(app())).toBe(before);
  });
});
