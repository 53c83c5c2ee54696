import { describe, expect, it } from 'vitest';
import { inputProblem, MAX_INPUT_DEPTH } from '../../electron/core/rpc/input-guard';
import { connectionFailure } from '../../electron/core/rpc/errors';

describe('input guard', () => {
  it('passes ordinary input, including odd but valid Unicode', () => {
    expect(
      inputProblem({ legal_name: '𠮷野家（深圳）有限公司 👨‍👩‍👧', tags: ['a', 'b'], n: 1, x: null }),
    ).toBeNull();
    expect(inputProblem('text')).toBeNull();
  });

  it('names the field holding a NUL or an unpaired surrogate, in both languages', () => {
    const e = inputProblem({ contacts: [{ name: 'ok' }, { name: 'a\u0000b' }] })!;
    expect(e.code).toBe('VALIDATION');
    expect(e.fields![0]!.path).toEqual(['contacts', 1, 'name']);
    expect(e.messageZh).toContain('无效字符');
    expect(e.messageEn).toContain('invalid characters');
    expect(inputProblem({ q: 'x\ud800' })!.fields![0]!.path).toEqual(['q']);
    expect(inputProblem({ q: '\udc00' })).not.toBeNull();
  });

  it('refuses nesting deeper than any schema without recursing (100 000 levels)', () => {
    let v: unknown = 1;
    for (let i = 0; i < 100_000; i++) v = [v];
    expect(inputProblem({ a: v })!.messageZh).toContain('嵌套层级过深');
    let ok: unknown = 1;
    for (let i = 0; i < MAX_INPUT_DEPTH - 1; i++) ok = [ok];
    expect(inputProblem(ok)).toBeNull();
  });
});

describe('lost database connections', () => {
  it('are UNAVAILABLE, other errors are not', () => {
    for (const e of [
      Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:5433'), { code: 'ECONNREFUSED' }),
      new Error('Connection terminated unexpectedly'),
      Object.assign(new Error('terminating connection due to administrator command'), { code: '57P01' }),
      Object.assign(new Error('the database system is starting up'), { code: '57P03' }),
      new Error('timeout exceeded when trying to connect'),
    ])
      expect(connectionFailure(e)?.code, e.message).toBe('UNAVAILABLE');
    expect(connectionFailure(new Error('syntax error at or near "x"'))).toBeNull();
    expect(connectionFailure(Object.assign(new Error('dup'), { code: '23505' }))).toBeNull();
  });
});
