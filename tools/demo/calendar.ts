/**
 * Approximate working-time arithmetic for the demo generator: plain arithmetic on a fixed UTC
 * offset (Asia/Qatar is UTC+03:00 all year, no DST). Not the SLA engine: it only has to place
 * events plausibly inside open time and make "on time" agree with the engine on ordinary cases.
 */
import type { CalendarSeed, TargetUnit, Weekday } from './seed-data';
import { WEEKDAYS, parseTime } from './seed-data';

export const MINUTE_MS = 60_000;
export const HOUR_MS = 3_600_000;
export const DAY_MS = 86_400_000;
/** Asia/Qatar: UTC+03:00, no daylight saving. */
export const QATAR_OFFSET_MS = 3 * HOUR_MS;
const FIXED_OFFSETS: Record<string, number> = { 'Asia/Qatar': QATAR_OFFSET_MS, 'Asia/Riyadh': QATAR_OFFSET_MS, UTC: 0 };

/** Local day number (days since 1970-01-01 in UTC+3) of an instant. */
export function localDay(ms: number, offsetMs = QATAR_OFFSET_MS): number {
  return Math.floor((ms + offsetMs) / DAY_MS);
}

/** Day number of a `YYYY-MM-DD` date. */
export function dayOfDate(date: string): number {
  return Math.floor(Date.parse(`${date}T00:00:00Z`) / DAY_MS);
}

const dateCache = new Map<number, string>();
/** `YYYY-MM-DD` of a day number. */
export function dateOfDay(day: number): string {
  let s = dateCache.get(day);
  if (s === undefined) {
    s = new Date(day * DAY_MS).toISOString().slice(0, 10);
    dateCache.set(day, s);
  }
  return s;
}

/** 0 = Sunday ... 6 = Saturday (1970-01-01 was a Thursday). */
export function weekdayOfDay(day: number): number {
  return (((day + 4) % 7) + 7) % 7;
}

const PAD2 = Array.from({ length: 60 }, (_, i) => String(i).padStart(2, '0'));
const prefixCache = new Map<number, string>();
/** ISO 8601 local time with `+03:00`, to the second: `2026-03-01T10:00:00+03:00`. */
export function formatQatar(ms: number): string {
  const local = ms + QATAR_OFFSET_MS;
  const day = Math.floor(local / DAY_MS);
  let prefix = prefixCache.get(day);
  if (prefix === undefined) {
    prefix = `${dateOfDay(day)}T`;
    prefixCache.set(day, prefix);
  }
  const sec = Math.floor((local - day * DAY_MS) / 1000);
  const h = Math.floor(sec / 3600);
  const m = Math.floor((sec % 3600) / 60);
  return `${prefix}${PAD2[h]}:${PAD2[m]}:${PAD2[sec % 60]}+03:00`;
}

export interface DayInfo {
  /** Open windows of the date after closures, minutes since local midnight, flattened [s0, e0, s1, e1...]. */
  windows: number[];
  /** Length of the date's schedule (override or weekly) before closures, minutes. */
  scheduleMinutes: number;
  /** The whole date is a closure (holiday). */
  closed: boolean;
  /** An override (Ramadan hours) applies to the date. */
  override: boolean;
}

type MinuteSchedule = number[][]; // per weekday (0 = sun), flattened windows

function compileWeekly(weekly: Partial<Record<Weekday, [string, string][]>>): MinuteSchedule {
  return WEEKDAYS.map((d) => {
    const out: number[] = [];
    for (const [s, e] of weekly[d] ?? []) out.push(parseTime(s) ?? 0, parseTime(e) ?? 0);
    return out;
  });
}

function subtract(windows: number[], start: number, end: number): number[] {
  const out: number[] = [];
  for (let i = 0; i < windows.length; i += 2) {
    const s = windows[i];
    const e = windows[i + 1];
    if (end <= s || start >= e) out.push(s, e);
    else {
      if (start > s) out.push(s, start);
      if (end < e) out.push(end, e);
    }
  }
  return out;
}

/** A calendar compiled for fast day lookups (memoised per local date). */
export class CompiledCalendar {
  readonly code: string;
  readonly offsetMs: number;
  /** Open every minute of every day (a 24x7 calendar): arithmetic shortcuts apply. */
  readonly alwaysOpen: boolean;
  private readonly weekly: MinuteSchedule;
  private readonly overrides: { from: number; to: number; weekly: MinuteSchedule }[];
  private readonly closedDays = new Set<number>();
  private readonly partial = new Map<number, [number, number][]>();
  private readonly cache = new Map<number, DayInfo>();

  constructor(seed: CalendarSeed) {
    this.code = seed.code;
    const offset = FIXED_OFFSETS[seed.timezone];
    if (offset === undefined) throw new Error(`calendar ${seed.code}: the demo generator only handles fixed-offset zones, not ${seed.timezone}`);
    this.offsetMs = offset;
    this.weekly = compileWeekly(seed.weekly);
    this.overrides = seed.overrides.map((o) => ({ from: dayOfDate(o.from), to: dayOfDate(o.to), weekly: compileWeekly(o.weekly) }));
    for (const c of seed.closures) {
      if ('date' in c) {
        const d = dayOfDate(c.date);
        const list = this.partial.get(d) ?? [];
        list.push([parseTime(c.start) ?? 0, parseTime(c.end) ?? 0]);
        this.partial.set(d, list);
      } else {
        for (let d = dayOfDate(c.from); d <= dayOfDate(c.to); d++) this.closedDays.add(d);
      }
    }
    this.alwaysOpen =
      this.overrides.length === 0 &&
      this.closedDays.size === 0 &&
      this.partial.size === 0 &&
      this.weekly.every((w) => w.length === 2 && w[0] === 0 && w[1] === 24 * 60);
    if (this.weekly.every((w) => w.length === 0)) throw new Error(`calendar ${seed.code} has no open time`);
  }

  day(day: number): DayInfo {
    let info = this.cache.get(day);
    if (info) return info;
    let schedule = this.weekly[weekdayOfDay(day)];
    let override = false;
    for (const o of this.overrides) {
      if (day >= o.from && day <= o.to) {
        schedule = o.weekly[weekdayOfDay(day)];
        override = true; // later overrides win
      }
    }
    let scheduleMinutes = 0;
    for (let i = 0; i < schedule.length; i += 2) scheduleMinutes += schedule[i + 1] - schedule[i];
    const closed = this.closedDays.has(day);
    let windows = closed ? [] : schedule;
    for (const [s, e] of this.partial.get(day) ?? []) windows = subtract(windows, s, e);
    info = { windows, scheduleMinutes, closed, override };
    this.cache.set(day, info);
    return info;
  }

  /** Instant of a local minute of a local day. */
  instant(day: number, minute: number): number {
    return day * DAY_MS - this.offsetMs + minute * MINUTE_MS;
  }

  /**
   * The instant at which `amount` of `unit` of open time has elapsed since `start` (pauses are
   * the caller's business). `amount = 0` snaps `start` to the next open instant.
   */
  advance(start: number, amount: number, unit: TargetUnit): number {
    switch (unit) {
      case 'calendarMinutes':
        return start + amount * MINUTE_MS;
      case 'calendarHours':
        return start + amount * HOUR_MS;
      case 'businessMinutes':
        return this.advanceOpen(start, amount * MINUTE_MS, false);
      case 'businessHours':
        return this.advanceOpen(start, amount * HOUR_MS, false);
      case 'workingDays':
        return this.advanceOpen(start, amount, true);
    }
  }

  private advanceOpen(start: number, amount: number, perDay: boolean): number {
    if (this.alwaysOpen && !perDay) return start + amount;
    let remaining = amount;
    let day = localDay(start, this.offsetMs);
    for (let guard = 0; guard < 3660; guard++, day++) {
      const info = this.day(day);
      const w = info.windows;
      // value of one millisecond of open time on this date, in the unit of `amount`
      const msPerUnit = perDay ? info.scheduleMinutes * MINUTE_MS : 1;
      for (let i = 0; i < w.length; i += 2) {
        const ws = this.instant(day, w[i]);
        const we = this.instant(day, w[i + 1]);
        if (we <= start) continue;
        const cursor = ws > start ? ws : start;
        const available = (we - cursor) / msPerUnit;
        if (available >= remaining) return cursor + remaining * msPerUnit;
        remaining -= available;
      }
    }
    throw new Error(`calendar ${this.code}: no open time within ten years of ${new Date(start).toISOString()}`);
  }
}
