/**
 * 统一社会信用代码 (GB 32100-2015): 18 characters from a 31-character alphabet (no I, O, Z, S, V).
 * Position 18 is a check character over positions 1–17 (weights 3^i mod 31); positions 9–17 are the
 * organisation code whose own check digit (GB 11714) is position 17.
 */
const ALPHABET = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];
const ORG_WEIGHTS = [3, 7, 9, 10, 5, 8, 4, 2];

export function normalizeUscc(input: string): string {
  // Full-width letters and digits are common when pasted from Chinese documents.
  return input.normalize('NFKC').replace(/\s+/g, '').toUpperCase();
}

export function usccCheckChar(first17: string): string | null {
  if (first17.length !== 17) return null;
  let sum = 0;
  for (let i = 0; i < 17; i++) {
    const v = ALPHABET.indexOf(first17[i]!);
    if (v < 0) return null;
    sum += v * WEIGHTS[i]!;
  }
  const c = (31 - (sum % 31)) % 31;
  return ALPHABET[c]!;
}

function orgCodeValid(org9: string): boolean {
  // Organisation codes use digits and upper-case letters for the first 8 positions; letter values are 10..35.
  let sum = 0;
  for (let i = 0; i < 8; i++) {
    const ch = org9[i]!;
    const v = /[0-9]/.test(ch) ? Number(ch) : ch.charCodeAt(0) - 55;
    if (v < 0 || v > 35) return false;
    sum += v * ORG_WEIGHTS[i]!;
  }
  const c = 11 - (sum % 11);
  const expected = c === 10 ? 'X' : c === 11 ? '0' : String(c);
  return org9[8] === expected;
}

export function isValidUscc(input: string): boolean {
  const s = normalizeUscc(input);
  if (!/^[0-9A-HJ-NPQRTUWXY]{2}\d{6}[0-9A-HJ-NPQRTUWXY]{10}$/.test(s)) return false;
  if (usccCheckChar(s.slice(0, 17)) !== s[17]) return false;
  return orgCodeValid(s.slice(8, 17));
}
