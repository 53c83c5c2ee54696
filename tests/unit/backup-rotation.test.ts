import { describe, expect, it } from 'vitest';
import { planRotation, stamp } from '../../electron/core/services/backup/engine';

const auto = (d: Date) => `xst-auto-${stamp(d)}.db`;
const day = (s: string) => s.slice(9, 17);

describe('backup rotation (7 daily, 4 weekly, 12 monthly)', () => {
  it('after two years of daily backups keeps exactly the last 7 days, 4 weeks and 12 months', () => {
    const names: string[] = [];
    for (let d = new Date(2024, 10, 1, 2, 0); d <= new Date(2026, 10, 20, 3, 0); d.setDate(d.getDate() + 1))
      names.push(auto(d));
    const { keep, remove } = planRotation(names);
    expect(keep.length + remove.length).toBe(names.length);
    // 2026-11-20 is a Friday. Weeks start on Monday.
    expect(keep.map(day).sort()).toEqual(
      [
        // daily
        '20261114',
        '20261115',
        '20261116',
        '20261117',
        '20261118',
        '20261119',
        '20261120',
        // weekly: the newest of the weeks of 11-09, 11-02, 10-26 (11-16's is 11-20, already kept)
        '20261108',
        '20261101',
        // monthly: the newest of each of the last 12 months (November's is 11-20)
        '20261031',
        '20260930',
        '20260831',
        '20260731',
        '20260630',
        '20260531',
        '20260430',
        '20260331',
        '20260228',
        '20260131',
        '20251231',
      ].sort(),
    );
  });

  it('counts days that have a backup (the PC was off at weekends), keeps the newest of a day', () => {
    const names: string[] = [];
    for (let d = new Date(2026, 5, 1, 9); d <= new Date(2026, 6, 31, 9); d.setDate(d.getDate() + 1)) {
      if (d.getDay() === 0 || d.getDay() === 6) continue;
      names.push(auto(d), auto(new Date(d.getTime() + 4 * 3600_000)));
    }
    const { keep } = planRotation(names);
    const days = keep.map(day);
    expect(new Set(days).size).toBe(days.length); // one per day
    expect(keep.every((n) => n.includes('-13'))).toBe(true); // the afternoon one
    // The last 7 working days: 07-23 … 07-31.
    for (const d of ['20260723', '20260724', '20260727', '20260728', '20260729', '20260730', '20260731'])
      expect(days).toContain(d);
    expect(days).toContain('20260630'); // June's newest
  });

  it('never touches manual or pre-restore backups, nor files that are not backups', () => {
    const names = [
      'xst-manual-20200101-000000.db',
      'xst-prerestore-20200101-000000.db',
      'xiaoshoutong.db',
      ...Array.from({ length: 40 }, (_, i) => auto(new Date(2026, 0, 1 + i, 2))),
    ];
    const { keep, remove } = planRotation(names);
    expect([...keep, ...remove].some((n) => !n.startsWith('xst-auto-'))).toBe(false);
    expect(remove.length).toBeGreaterThan(0);
  });
});
