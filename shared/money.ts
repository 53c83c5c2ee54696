/**
 * Money is integer fen (分) everywhere: database, RPC, computations. This module is the only place that
 * does arithmetic that can produce fractions of a fen, and it rounds once, half-up (away from zero for
 * negative amounts, 四舍五入), at the line.
 *
 * Quantities are integer thousandths (milli-units): 1.5 箱 is 1500. Rates (tax, discount) are integer
 * basis points: 13 % is 1300.
 */

export type Fen = number;

export const MAX_FEN = 9_000_000_000_000_000; // below 2^53, ≈ 90 万亿元

export function isFen(v: unknown): v is Fen {
  return typeof v === 'number' && Number.isSafeInteger(v);
}

/** Divide two integers, rounding half away from zero. Works on bigint so large products stay exact. */
export function divRound(numerator: bigint, denominator: bigint): bigint {
  if (denominator === 0n) throw new RangeError('division by zero');
  const negative = numerator < 0n !== denominator < 0n;
  const n = numerator < 0n ? -numerator : numerator;
  const d = denominator < 0n ? -denominator : denominator;
  const q = (n * 2n + d) / (d * 2n);
  return negative ? -q : q;
}

function toSafe(v: bigint): number {
  const n = Number(v);
  if (!Number.isSafeInteger(n)) throw new RangeError('amount out of range');
  return n;
}

/** quantity (milli-units) × unit price (fen) → fen, rounded half-up. */
export function lineAmount(qtyMilli: number, unitPriceFen: Fen): Fen {
  return toSafe(divRound(BigInt(qtyMilli) * BigInt(unitPriceFen), 1000n));
}

/** amount × rate (basis points) → fen, rounded half-up. */
export function applyRate(amountFen: Fen, basisPoints: number): Fen {
  return toSafe(divRound(BigInt(amountFen) * BigInt(basisPoints), 10000n));
}

export function sumFen(values: Iterable<Fen>): Fen {
  let total = 0n;
  for (const v of values) total += BigInt(v);
  return toSafe(total);
}

/**
 * Parse a yuan amount typed by a person ("1,234.5", "￥12.30", "-3") into fen. Refuses more than two
 * decimals instead of silently rounding: a clerk who typed 12.345 should be told, not corrected.
 */
export function parseYuan(text: string): Fen | null {
  const s = text
    .replace(/[,，\s¥￥]/g, '')
    .replace(/^＋/, '+')
    .replace(/^－/, '-');
  const m = /^([+-]?)(\d+)(?:\.(\d{0,2}))?$/.exec(s);
  if (!m) return null;
  const sign = m[1] === '-' ? -1n : 1n;
  const yuan = BigInt(m[2] ?? '0');
  const frac = (m[3] ?? '').padEnd(2, '0');
  const fen = sign * (yuan * 100n + BigInt(frac || '0'));
  const n = Number(fen);
  return Number.isSafeInteger(n) && Math.abs(n) <= MAX_FEN ? n : null;
}

/** 123456 → "1,234.56"; grouping optional. */
export function formatFen(fen: Fen, opts: { grouping?: boolean } = {}): string {
  const negative = fen < 0;
  const abs = Math.abs(fen);
  const yuan = Math.trunc(abs / 100);
  const cents = abs % 100;
  let y = String(yuan);
  if (opts.grouping !== false) y = y.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return `${negative ? '-' : ''}${y}.${String(cents).padStart(2, '0')}`;
}

/** fen → yuan as a JS number, for charts and spreadsheets only (never for arithmetic). */
export function fenToYuanNumber(fen: Fen): number {
  return fen / 100;
}

const DIGITS = ['零', '壹', '贰', '叁', '肆', '伍', '陆', '柒', '捌', '玖'];
const SMALL_UNITS = ['', '拾', '佰', '仟'];
/** A 4-digit group (1..9999) without leading zero handling: 1010 → 壹仟零壹拾. */
function group4(g: number): string {
  let out = '';
  let pendingZero = false;
  for (let pos = 3; pos >= 0; pos--) {
    const d = Math.trunc(g / 10 ** pos) % 10;
    if (d === 0) {
      if (out !== '') pendingZero = true;
      continue;
    }
    if (pendingZero) out += '零';
    pendingZero = false;
    out += DIGITS[d]! + SMALL_UNITS[pos]!;
  }
  return out;
}

/** 1 … 99,999,999 with 万: a zero between the 万 group and the units group is written once. */
function belowYi(n: number): string {
  const high = Math.trunc(n / 10000);
  const low = n % 10000;
  if (high === 0) return group4(low);
  let out = group4(high) + '万';
  // 壹拾万零柒仟 (the 万 group ends in zero), 壹万零壹 (the units group has a leading zero).
  if (low > 0) out += (high % 10 === 0 || low < 1000 ? '零' : '') + group4(low);
  return out;
}

/**
 * Integer yuan in capitals. Above 亿 the count of 亿 is itself written with 万 (壹拾贰万叁仟亿, not
 * 壹拾贰万亿叁仟亿): 1,0001,0000,0000 is 壹万零壹亿.
 */
function integerToCapital(n: number): string {
  if (n === 0) return '零';
  if (n < 100_000_000) return belowYi(n);
  const high = Math.trunc(n / 100_000_000);
  const low = n % 100_000_000;
  let out = integerToCapital(high) + '亿';
  if (low > 0) out += (high % 10 === 0 || low < 10_000_000 ? '零' : '') + belowYi(low);
  return out;
}

/**
 * Chinese capital amount (大写金额) following the 支付结算办法 conventions:
 * - a 1 in the tens place is written 壹拾 (壹拾元整, 贰佰壹拾元整);
 * - zeros inside the number are written once (陆仟零柒元);
 * - 整 after 元 or 角 when nothing follows;
 * - 角 zero with 分 non-zero writes 零 after 元 (叁佰贰拾伍元零肆分);
 * - amounts below one yuan have no 元 (伍分, 伍角整); zero is 零元整; negatives start with 负.
 */
export function toChineseCapital(fen: Fen): string {
  if (!Number.isSafeInteger(fen)) throw new RangeError('fen must be a safe integer');
  const negative = fen < 0;
  const abs = Math.abs(fen);
  const yuan = Math.trunc(abs / 100);
  const jiao = Math.trunc(abs / 10) % 10;
  const fenDigit = abs % 10;
  let out = '';
  if (yuan > 0) out += integerToCapital(yuan) + '元';
  if (jiao === 0 && fenDigit === 0) {
    out = yuan === 0 ? '零元整' : out + '整';
  } else {
    if (jiao > 0) out += DIGITS[jiao]! + '角';
    else if (yuan > 0) out += '零';
    out += fenDigit > 0 ? DIGITS[fenDigit]! + '分' : '整';
  }
  return (negative ? '负' : '') + out;
}
