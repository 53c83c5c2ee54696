import { describe, expect, it } from 'vitest';
import {
  formatAmount,
  formatBp,
  growthBp,
  monthsOf,
  periodRange,
  rankBy,
  ratioBp,
  sumNullable,
  timeProgressBp,
} from '../../shared/performance';
import { planIssues } from '../../electron/core/services/targets/validate';
import { attendanceFigures } from '../../electron/core/services/staff/attendance';
import { dueDates, reportFigures } from '../../electron/core/services/staff/reports';
import { coveredDates, isWorkday, workdaysIn } from '../../electron/core/services/staff/calendar';
import { staffSettings } from '../../shared/contract/staff';
import type { PeriodValues } from '../../shared/contract/targets';

const S = staffSettings.parse({});

describe('evaluation arithmetic', () => {
  it('rates in basis points, half-up, no base → null', () => {
    expect(ratioBp(1, 3)).toBe(3333);
    expect(ratioBp(2, 3)).toBe(6667);
    expect(ratioBp(1, 6)).toBe(1667);
    expect(ratioBp(1, 8)).toBe(1250);
    expect(ratioBp(5, 0)).toBeNull();
    expect(ratioBp(null, 5)).toBeNull();
    expect(ratioBp(123_456_789_00, 100_000_000_00)).toBe(12346);
    expect(growthBp(3, 2)).toBe(5000);
    expect(growthBp(1, 2)).toBe(-5000);
    expect(growthBp(3, 0)).toBeNull();
  });

  it('time progress counts whole days, inclusive', () => {
    expect(timeProgressBp('2026-01-01', '2026-12-31', '2026-11-20')).toBe(8877);
    expect(timeProgressBp('2026-11-01', '2026-11-30', '2026-11-20')).toBe(6667);
    expect(timeProgressBp('2026-11-01', '2026-11-30', '2026-10-31')).toBe(0);
    expect(timeProgressBp('2026-11-01', '2026-11-30', '2026-12-01')).toBe(10000);
    expect(timeProgressBp('2026-11-01', '2026-11-30', '2026-11-30')).toBe(10000);
  });

  it('competition ranking with ties and a tiebreak; nulls unranked', () => {
    const rows = [
      { n: 'a', v: 5000, t: 1 },
      { n: 'b', v: 10000, t: 2 },
      { n: 'c', v: 5000, t: 1 },
      { n: 'd', v: null, t: 9 },
      { n: 'e', v: 5000, t: 3 },
    ];
    const r = rankBy(
      rows,
      (x) => x.v,
      (x) => x.t,
    );
    expect(rows.map((x) => [x.n, r.get(x)])).toEqual([
      ['a', 3],
      ['b', 1],
      ['c', 3],
      ['d', null],
      ['e', 2],
    ]);
  });

  it('periods and formatting', () => {
    expect(monthsOf('q3')).toEqual([7, 8, 9]);
    expect(periodRange(2024, 'm2')).toEqual({ from: '2024-02-01', to: '2024-02-29' });
    expect(periodRange(2026, 'q4')).toEqual({ from: '2026-10-01', to: '2026-12-31' });
    expect(formatAmount(123456789, 'fen')).toBe('1,234,567.89');
    expect(formatAmount(-5, 'fen')).toBe('-0.05');
    expect(formatAmount(1500, 'milli')).toBe('1.5');
    expect(formatAmount(12, 'count')).toBe('12');
    expect(formatBp(8523)).toBe('85.2%');
    expect(sumNullable([null, null])).toBeNull();
    expect(sumNullable([null, 2, 3])).toBe(5);
  });
});

const vals = (y: number | null, q: (number | null)[] = [], m: (number | null)[] = []): PeriodValues => {
  const o: Record<string, number | null> = { y };
  for (let i = 1; i <= 4; i++) o[`q${i}`] = q[i - 1] ?? null;
  for (let i = 1; i <= 12; i++) o[`m${i}`] = m[i - 1] ?? null;
  return o as PeriodValues;
};

describe('plan balance', () => {
  it('accepts a plan whose parts add up at every level', () => {
    const issues = planIssues(
      [
        { id: 1, parent_id: null, name: '公司', values: vals(100, [25, 25, 25, 25]) },
        { id: 2, parent_id: 1, name: '华南', values: vals(60, [15, 15, 15, 15], [5, 5, 5]) },
        { id: 3, parent_id: 1, name: '华东', values: vals(40, [10, 10, 10, 10]) },
      ],
      'fen',
    );
    expect(issues).toEqual([]);
  });

  it('names every part that does not add up, with amounts in yuan', () => {
    const issues = planIssues(
      [
        { id: 1, parent_id: null, name: '公司', values: vals(100_00, [25_00, 25_00, 25_00, null]) },
        { id: 2, parent_id: 1, name: '华南', values: vals(60_00, [], [1_00, 2_00]) },
        { id: 3, parent_id: 1, name: '华东', values: vals(null) },
      ],
      'fen',
    );
    expect(issues.map((i) => [i.path, i.period, i.kind, i.expected, i.actual])).toEqual([
      ['公司', 'y', 'quarters', 100_00, 75_00],
      ['公司', 'y', 'children', 100_00, 60_00],
      ['公司', 'q1', 'children', 25_00, 0],
      ['公司', 'q2', 'children', 25_00, 0],
      ['公司', 'q3', 'children', 25_00, 0],
      ['公司 / 华南', 'q1', 'months', null, 3_00],
      ['公司 / 华东', 'y', 'year_missing', null, null],
    ]);
    expect(issues[0]!.message_zh).toBe('各季度合计 75.00 ≠ 全年 100.00');
    expect(issues[5]!.message_zh).toBe('一季度各月合计 3.00 ≠ —');
    expect(issues[1]!.message_en).toBe('Year: the parts add up to 60.00, not 100.00');
  });
});

describe('working calendar, attendance and report counting', () => {
  it('working days follow the weekdays, holidays and swapped days', () => {
    const s = { ...S, holidays: ['2026-10-01'], extra_workdays: ['2026-10-10'] };
    expect(isWorkday('2026-10-01', s)).toBe(false);
    expect(isWorkday('2026-10-10', s)).toBe(true);
    expect(workdaysIn('2026-11-01', '2026-11-08', S)).toEqual([
      '2026-11-02',
      '2026-11-03',
      '2026-11-04',
      '2026-11-05',
      '2026-11-06',
    ]);
  });

  it('a status range covers local dates; ending at midnight does not cover the next day', () => {
    const start = new Date(2026, 10, 5, 0, 0).toISOString();
    const end = new Date(2026, 10, 7, 0, 0).toISOString();
    expect(coveredDates(start, end, '2026-11-01', '2026-11-30')).toEqual(['2026-11-05', '2026-11-06']);
    expect(coveredDates(start, end, '2026-11-06', '2026-11-30')).toEqual(['2026-11-06']);
  });

  it('attendance: present, leave, trip, absent, late, early, missing check-out', () => {
    const f = attendanceFigures(
      '2026-11-01',
      '2026-11-30',
      S,
      [
        { work_date: '2026-11-02', check_in: '09:01', check_out: '18:00' },
        { work_date: '2026-11-03', check_in: '08:59', check_out: '17:59' },
        { work_date: '2026-11-04', check_in: '09:00', check_out: null },
        { work_date: '2026-11-07', check_in: '10:00', check_out: '12:00' }, // Saturday overtime
        { work_date: '2026-11-09', check_in: '08:30', check_out: null }, // today: not missing yet
      ],
      { leave: new Set(['2026-11-05']), trip: new Set(['2026-11-06']) },
      { today: '2026-11-09', nowLocalTime: '18:30' },
    );
    expect(f).toEqual({
      workdays: 6,
      present: 4,
      late: 2,
      early: 2,
      absent: 0,
      leave_days: 1,
      trip_days: 1,
      missing_checkout: 1,
    });
    const hired = attendanceFigures(
      '2026-11-01',
      '2026-11-30',
      S,
      [],
      { leave: new Set(), trip: new Set() },
      {
        today: '2026-11-09',
        nowLocalTime: '10:00',
        hire: '2026-11-04',
      },
    );
    expect(hired).toMatchObject({ workdays: 3, absent: 3 });
  });

  it('reports: due working days up to the deadline, missing dates listed', () => {
    const nowIso = new Date(2026, 10, 4, 17, 0).toISOString();
    const due = dueDates('2026-11-01', '2026-11-30', S, {
      today: '2026-11-04',
      nowIso,
      leaveDates: new Set(['2026-11-03']),
    });
    expect(due).toEqual(['2026-11-02']);
    const after = dueDates('2026-11-01', '2026-11-30', S, {
      today: '2026-11-04',
      nowIso: new Date(2026, 10, 4, 18, 1).toISOString(),
    });
    expect(after).toEqual(['2026-11-02', '2026-11-03', '2026-11-04']);
    expect(
      reportFigures(after, [
        { report_date: '2026-11-02', late: false, read: true },
        { report_date: '2026-11-04', late: true, read: false },
      ]),
    ).toEqual({
      expected: 3,
      submitted: 2,
      on_time: 1,
      late: 1,
      missing: 1,
      unread: 1,
      missing_dates: ['2026-11-03'],
    });
  });
});
