import { describe, expect, it } from 'vitest';
import {
  applyRate,
  divRound,
  formatFen,
  lineAmount,
  parseYuan,
  sumFen,
  toChineseCapital,
} from '../../shared/money';

describe('toChineseCapital (大写金额)', () => {
  // [fen, expected]
  const cases: [number, string][] = [
    [0, '零元整'],
    [1, '壹分'],
    [5, '伍分'],
    [10, '壹角整'],
    [50, '伍角整'],
    [55, '伍角伍分'],
    [100, '壹元整'],
    [101, '壹元零壹分'],
    [110, '壹元壹角整'],
    [1000, '壹拾元整'],
    [1005, '壹拾元零伍分'],
    [1580, '壹拾伍元捌角整'],
    [10000, '壹佰元整'],
    [10100, '壹佰零壹元整'],
    [11000, '壹佰壹拾元整'],
    [21000, '贰佰壹拾元整'],
    [32504, '叁佰贰拾伍元零肆分'],
    [100000, '壹仟元整'],
    [100100, '壹仟零壹元整'],
    [140950, '壹仟肆佰零玖元伍角整'],
    [168032, '壹仟陆佰捌拾元叁角贰分'],
    [600714, '陆仟零柒元壹角肆分'],
    [1000000, '壹万元整'],
    [1000100, '壹万零壹元整'],
    [1640902, '壹万陆仟肆佰零玖元零贰分'],
    [10000000, '壹拾万元整'],
    [10001020, '壹拾万零壹拾元贰角整'],
    [10700053, '壹拾万零柒仟元伍角叁分'],
    [12345678, '壹拾贰万叁仟肆佰伍拾陆元柒角捌分'],
    [100000000, '壹佰万元整'],
    [1000000000, '壹仟万元整'],
    [1000010000, '壹仟万零壹佰元整'],
    [10000000000, '壹亿元整'],
    [10000000100, '壹亿零壹元整'],
    [10100000000, '壹亿零壹佰万元整'],
    [100000000001, '壹拾亿元零壹分'],
    [123456789012, '壹拾贰亿叁仟肆佰伍拾陆万柒仟捌佰玖拾元壹角贰分'],
    [1000000000000, '壹佰亿元整'],
    [100000000000000, '壹万亿元整'],
    [-1230, '负壹拾贰元叁角整'],
    [-5, '负伍分'],
    [99999999, '玖拾玖万玖仟玖佰玖拾玖元玖角玖分'],
    // Above 亿 the count of 亿 is written with 万 (found wrong while building the printed documents).
    [100000010000000, '壹万亿零壹拾万元整'],
    [1000010000000000, '壹拾万零壹亿元整'],
    [1234560000000000, '壹拾贰万叁仟肆佰伍拾陆亿元整'],
    [1000000000000000, '壹拾万亿元整'],
    [101000000, '壹佰零壹万元整'],
    [100100000, '壹佰万零壹仟元整'],
    [1000000100, '壹仟万零壹元整'],
    [-10001020, '负壹拾万零壹拾元贰角整'],
  ];
  it.each(cases)('%i fen → %s', (fen, expected) => {
    expect(toChineseCapital(fen)).toBe(expected);
  });
  it('the issue’s named amounts: 0, 0.05, 10.00, 100,010.20, 1,000,000,000.01', () => {
    expect(toChineseCapital(0)).toBe('零元整');
    expect(toChineseCapital(5)).toBe('伍分');
    expect(toChineseCapital(1000)).toBe('壹拾元整');
    expect(toChineseCapital(10001020)).toBe('壹拾万零壹拾元贰角整');
    expect(toChineseCapital(100000000001)).toBe('壹拾亿元零壹分');
  });
  it('refuses non-integers', () => {
    expect(() => toChineseCapital(1.5)).toThrow();
  });
});

describe('fen arithmetic', () => {
  it('rounds half away from zero', () => {
    expect(divRound(5n, 10n)).toBe(1n);
    expect(divRound(4n, 10n)).toBe(0n);
    expect(divRound(-5n, 10n)).toBe(-1n);
    expect(divRound(-4n, 10n)).toBe(0n);
    expect(divRound(15n, 10n)).toBe(2n);
  });
  it('line amount: quantity in thousandths × price in fen', () => {
    expect(lineAmount(1500, 1999)).toBe(2999); // 1.5 × 19.99 = 29.985 → 29.99
    expect(lineAmount(1000, 1)).toBe(1);
    expect(lineAmount(333, 1)).toBe(0);
    expect(lineAmount(500, 1)).toBe(1);
    expect(lineAmount(-1500, 1999)).toBe(-2999);
    // large values stay exact (would overflow a double)
    expect(lineAmount(9_000_000_000, 100_000_000)).toBe(900_000_000_000_000);
  });
  it('tax at basis points', () => {
    expect(applyRate(10000, 1300)).toBe(1300);
    expect(applyRate(2999, 1300)).toBe(390); // 389.87 → 390
    expect(applyRate(1, 500)).toBe(0);
  });
  it('sums exactly', () => {
    expect(sumFen([1, 2, 3])).toBe(6);
    expect(sumFen([])).toBe(0);
  });
  it('parses what a clerk types, refusing a third decimal', () => {
    expect(parseYuan('1,234.5')).toBe(123450);
    expect(parseYuan('￥12.30')).toBe(1230);
    expect(parseYuan('-3')).toBe(-300);
    expect(parseYuan('0.05')).toBe(5);
    expect(parseYuan('12.345')).toBeNull();
    expect(parseYuan('abc')).toBeNull();
    expect(parseYuan('')).toBeNull();
  });
  it('formats fen', () => {
    expect(formatFen(123456)).toBe('1,234.56');
    expect(formatFen(-5)).toBe('-0.05');
    expect(formatFen(100000000, { grouping: false })).toBe('1000000.00');
  });
});
