import { pinyin } from 'pinyin-pro';

/** Pinyin initials for lookup: 华为技术 → hwjs; letters and digits kept, the rest dropped. */
export function pinyinInitials(...texts: (string | null | undefined)[]): string {
  const out: string[] = [];
  for (const t of texts) {
    if (!t) continue;
    const parts = pinyin(t, { pattern: 'first', toneType: 'none', type: 'array', nonZh: 'consecutive' });
    const s = parts
      .join('')
      .toLowerCase()
      .replace(/[^a-z0-9]/g, '');
    if (s) out.push(s);
  }
  return out.join(' ').slice(0, 100);
}

export const toBool = (v: unknown): boolean => v === true || v === 1 || v === '1' || v === 't';

/** Comma-separated storage for short string lists (roles, tags). */
export const splitList = (s: unknown): string[] =>
  typeof s === 'string' && s !== '' ? s.split(',').filter((x) => x !== '') : [];
export const joinList = (xs: readonly string[]): string =>
  [...new Set(xs.map((x) => x.replace(/,/g, '，').trim()).filter(Boolean))].join(',');
