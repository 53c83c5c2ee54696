import { formatFen } from '../../../shared/money';

/** Formatting for print: quantities in thousandths, money in fen, rates in basis points, ISO dates. */

/** 1500 → "1.5", 2000 → "2", 1234567 → "1,234.567", -500 → "-0.5". */
export function fmtQty(milli: number): string {
  const neg = milli < 0;
  const abs = Math.abs(milli);
  const whole = Math.trunc(abs / 1000);
  const frac = String(abs % 1000)
    .padStart(3, '0')
    .replace(/0+$/, '');
  const w = String(whole).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return `${neg ? '-' : ''}${w}${frac ? `.${frac}` : ''}`;
}

/** 123456 → "1,234.56"; null → "". */
export function fmtMoney(fen: number | null | undefined): string {
  return fen == null ? '' : formatFen(fen);
}

/** "¥1,234.56" (negative: "-¥1,234.56"). */
export function fmtYuan(fen: number): string {
  return fen < 0 ? `-¥${formatFen(-fen)}` : `¥${formatFen(fen)}`;
}

/** 1300 → "13%", 650 → "6.5%". */
export function fmtRate(bp: number): string {
  const whole = Math.trunc(bp / 100);
  const frac = String(bp % 100)
    .padStart(2, '0')
    .replace(/0+$/, '');
  return `${whole}${frac ? `.${frac}` : ''}%`;
}

/** Discount in basis points off → Chinese 折: 1000 → "9折", 1500 → "8.5折". */
export function fmtDiscount(bp: number | null | undefined): string {
  if (!bp) return '';
  const rest = 10000 - bp; // 9000 → 9 折
  const whole = Math.trunc(rest / 1000);
  const frac = String(rest % 1000)
    .padStart(3, '0')
    .replace(/0+$/, '');
  return `${whole}${frac ? `.${frac}` : ''}折`;
}

/** "2026-11-20" → "2026年11月20日"; empty for null. */
export function fmtDateCn(iso: string | null | undefined): string {
  if (!iso) return '';
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  if (!m) return iso;
  return `${m[1]}年${Number(m[2])}月${Number(m[3])}日`;
}

/** An ISO timestamp in the office's local time: "2026-11-20 09:30". */
export function fmtTimestamp(iso: string | null | undefined): string {
  if (!iso) return '';
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  const p = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())} ${p(d.getHours())}:${p(d.getMinutes())}`;
}

export const orBlank = (s: string | null | undefined): string => (s == null ? '' : s);
