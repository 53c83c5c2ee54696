import type { Db } from '../../db/database';
import { staffSettings, type StaffSettings } from '../../../../shared/contract/staff';
import { getSetting } from '../common/settings';

/**
 * Office-local time helpers and the working calendar. "Local" is the main process's time zone, the same
 * one ctx.today() uses. Business dates are 'YYYY-MM-DD' strings; date arithmetic runs in UTC so that no
 * time zone can shift a day.
 */

const pad = (n: number) => String(n).padStart(2, '0');

export function localDateOf(d: Date): string {
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

export function localTimeOf(d: Date): string {
  return `${pad(d.getHours())}:${pad(d.getMinutes())}`;
}

/** The instant (ISO UTC) of a local date and time of day. */
export function localInstant(date: string, time = '00:00'): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const [hh, mm] = time.split(':').map(Number) as [number, number];
  return new Date(y, m - 1, d, hh, mm, 0, 0).toISOString();
}

export function addDays(date: string, n: number): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const t = new Date(Date.UTC(y, m - 1, d + n));
  return `${t.getUTCFullYear()}-${pad(t.getUTCMonth() + 1)}-${pad(t.getUTCDate())}`;
}

/** 1 = Monday … 7 = Sunday. */
export function isoWeekday(date: string): number {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const w = new Date(Date.UTC(y, m - 1, d)).getUTCDay();
  return w === 0 ? 7 : w;
}

const utcDay = (date: string): number => {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return Date.UTC(y, m - 1, d);
};

export function daysBetween(from: string, to: string): number {
  return Math.round((utcDay(to) - utcDay(from)) / 86_400_000);
}

/** Every date from `from` to `to`, inclusive. */
export function dateRange(from: string, to: string): string[] {
  const out: string[] = [];
  for (let d = from; d <= to && out.length < 4000; d = addDays(d, 1)) out.push(d);
  return out;
}

export function monthBounds(month: string): { from: string; to: string } {
  const [y, m] = month.split('-').map(Number) as [number, number];
  const last = new Date(Date.UTC(y, m, 0)).getUTCDate();
  return { from: `${month}-01`, to: `${month}-${pad(last)}` };
}

export function minutesOf(hhmm: string): number {
  const [h, m] = hhmm.split(':').map(Number) as [number, number];
  return h * 60 + m;
}

export function hhmmOf(minutes: number): string {
  return `${pad(Math.floor(minutes / 60))}:${pad(minutes % 60)}`;
}

export function isWorkday(date: string, s: StaffSettings): boolean {
  if (s.extra_workdays.includes(date)) return true;
  if (s.holidays.includes(date)) return false;
  return s.workdays.includes(isoWeekday(date));
}

export function workdaysIn(from: string, to: string, s: StaffSettings): string[] {
  return dateRange(from, to).filter((d) => isWorkday(d, s));
}

/** Check-in later than this (HH:mm) is late. */
export function lateAfter(s: StaffSettings): string {
  return hhmmOf(Math.min(minutesOf(s.work_start) + s.late_grace_minutes, 23 * 60 + 59));
}

export const SETTINGS_KEY = 'staff.settings';

export async function getStaffSettings(db: Db): Promise<StaffSettings> {
  const raw = await getSetting<unknown>(db, SETTINGS_KEY, {});
  const parsed = staffSettings.safeParse(raw ?? {});
  return parsed.success ? parsed.data : staffSettings.parse({});
}

/**
 * Local dates covered by a status range [starts_at, ends_at) of instants, clipped to [from, to].
 * A range ending exactly at midnight does not cover the next day.
 */
export function coveredDates(startsAt: string, endsAt: string, from: string, to: string): string[] {
  const first = localDateOf(new Date(startsAt));
  const endInstant = new Date(new Date(endsAt).getTime() - 1);
  const last = localDateOf(endInstant);
  const a = first > from ? first : from;
  const b = last < to ? last : to;
  return a <= b ? dateRange(a, b) : [];
}
