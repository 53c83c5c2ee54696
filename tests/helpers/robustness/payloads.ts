/**
 * Payloads generated from a method's zod input schema, for the hostile-input and permission tests.
 *
 * Nothing here is written per method: the generator walks the schema (zod 4's `_zod.def`), builds a valid
 * example by trying candidate values against each leaf schema, then derives payloads that break it in
 * one place at a time (wrong types, missing and extra fields, 1 MB strings, NaN / Infinity / huge numbers,
 * `__proto__` / `constructor` keys, odd Unicode, SQL metacharacters). Every payload is classified by the
 * method's own schema — exactly as the dispatcher will see it — into `invalid` (must be refused with a
 * typed VALIDATION error and change nothing) and `valid` (hostile content the schema accepts, which must
 * reach the service and come back as data or a typed error, never INTERNAL).
 */
import type { z } from 'zod';
import { inputProblem } from '../../../electron/core/rpc/input-guard';

type Path = (string | number)[];

/** The parts of zod 4's internal definition the walker reads. */
interface ZDef {
  type: string;
  shape?: Record<string, ZSchema>;
  catchall?: ZSchema;
  innerType?: ZSchema;
  in?: ZSchema;
  out?: ZSchema;
  element?: ZSchema;
  options?: ZSchema[];
  entries?: Record<string, string | number>;
  values?: unknown[];
  keyType?: ZSchema;
  valueType?: ZSchema;
}
interface ZSchema {
  _zod: { def: ZDef };
  safeParse(v: unknown): { success: boolean };
}

const asZ = (s: z.ZodType): ZSchema => s as unknown as ZSchema;
const def = (s: ZSchema): ZDef => s._zod.def;
const accepts = (s: ZSchema, v: unknown): boolean => {
  try {
    return s.safeParse(v).success;
  } catch {
    return false;
  }
};

/** The dispatcher treats a missing body (null / undefined) as {}. */
export const normalize = (v: unknown): unknown => (v === undefined || v === null ? {} : v);

/* ------------------------------------------------------------------ deterministic randomness */

export function rng(seed: number): () => number {
  let s = seed | 0;
  return () => {
    s = (s + 0x6d2b79f5) | 0;
    let t = Math.imul(s ^ (s >>> 15), 1 | s);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function hashSeed(text: string): number {
  let h = 2166136261;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 16777619);
  return h >>> 0;
}

/* ------------------------------------------------------------------ hostile values */

export const MB_ASCII = 'x'.repeat(1 << 20);
export const MB_CJK = '中'.repeat(1 << 19); // 1 MB as UTF-16, 1.5 MB as UTF-8

/** Strings most schemas accept: they must reach SQL and come back unharmed. */
export const HOSTILE_STRINGS: string[] = [
  "'; DROP TABLE customers; --",
  '" OR 1=1 --',
  "' OR ''='",
  "1'); DELETE FROM users WHERE ('1'='1",
  '%',
  '_',
  '%_%\\',
  '\\',
  '\\%',
  "O'Brien & 张三",
  '$1',
  '?',
  '::text',
  '/* comment */',
  '-- comment',
  '\u202e\u2066abc\u2069', // bidi overrides
  '\u200b\u200c\u200d\ufeff', // zero-width and BOM
  'Z̴̡̛̪a̷l̶g̵o̸',
  '👨‍👩‍👧‍👦🏳️‍🌈',
  '𠮷野家', // outside the BMP
  'ＡＢＣ１２３', // full width
  '\r\n\t',
  '　中文全角空格　',
  'null',
  'undefined',
  '${7*7}{{7*7}}',
  '<script>alert(1)</script>',
  '../../../../etc/passwd',
  'CON',
  'a'.repeat(64),
];

/** Strings no schema should let through (the dispatcher refuses them before any service runs). */
export const INVALID_TEXT: string[] = ['\u0000', 'a\u0000b', '\ud800', 'x\udfffy', '\udc00\ud800'];

const deepArray = (() => {
  let v: unknown = 'leaf';
  for (let i = 0; i < 2000; i++) v = [v];
  return v;
})();

/** Values of the wrong type for almost any field. */
export const WRONG_TYPES: unknown[] = [
  0,
  -1,
  1.5,
  NaN,
  Infinity,
  -Infinity,
  1e308,
  -1e308,
  2 ** 53 + 2,
  true,
  false,
  '',
  '0',
  'true',
  'NaN',
  [],
  [1, 2, 3],
  {},
  { a: 1 },
  { $gt: '' },
  { toString: 'x', valueOf: 1 },
  deepArray,
];

export const HOSTILE_NUMBERS: unknown[] = [
  -1,
  -2147483648,
  2147483648,
  2 ** 31,
  2 ** 53,
  -(2 ** 53),
  Number.MAX_SAFE_INTEGER + 2,
  1e21,
  1e308,
  -1e308,
  NaN,
  Infinity,
  -Infinity,
  0.5,
  -0,
  1e-300,
  Number.MIN_VALUE,
  '1',
  '1e3',
  ' 1',
  '0x10',
];

/** Keys that must never reach an object's prototype or a SQL column list. */
export const HOSTILE_KEYS: string[] = [
  '__proto__',
  'constructor',
  'prototype',
  'toString',
  'hasOwnProperty',
  'valueOf',
  "id'; DROP TABLE users; --",
  'a" = 1 OR "1',
  '',
  '\u0000',
  '𠮷',
  'k'.repeat(1000),
];

const EXTRA_VALUES: unknown[] = [
  1,
  'x',
  null,
  true,
  { admin: true },
  { prototype: { polluted: true } },
  [],
  MB_ASCII,
  NaN,
  "'; DROP TABLE users; --",
];

const COMBINED: unknown[] = [...WRONG_TYPES, ...HOSTILE_STRINGS, ...HOSTILE_NUMBERS];

/* ------------------------------------------------------------------ valid examples */

const STRING_CANDIDATES = [
  '测试甲1',
  'Abcdef123',
  'a1',
  'A',
  '2026-05-01',
  'test@example.com',
  '127.0.0.1',
  '91350100M000100Y43', // a valid 统一社会信用代码
  'P-001',
  'abcdefgh',
];
const NUMBER_CANDIDATES = [2147483647, 1, 5433, 0, 100, 1000, 2, 10];
const NO = Symbol('no-example');
const candidatesFor = (kind: string): unknown[] =>
  kind === 'string'
    ? STRING_CANDIDATES
    : kind === 'number'
      ? NUMBER_CANDIDATES
      : kind === 'boolean'
        ? [false, true]
        : [];
type Ex = unknown | typeof NO;

/**
 * A value the schema accepts. `full` fills optional fields too (so that they can be broken one by one);
 * `min` leaves them out. Returns NO when no candidate fits.
 */
export function example(schema: ZSchema, mode: 'full' | 'min'): Ex {
  const d = def(schema);
  const pick = (cands: unknown[]): Ex => {
    for (const c of cands) if (accepts(schema, c)) return c;
    return NO;
  };
  switch (d.type) {
    case 'optional':
    case 'default':
    case 'prefault': {
      if (mode === 'min') return undefined;
      const v = example(d.innerType!, mode);
      return v === NO ? undefined : v;
    }
    case 'nullable': {
      const v = example(d.innerType!, mode);
      return v === NO ? null : v;
    }
    case 'readonly':
    case 'nonoptional':
    case 'catch':
      return example(d.innerType!, mode);
    case 'pipe': {
      // Refinements after a transform live on the pipe: try the input side's example, then every
      // candidate of the input's kind.
      const v = example(d.in!, mode);
      if (v !== NO && accepts(schema, v)) return v;
      return pick(candidatesFor(def(core(d.in!)).type));
    }
    case 'object': {
      const out: Record<string, unknown> = {};
      for (const [k, f] of Object.entries(d.shape!)) {
        const v = example(f, mode);
        if (v === NO || v === undefined) {
          if (accepts(f, undefined)) continue;
          return NO;
        }
        out[k] = v;
      }
      if (accepts(schema, out)) return out;
      return mode === 'full' ? example(schema, 'min') : NO;
    }
    case 'array': {
      if (mode === 'min' && accepts(schema, [])) return [];
      const el = example(d.element!, mode);
      if (el !== NO && accepts(schema, [el])) return [el];
      return accepts(schema, []) ? [] : NO;
    }
    case 'union': {
      for (const o of d.options ?? []) {
        const v = example(o, mode);
        if (v !== NO && accepts(schema, v)) return v;
      }
      return NO;
    }
    case 'record':
      return accepts(schema, {}) ? {} : NO;
    case 'string':
      return pick(STRING_CANDIDATES);
    case 'number':
      return pick(NUMBER_CANDIDATES);
    case 'boolean':
      return pick([false, true]);
    case 'enum':
      return pick(Object.values(d.entries ?? {}));
    case 'literal':
      return pick(d.values ?? []);
    case 'null':
      return null;
    default:
      return NO;
  }
}

/* ------------------------------------------------------------------ schema positions */

interface Slot {
  path: Path;
  /** The leaf schema with its wrappers stripped: what kind of value belongs here. */
  kind: string;
  required: boolean;
}

function core(s: ZSchema): ZSchema {
  let cur = s;
  for (let i = 0; i < 20; i++) {
    const d = def(cur);
    if (['optional', 'nullable', 'default', 'prefault', 'readonly', 'nonoptional', 'catch'].includes(d.type))
      cur = d.innerType!;
    else if (d.type === 'pipe') cur = d.in!;
    else break;
  }
  return cur;
}

/** Every key of every object reachable from the schema (array elements at index 0). */
function slots(schema: ZSchema, path: Path = [], out: Slot[] = []): Slot[] {
  const c = core(schema);
  const d = def(c);
  if (d.type === 'object') {
    for (const [k, f] of Object.entries(d.shape!)) {
      const fc = core(f);
      out.push({ path: [...path, k], kind: def(fc).type, required: !accepts(f, undefined) });
      slots(f, [...path, k], out);
    }
  } else if (d.type === 'array') {
    const ec = core(d.element!);
    out.push({ path: [...path, 0], kind: def(ec).type, required: false });
    slots(d.element!, [...path, 0], out);
  } else if (d.type === 'union') {
    for (const o of d.options ?? []) if (def(core(o)).type === 'object') slots(o, path, out);
  }
  return out;
}

function clone<T>(v: T): T {
  return structuredClone(v);
}

/** Sets (or with `del`, removes) the value at path, creating containers along the way. */
function setAt(root: unknown, path: Path, value: unknown, del = false): unknown {
  if (path.length === 0) return value;
  const top: Record<string | number, unknown> =
    root !== null && typeof root === 'object' ? clone(root as Record<string, unknown>) : {};
  let cur = top;
  for (let i = 0; i < path.length - 1; i++) {
    const k = path[i]!;
    const nextIsIndex = typeof path[i + 1] === 'number';
    let next = cur[k];
    if (next === null || typeof next !== 'object') next = nextIsIndex ? [] : {};
    cur[k] = next;
    cur = next as Record<string | number, unknown>;
  }
  const last = path[path.length - 1]!;
  if (del) delete cur[last];
  else Object.defineProperty(cur, last, { value, enumerable: true, configurable: true, writable: true });
  return top;
}

/** An object with an own (not prototype-setting) key, as JSON.parse would produce. */
function withOwnKey(base: unknown, key: string, value: unknown): unknown {
  const o: Record<string, unknown> =
    base !== null && typeof base === 'object' && !Array.isArray(base)
      ? clone(base as Record<string, unknown>)
      : {};
  Object.defineProperty(o, key, { value, enumerable: true, configurable: true, writable: true });
  return o;
}

/* ------------------------------------------------------------------ the payload set */

export interface Payload {
  /** What was broken, for failure messages (short). */
  label: string;
  value: unknown;
}

export interface PayloadSet {
  /** A payload the schema accepts (best effort: null when none could be built). */
  valid: unknown;
  invalid: Payload[];
  /** Hostile content the schema accepts. */
  validHostile: Payload[];
}

const describe = (v: unknown): string => {
  if (typeof v === 'string') return v.length > 24 ? `"${v.slice(0, 12)}…"(${v.length})` : JSON.stringify(v);
  if (typeof v === 'number') return String(v);
  if (Array.isArray(v)) return `[…${v.length}]`;
  if (v && typeof v === 'object') return `{${Object.keys(v).slice(0, 3).join(',')}}`;
  return String(v);
};

/**
 * Builds at least `minInvalid` invalid payloads (when the schema allows it) and up to `maxValid` valid
 * hostile ones. Deterministic for a given seed.
 */
export function payloadsFor(
  input: z.ZodType,
  opts: { seed: number; minInvalid?: number; maxInvalid?: number; maxValid?: number },
): PayloadSet {
  const schema = asZ(input);
  const random = rng(opts.seed);
  const full = example(schema, 'full');
  const min = example(schema, 'min');
  const valid = full !== NO ? full : min !== NO ? min : null;
  const base = valid ?? {};
  const must: Payload[] = [];
  const pool: Payload[] = [];
  const validHostile: Payload[] = [];

  const add = (label: string, value: unknown, important = false) => {
    // As the dispatcher sees it: the input guard first (NUL, broken Unicode, nesting), then the schema.
    const ok = !inputProblem(normalize(value)) && accepts(schema, normalize(value));
    const p = { label, value };
    if (ok) validHostile.push(p);
    else if (important) must.push(p);
    else pool.push(p);
  };

  // The whole body of the wrong type.
  for (const v of [...WRONG_TYPES, MB_ASCII, 'select * from users', [base], [[base]]])
    add(`body=${describe(v)}`, v, true);

  // Prototype-pollution shapes, as a JSON body would carry them.
  add('__proto__ key', withOwnKey(base, '__proto__', { polluted: true, admin: true }), true);
  add('constructor.prototype', withOwnKey(base, 'constructor', { prototype: { polluted: true } }), true);
  add('__proto__ nested', JSON.parse('{"__proto__": {"__proto__": {"polluted": 1}}}'), true);

  // Thousands of extra keys: the error must stay small.
  const many: Record<string, unknown> =
    base !== null && typeof base === 'object' && !Array.isArray(base)
      ? clone(base as Record<string, unknown>)
      : {};
  for (let i = 0; i < 5000; i++) many[`extra_${i}`] = i;
  add('5000 extra keys', many, true);

  // Extra keys at the top level.
  for (const k of HOSTILE_KEYS)
    for (const v of EXTRA_VALUES) add(`extra ${describe(k)}=${describe(v)}`, withOwnKey(base, k, v));

  // One position at a time.
  const positions = slots(schema);
  for (const s of positions) {
    const at = s.path.join('.');
    if (s.required) add(`missing ${at}`, setAt(base, s.path, undefined, true), true);
    let firstBig = true;
    const values: unknown[] = [...WRONG_TYPES, ...INVALID_TEXT, null];
    if (s.kind === 'string' || s.kind === 'enum' || s.kind === 'literal' || s.kind === 'union')
      values.push(MB_ASCII, MB_CJK, ...HOSTILE_STRINGS);
    if (s.kind === 'number' || s.kind === 'union') values.push(...HOSTILE_NUMBERS);
    if (s.kind === 'array')
      values.push(
        Array.from({ length: 10000 }, () => 1),
        ['x'],
        [null],
        [MB_ASCII],
      );
    if (s.kind === 'object') values.push(withOwnKey({}, '__proto__', { polluted: true }));
    for (const v of values) {
      const important = (v === MB_ASCII || v === MB_CJK) && firstBig;
      if (important) firstBig = false;
      add(`${at}=${describe(v)}`, setAt(base, s.path, v), important || INVALID_TEXT[0] === v);
    }
    // an extra key inside nested objects
    if (s.kind === 'object')
      add(`${at}.__proto__`, setAt(base, s.path, withOwnKey({}, '__proto__', { polluted: true })));
  }

  // Shuffle the rest and keep a bounded number, so that large schemas stay quick.
  for (let i = pool.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [pool[i], pool[j]] = [pool[j]!, pool[i]!];
  }
  const maxInvalid = Math.max(opts.maxInvalid ?? 260, must.length);
  const invalid = [...must, ...pool.slice(0, Math.max(0, maxInvalid - must.length))];

  // Combined damage until the minimum is reached (schemas with few positions, e.g. `{}`).
  const minInvalid = opts.minInvalid ?? 200;
  for (let n = 0; invalid.length < minInvalid && n < minInvalid * 20; n++) {
    const k = HOSTILE_KEYS[Math.floor(random() * HOSTILE_KEYS.length)]!;
    const v = COMBINED[Math.floor(random() * COMBINED.length)];
    const k2 = `${k}_${n}`;
    const p = withOwnKey(withOwnKey(base, k2, v), HOSTILE_KEYS[n % HOSTILE_KEYS.length]!, n);
    if (inputProblem(p) || !accepts(schema, normalize(p)))
      invalid.push({ label: `extra ${describe(k2)} + more`, value: p });
  }

  for (let i = validHostile.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [validHostile[i], validHostile[j]] = [validHostile[j]!, validHostile[i]!];
  }
  return { valid, invalid, validHostile: validHostile.slice(0, opts.maxValid ?? 60) };
}

/** The fields of a list method's result rows (from the output schema), for filter and sort fuzzing. */
export function listRowFields(output: z.ZodType): string[] {
  const o = def(core(asZ(output)));
  if (o.type !== 'object' || !o.shape?.rows) return [];
  const rows = def(core(o.shape.rows));
  if (rows.type !== 'array') return [];
  const row = def(core(rows.element!));
  return row.type === 'object' ? Object.keys(row.shape!) : [];
}

/** Whether the input is a paged list query (has filters and sort). */
export function isListQuery(input: z.ZodType): boolean {
  const d = def(core(asZ(input)));
  return d.type === 'object' && Boolean(d.shape?.filters) && Boolean(d.shape?.sort);
}

export { accepts as schemaAccepts, asZ };
