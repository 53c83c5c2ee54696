import { describe, expect, it } from 'vitest';
import { isValidUscc, normalizeUscc, usccCheckChar } from '../../shared/validation/uscc';
import { cleanName, companyNameKey } from '../../shared/validation/names';

describe('统一社会信用代码', () => {
  const valid = ['91350100M000100Y43', '914403001922038216', '91440300708461136T', '9144030071526726XG'];
  it.each(valid)('accepts %s', (c) => expect(isValidUscc(c)).toBe(true));
  it('accepts lower case and full-width input after normalising', () => {
    expect(isValidUscc('91350100m000100y43')).toBe(true);
    expect(normalizeUscc('９１３５０１００Ｍ０００１００Ｙ４３')).toBe('91350100M000100Y43');
    expect(isValidUscc('９１３５０１００Ｍ０００１００Ｙ４３')).toBe(true);
  });
  it('refuses a wrong check character', () => {
    for (const c of valid) {
      const wrong = c.slice(0, 17) + (c[17] === '0' ? '1' : '0');
      expect(isValidUscc(wrong)).toBe(false);
    }
  });
  it('refuses wrong length and forbidden letters', () => {
    expect(isValidUscc('91350100M000100Y4')).toBe(false);
    expect(isValidUscc('91350100M000100Y433')).toBe(false);
    expect(isValidUscc('91350100I000100Y43')).toBe(false); // I is not in the alphabet
    expect(isValidUscc('')).toBe(false);
  });
  it('computes the check character', () => {
    expect(usccCheckChar('91350100M000100Y4')).toBe('3');
    expect(usccCheckChar('short')).toBeNull();
  });
});

describe('company name key (查重)', () => {
  it('ignores legal-form suffixes, width, spaces, brackets and place prefixes', () => {
    const k = companyNameKey('华为技术有限公司');
    expect(companyNameKey('深圳市华为技术有限公司')).toBe(k);
    expect(companyNameKey('华为技术有限责任公司')).toBe(k);
    expect(companyNameKey('华为技术股份有限公司')).toBe(k);
    expect(companyNameKey(' 华为 技术 有限公司 ')).toBe(k);
    expect(companyNameKey('华为技术有限公司（深圳）')).toBe(k);
    expect(companyNameKey('广东省深圳市华为技术有限公司')).toBe(k);
    expect(companyNameKey('ＡＢＣ有限公司')).toBe(companyNameKey('abc 有限公司'));
  });
  it('keeps different companies apart', () => {
    expect(companyNameKey('华为技术有限公司')).not.toBe(companyNameKey('中兴通讯股份有限公司'));
    expect(companyNameKey('小米科技')).not.toBe(companyNameKey('小米通讯'));
  });
  it('never strips a name to nothing', () => {
    expect(companyNameKey('有限公司').length).toBeGreaterThan(0);
    expect(companyNameKey('北京市').length).toBeGreaterThan(0);
  });
  it('cleans whitespace for storage but keeps the characters', () => {
    expect(cleanName('  华为　技术（深圳）有限公司 ')).toBe('华为 技术（深圳）有限公司');
  });
});
