import type { Db } from '../../db/database';
import type { DuplicateHit } from '../../../../shared/contract/customers';
import { cleanName, companyNameKey } from '../../../../shared/validation/names';

/**
 * The duplicate check (查重) for many names at once — a customer import of 10,000 rows cannot run the
 * similar-name LIKE scan of findDuplicates() 10,000 times. The rules are findDuplicates' rules, stated
 * once here as `similarKeys` and tested against findDuplicates (tests/integration/imports.test.ts):
 *
 *  - exact: the same legal name (after cleanName), or the same credit code → creation is refused;
 *  - similar: the same name key (companyNameKey), or, when the key has ≥ 4 characters, one key containing
 *    the other (the contained one also ≥ 4) → a warning the user must confirm.
 *
 * The existing customers' names are read once (id, code, name, key, credit code, owner: narrow columns),
 * indexed by key and by 4-character grams, so every lookup is a few map reads.
 */
export function similarKeys(key: string, existing: string): boolean {
  if (key.length < 2) return false;
  if (key === existing) return true;
  if (key.length < 4) return false;
  return existing.includes(key) || (existing.length >= 4 && key.includes(existing));
}

interface Entry {
  id: number;
  code: string;
  legal_name: string;
  owner_name: string;
  credit_code: string | null;
  key: string;
}

export class CustomerNameIndex {
  private entries: Entry[] = [];
  private byName = new Map<string, number[]>();
  private byCode = new Map<string, number[]>();
  private byKey = new Map<string, number[]>();
  /** Every 4-gram of every key of ≥ 4 characters → entries (for "existing contains key"). */
  private grams = new Map<string, number[]>();

  static async load(db: Db): Promise<CustomerNameIndex> {
    const idx = new CustomerNameIndex();
    const rows = await db.all<Record<string, unknown>>(
      `SELECT c.id, c.code, c.legal_name, c.name_key, c.credit_code, o.name AS owner_name
       FROM customers c JOIN users o ON o.id = c.owner_id`,
    );
    for (const r of rows) {
      idx.add({
        id: Number(r.id),
        code: String(r.code),
        legal_name: String(r.legal_name),
        owner_name: String(r.owner_name),
        credit_code: (r.credit_code as string | null) ?? null,
        key: String(r.name_key),
      });
    }
    return idx;
  }

  add(e: Entry): void {
    const i = this.entries.push(e) - 1;
    const push = (m: Map<string, number[]>, k: string) => {
      const l = m.get(k);
      if (l) l.push(i);
      else m.set(k, [i]);
    };
    push(this.byName, e.legal_name);
    if (e.credit_code) push(this.byCode, e.credit_code);
    push(this.byKey, e.key);
    if (e.key.length >= 4) {
      const seen = new Set<string>();
      for (let p = 0; p + 4 <= e.key.length; p++) {
        const g = e.key.slice(p, p + 4);
        if (!seen.has(g)) {
          seen.add(g);
          push(this.grams, g);
        }
      }
    }
  }

  /** Same result as findDuplicates(db, legalName, creditCode). */
  find(
    legalName: string | null | undefined,
    creditCode: string | null | undefined,
  ): {
    exact: DuplicateHit[];
    similar: DuplicateHit[];
  } {
    const hit = (i: number, match: DuplicateHit['match']): DuplicateHit => {
      const e = this.entries[i]!;
      return { id: e.id, code: e.code, legal_name: e.legal_name, owner_name: e.owner_name, match };
    };
    const exact: DuplicateHit[] = [];
    const seen = new Set<number>();
    const name = legalName ? cleanName(legalName) : '';
    if (name) {
      for (const i of this.byName.get(name) ?? []) {
        exact.push(hit(i, 'legal_name'));
        seen.add(this.entries[i]!.id);
      }
    }
    if (creditCode) {
      for (const i of this.byCode.get(creditCode) ?? []) {
        if (seen.has(this.entries[i]!.id)) continue;
        exact.push(hit(i, 'credit_code'));
        seen.add(this.entries[i]!.id);
      }
    }
    const key = name ? companyNameKey(name) : '';
    const candidates = new Set<number>();
    if (key.length >= 2) {
      for (const i of this.byKey.get(key) ?? []) candidates.add(i);
      if (key.length >= 4) {
        // Existing keys containing this key contain each of its 4-grams: take the rarest gram's list.
        let rarest: number[] | undefined;
        for (let p = 0; p + 4 <= key.length && rarest?.length !== 0; p++) {
          const l = this.grams.get(key.slice(p, p + 4)) ?? [];
          if (!rarest || l.length < rarest.length) rarest = l;
        }
        for (const i of rarest ?? []) candidates.add(i);
        // Existing keys (≥ 4) contained in this key are among its substrings.
        for (let a = 0; a + 4 <= key.length; a++) {
          for (let b = a + 4; b <= key.length; b++) {
            for (const i of this.byKey.get(key.slice(a, b)) ?? []) candidates.add(i);
          }
        }
      }
    }
    const similar = [...candidates]
      .filter((i) => !seen.has(this.entries[i]!.id) && similarKeys(key, this.entries[i]!.key))
      .sort((a, b) => this.entries[a]!.id - this.entries[b]!.id)
      .slice(0, 10)
      .map((i) => hit(i, 'similar'));
    return { exact, similar };
  }
}
