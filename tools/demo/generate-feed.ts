/**
 * The demo event generator: realistic, deterministic agency event feeds (see docs/seed-data.md).
 *
 * Pure functions: the same options (seed included) give the same events, byte for byte, and a
 * case opened on a given date is the same whatever the requested range (each date has its own
 * random stream; a service's behaviour depends only on the seed and its code).
 */
import type { Channel, FeedEvent, PauseReason, SurveyScale } from '@ws/contracts';
import { CompiledCalendar, DAY_MS, HOUR_MS, MINUTE_MS, QATAR_OFFSET_MS, dateOfDay, dayOfDate, formatQatar, localDay, weekdayOfDay } from './calendar';
import { Rng, inverseNormal } from './rng';
import type { CalendarSeed, InterAgencySeed, ServiceSeed, ServiceType, TargetUnit } from './seed-data';

export interface FeedOptions {
  /** First local date (Asia/Qatar) on which cases are opened, `YYYY-MM-DD`. */
  from: string;
  /** Last local date on which cases are opened, inclusive. */
  to: string;
  seed: number;
  /** National number of cases opened on an ordinary working day (Sunday-Thursday outside Ramadan). */
  casesPerDay: number;
  services: ServiceSeed[];
  calendars: CalendarSeed[];
  interAgency?: InterAgencySeed[];
  /**
   * ISO 8601 instant with an offset: nothing occurs after it (cases still open then have no
   * resolution: the live backlog). Default: the end of `to` (`<to>T23:59:59+03:00`).
   */
  asOf?: string;
  /** Calendar whose working days, Ramadan hours and holidays drive the national volume. Default `QA-GOV`. */
  referenceCalendar?: string;
}

/** Events occurring on one local date, per sending agency, each list in time order. */
export interface FeedDay {
  date: string;
  /** Cases opened on this date (0 for dates after `to`). */
  casesOpened: number;
  byAgency: Record<string, FeedEvent[]>;
}

// ---------------------------------------------------------------------------------------------
// Model parameters (documented in docs/seed-data.md)

/** Share of national volume per agency (relative weights). */
const AGENCY_VOLUME: Record<string, number> = {
  MOI: 30, MM: 16, MOL: 11, MOPH: 10, MOCI: 8, MOEHE: 6, MOJ: 5, SJC: 4, MSDF: 3, MOECC: 2, MCIT: 2, CGB: 1.5, MOSY: 1.5,
};
const TYPE_VOLUME: Record<ServiceType, number> = { procedural: 1, interactive: 1.2, inquiry: 1.6, informational: 0.5, integrated: 0.5 };
const PAUSE_PROBABILITY: Record<ServiceType, number> = { procedural: 0.18, integrated: 0.12, interactive: 0.08, inquiry: 0.02, informational: 0.01 };
/** On-time probability (at 2024-01-01) of agencies, assigned along a seeded shuffle: a few leaders, a few laggards. */
const PERFORMANCE_LADDER = [0.95, 0.93, 0.91, 0.88, 0.86, 0.84, 0.82, 0.79, 0.76, 0.72, 0.68, 0.63, 0.58];
/** Agencies whose surveys use the three-face happiness meter instead of the 5-point CSAT scale. */
const HAPPINESS3_AGENCIES = new Set(['MM', 'MOSY', 'MSDF']);
/** Day-of-week volume factors on working days, Sunday first (Sunday peak, quieter Thursday). */
const DOW_FACTOR = [1.12, 1.05, 1.0, 0.97, 0.86, 1, 1];
/** Month factors (summer holidays quieter). */
const MONTH_FACTOR = [1.02, 1.02, 1.0, 1.0, 1.0, 0.95, 0.8, 0.85, 1.05, 1.05, 1.02, 0.96];
const WEEKEND_SHARE = 0.05;
const HOLIDAY_SHARE = 0.02;
const RAMADAN_VOLUME = 0.7;
const RAMADAN_SLOWDOWN = 1.25;
const CANCEL_RATE = 0.02;
const REOPEN_RATE = 0.04;
const CLOSE_RATE = 0.45;
const SURVEY_RATE = 0.3;

const DIGITAL: ReadonlySet<Channel> = new Set<Channel>(['web', 'mobile', 'api']);
const BASE_CHANNEL_WEIGHT: Record<Channel, number> = { web: 3, mobile: 3.5, api: 2, counter: 4, call_center: 2, kiosk: 1 };
const TREND_START_DAY = dayOfDate('2024-01-01');

interface Profile {
  service: ServiceSeed;
  agency: string;
  agencyIndex: number;
  calendar: CompiledCalendar;
  unit: TargetUnit;
  target: number;
  onTime2024: number;
  sigma: number;
  weight: number;
  hasDigital: boolean;
  pauseProbability: number;
  satisfactionShift: number;
  scale: SurveyScale;
  requesters: string[] | null;
}

function clamp(x: number, lo: number, hi: number): number {
  return x < lo ? lo : x > hi ? hi : x;
}

function buildProfiles(options: FeedOptions, calendars: Map<string, CompiledCalendar>): { profiles: Profile[]; agencies: string[] } {
  const agencies: string[] = [];
  for (const s of options.services) if (!agencies.includes(s.agency)) agencies.push(s.agency);
  const ladderOrder = Rng.from(options.seed, 'agency-performance').shuffle([...agencies].sort());
  const agencyBase = new Map<string, number>();
  ladderOrder.forEach((a, i) => agencyBase.set(a, PERFORMANCE_LADDER[Math.round((i * (PERFORMANCE_LADDER.length - 1)) / Math.max(1, ladderOrder.length - 1))]));
  const agencySatisfaction = new Map(agencies.map((a) => [a, Rng.from(options.seed, 'agency-satisfaction', a).uniform(-0.06, 0.05)]));
  const requesters = new Map((options.interAgency ?? []).map((ia) => [ia.service, ia.requestingAgencies]));

  const profiles = options.services.map((service): Profile => {
    const rng = Rng.from(options.seed, 'service', service.code);
    const calendar = calendars.get(service.sla.calendar);
    if (!calendar) throw new Error(`service ${service.code}: unknown calendar ${service.sla.calendar}`);
    const base = agencyBase.get(service.agency) ?? 0.85;
    const troubled = rng.chance(0.08);
    const onTime2024 = troubled ? rng.uniform(0.5, 0.65) : clamp(base + 0.04 * rng.normal(), 0.45, 0.985);
    const popularity = rng.logNormal(1, 1.0);
    return {
      service,
      agency: service.agency,
      agencyIndex: agencies.indexOf(service.agency),
      calendar,
      unit: service.sla.target.unit,
      target: service.sla.target.amount,
      onTime2024,
      sigma: rng.uniform(0.45, 0.75),
      weight: (AGENCY_VOLUME[service.agency] ?? 2) * TYPE_VOLUME[service.type] * popularity,
      hasDigital: service.channels.some((c) => DIGITAL.has(c)),
      pauseProbability: PAUSE_PROBABILITY[service.type],
      satisfactionShift: (agencySatisfaction.get(service.agency) ?? 0) + 0.03 * rng.normal(),
      scale: HAPPINESS3_AGENCIES.has(service.agency) ? 'happiness3' : 'csat5',
      requesters: requesters.get(service.code) ?? null,
    };
  });
  // Normalise popularity within each agency so agency shares follow AGENCY_VOLUME.
  const perAgency = new Map<string, number>();
  const rawPerAgency = new Map<string, number>();
  for (const p of profiles) {
    perAgency.set(p.agency, (perAgency.get(p.agency) ?? 0) + p.weight);
    rawPerAgency.set(p.agency, AGENCY_VOLUME[p.agency] ?? 2);
  }
  for (const p of profiles) p.weight = (p.weight / (perAgency.get(p.agency) ?? 1)) * (rawPerAgency.get(p.agency) ?? 1);
  return { profiles, agencies };
}

/** Digital-channel trend: 0 at 2024-01-01, 1 at 2028-01-01. */
function channelTrend(day: number): number {
  return clamp((day - TREND_START_DAY) / (4 * 365), -0.25, 1.25);
}

/** On-time probability of a service on a date: closes 8% of the gap to 99% per year since 2024. */
function onTimeProbability(p: Profile, day: number): number {
  const years = Math.max(0, (day - TREND_START_DAY) / 365);
  return Math.min(0.99, p.onTime2024 + (0.99 - p.onTime2024) * 0.08 * years);
}

function chooseChannel(rng: Rng, p: Profile, day: number, serviceOpen: boolean): Channel {
  const channels = p.service.channels;
  if (p.requesters && channels.includes('api') && rng.chance(0.85)) return 'api';
  const f = channelTrend(day);
  let total = 0;
  const weights: number[] = [];
  for (const c of channels) {
    const digital = DIGITAL.has(c);
    let w = 0;
    if (digital || serviceOpen) {
      w = BASE_CHANNEL_WEIGHT[c] * (digital ? (0.6 + 1.4 * f) * (p.service.digitised ? 1 : 0.5) : Math.max(0.15, 1.4 - 0.8 * f));
    }
    total += w;
    weights.push(total);
  }
  if (total === 0) return channels[0];
  const x = rng.next() * total;
  for (let i = 0; i < weights.length; i++) if (x < weights[i]) return channels[i];
  return channels[channels.length - 1];
}

function openingTime(rng: Rng, p: Profile, day: number, channel: Channel): number {
  const cal = p.calendar;
  const second = Math.floor(rng.next() * 60) * 1000;
  if (cal.alwaysOpen) {
    const minute = rng.chance(0.88) ? rng.int(6 * 60, 24 * 60 - 1) : rng.int(0, 6 * 60 - 1);
    return cal.instant(day, minute) + second;
  }
  const w = cal.day(day).windows;
  const assisted = !DIGITAL.has(channel);
  if (w.length > 0 && (assisted || rng.chance(0.75))) {
    let open = 0;
    for (let i = 0; i < w.length; i += 2) open += w[i + 1] - w[i];
    let x = rng.next() * open;
    for (let i = 0; i < w.length; i += 2) {
      const len = w[i + 1] - w[i];
      if (x < len) return cal.instant(day, w[i] + Math.floor(x)) + second;
      x -= len;
    }
  }
  return cal.instant(day, rng.int(6 * 60, 24 * 60 - 1)) + second;
}

function surveyScore(rng: Rng, p: Profile, onTime: boolean, reopened: boolean): number {
  let pSatisfied = (onTime ? 0.9 : 0.52) + p.satisfactionShift - (reopened ? 0.2 : 0);
  pSatisfied = clamp(pSatisfied, 0.05, 0.98);
  const satisfied = rng.chance(pSatisfied);
  if (p.scale === 'happiness3') return satisfied ? 3 : rng.chance(0.7) ? 2 : 1;
  if (satisfied) return rng.chance(0.6) ? 5 : 4;
  const u = rng.next();
  return u < 0.45 ? 3 : u < 0.75 ? 2 : 1;
}

function surveyChannel(rng: Rng, channel: Channel): Channel {
  if (DIGITAL.has(channel)) return channel;
  if (channel === 'call_center') return rng.chance(0.7) ? 'call_center' : 'mobile';
  return rng.chance(0.4) ? channel : 'mobile';
}

/** The events of the case being generated, with their instants (reused between cases). */
interface CaseBuffer {
  ms: number[];
  events: FeedEvent[];
}

/** Events of one agency on one date, with their second of the day (for a native numeric sort). */
interface AgencyBucket {
  events: FeedEvent[];
  keys: number[];
}
const SORT_INDEX_SPACE = 2 ** 24;

/**
 * Generates the feed day by day: each yielded `FeedDay` holds the events that occur on that
 * date (Asia/Qatar), whichever day their case was opened. Dates run from `from` to `to`, then
 * on while cases opened in the range still have events (up to `asOf`).
 */
export function* generateFeedDays(options: FeedOptions): Generator<FeedDay> {
  if (!(options.casesPerDay >= 0)) throw new Error('casesPerDay must be a non-negative number');
  const fromDay = dayOfDate(options.from);
  const toDay = dayOfDate(options.to);
  if (!Number.isFinite(fromDay) || !Number.isFinite(toDay) || fromDay > toDay) throw new Error(`invalid range ${options.from}..${options.to}`);
  const asOfText = options.asOf ?? `${options.to}T23:59:59+03:00`;
  if (!/(Z|[+-]\d{2}:?\d{2})$/i.test(asOfText) || Number.isNaN(Date.parse(asOfText))) throw new Error(`asOf must be an ISO instant with an offset: ${asOfText}`);
  const asOfMs = Date.parse(asOfText);

  const calendars = new Map(options.calendars.map((c) => [c.code, new CompiledCalendar(c)]));
  const reference = calendars.get(options.referenceCalendar ?? 'QA-GOV');
  if (!reference) throw new Error(`reference calendar ${options.referenceCalendar ?? 'QA-GOV'} not among the calendars`);
  const { profiles, agencies } = buildProfiles(options, calendars);
  if (profiles.length === 0) throw new Error('no services');

  const buckets = new Map<number, AgencyBucket[]>();
  const push = (event: FeedEvent, ms: number, agencyIndex: number): void => {
    const day = localDay(ms);
    let bucket = buckets.get(day);
    if (!bucket) {
      bucket = agencies.map(() => ({ events: [], keys: [] }));
      buckets.set(day, bucket);
    }
    const b = bucket[agencyIndex];
    // key: second of the day, then arrival order (stable); sorted natively as a Float64Array
    b.keys.push(((ms + QATAR_OFFSET_MS - day * DAY_MS) / 1000) * SORT_INDEX_SPACE + b.events.length);
    b.events.push(event);
  };
  const flush = (day: number, casesOpened: number): FeedDay => {
    const bucket = buckets.get(day);
    buckets.delete(day);
    const byAgency: Record<string, FeedEvent[]> = {};
    if (bucket) {
      bucket.forEach((b, i) => {
        if (b.events.length === 0) return;
        const keys = Float64Array.from(b.keys).sort();
        const events = new Array<FeedEvent>(keys.length);
        for (let k = 0; k < keys.length; k++) events[k] = b.events[keys[k] % SORT_INDEX_SPACE];
        byAgency[agencies[i]] = events;
      });
    }
    return { date: dateOfDay(day), casesOpened, byAgency };
  };

  const cumulative = new Float64Array(profiles.length);
  const caseCounters = new Array<number>(agencies.length).fill(0);
  const buffer: CaseBuffer = { ms: [], events: [] };

  for (let day = fromDay; day <= toDay; day++) {
    const date = dateOfDay(day);
    const ref = reference.day(day);
    const dayStartMs = reference.instant(day, 0);
    let casesOpened = 0;
    if (dayStartMs <= asOfMs) {
      const rng = Rng.from(options.seed, 'day', date);
      const caseIdPrefix = `${date.replace(/-/g, '')}-`;
      const working = ref.windows.length > 0;
      const month = Number(date.slice(5, 7)) - 1;
      const mean = working
        ? options.casesPerDay * DOW_FACTOR[weekdayOfDay(day)] * MONTH_FACTOR[month] * (ref.override ? RAMADAN_VOLUME : 1)
        : options.casesPerDay * (ref.closed ? HOLIDAY_SHARE : WEEKEND_SHARE);
      const count = Math.max(0, Math.round(mean + Math.sqrt(mean) * rng.normal()));
      // Per-date service weights: on closed days only services open that day (24x7, Saturday
      // clinics) or with a digital channel receive cases.
      let total = 0;
      const serviceOpen = new Uint8Array(profiles.length);
      for (let i = 0; i < profiles.length; i++) {
        const p = profiles[i];
        const open = p.calendar.alwaysOpen || p.calendar.day(day).windows.length > 0;
        serviceOpen[i] = open ? 1 : 0;
        let w = p.weight;
        if (!working) w *= open ? 10 : p.hasDigital ? 1 : 0;
        total += w;
        cumulative[i] = total;
      }
      caseCounters.fill(0);
      for (let k = 0; total > 0 && k < count; k++) {
        const index = rng.pickCumulative(cumulative);
        const p = profiles[index];
        const seq = ++caseCounters[p.agencyIndex];
        const caseId = caseIdPrefix + String(seq).padStart(5, '0');
        buffer.ms.length = 0;
        buffer.events.length = 0;
        generateCase(rng, p, day, caseId, serviceOpen[index] === 1, working ? ref.override : false, buffer);
        // time order (insertion sort: a handful of events), whole seconds, strictly increasing
        // within the case; event ids are given before the asOf cut so they never depend on it
        const { ms: times, events } = buffer;
        for (let i = 1; i < times.length; i++) {
          const t = times[i];
          const e = events[i];
          let j = i - 1;
          for (; j >= 0 && times[j] > t; j--) {
            times[j + 1] = times[j];
            events[j + 1] = events[j];
          }
          times[j + 1] = t;
          events[j + 1] = e;
        }
        let previous = -Infinity;
        if (times[0] <= asOfMs) casesOpened++;
        for (let n = 0; n < times.length; n++) {
          let ms = Math.floor(times[n] / 1000) * 1000;
          if (ms <= previous) ms = previous + 1000;
          previous = ms;
          if (ms > asOfMs) break;
          const e = events[n];
          e.eventId = `${p.agency}-${caseId}-${n + 1}`;
          e.occurredAt = formatQatar(ms);
          push(e, ms, p.agencyIndex);
        }
      }
    }
    yield flush(day, casesOpened);
  }
  for (const day of [...buckets.keys()].sort((a, b) => a - b)) yield flush(day, 0);
}

function generateCase(rng: Rng, p: Profile, day: number, caseId: string, serviceOpen: boolean, ramadan: boolean, out: CaseBuffer): void {
  const cal = p.calendar;
  const unit = p.unit;
  const target = p.target;
  const channel = chooseChannel(rng, p, day, serviceOpen);
  const requestingAgency = p.requesters ? rng.pick(p.requesters) : undefined;
  const serviceCode = p.service.code;
  const event = (type: FeedEvent['type'], ms: number): FeedEvent => {
    const e: FeedEvent = { eventId: '', type, caseId, serviceCode, occurredAt: '' };
    if (requestingAgency) e.requestingAgency = requestingAgency;
    out.ms.push(ms);
    out.events.push(e);
    return e;
  };

  const opened = openingTime(rng, p, day, channel);
  event('case.opened', opened).channel = channel;

  // Business time the first cycle needs, log-normal around the target so that P(on time) = p.
  const pOnTime = onTimeProbability(p, day);
  const median = target * Math.exp(-p.sigma * inverseNormal(pOnTime));
  let work = clamp(rng.logNormal(median, p.sigma), target * 0.03, target * 8);
  if (ramadan) work *= RAMADAN_SLOWDOWN;

  if (rng.chance(CANCEL_RATE)) {
    event('case.cancelled', cal.advance(opened, work * rng.uniform(0.1, 0.6), unit) + 1000);
    return;
  }

  let resolved: number;
  if (rng.chance(p.pauseProbability)) {
    const share = rng.uniform(0.15, 0.7);
    const paused = cal.advance(opened, work * share, unit) + 1000;
    const u = rng.next();
    const reason: PauseReason = u < 0.75 ? 'awaiting_customer' : u < 0.9 ? 'awaiting_agency' : 'other';
    event('case.paused', paused).reason = reason;
    let resumed: number;
    if (reason === 'awaiting_customer') {
      resumed = paused + clamp(rng.logNormal(1.5 * DAY_MS, 0.8), 2 * HOUR_MS, 25 * DAY_MS);
    } else {
      resumed = cal.advance(paused + clamp(rng.logNormal(2 * DAY_MS, 0.6), HOUR_MS, 20 * DAY_MS), 0, 'businessMinutes');
    }
    event('case.resumed', resumed);
    resolved = cal.advance(resumed, work * (1 - share), unit) + 1000;
  } else {
    resolved = cal.advance(opened, work, unit) + 1000;
  }
  event('case.resolved', resolved);
  const onTime = work <= target;

  let lastResolved = resolved;
  let reopened = false;
  if (rng.chance(REOPEN_RATE)) {
    reopened = true;
    const reopenedAt = resolved + clamp(rng.logNormal(3 * DAY_MS, 0.7), HOUR_MS, 30 * DAY_MS);
    event('case.reopened', reopenedAt);
    lastResolved = cal.advance(reopenedAt, clamp(rng.logNormal(target * 0.5, 0.6), target * 0.03, target * 6), unit) + 1000;
    event('case.resolved', lastResolved);
  }
  if (rng.chance(CLOSE_RATE)) {
    event('case.closed', cal.advance(lastResolved + rng.uniform(1, 7) * DAY_MS, 0, 'businessMinutes') + rng.int(0, 59) * MINUTE_MS);
  }
  if (rng.chance(SURVEY_RATE)) {
    const e = event('survey.submitted', lastResolved + clamp(rng.logNormal(3 * HOUR_MS, 1.0), 5 * MINUTE_MS, 72 * HOUR_MS));
    e.channel = surveyChannel(rng, channel);
    e.survey = { score: surveyScore(rng, p, onTime, reopened), scale: p.scale };
  }
}

/** Collects the whole feed, grouped per sending agency (each list in time order). */
export function generateFeed(options: FeedOptions): Record<string, FeedEvent[]> {
  const out: Record<string, FeedEvent[]> = {};
  for (const day of generateFeedDays(options)) {
    for (const [agency, events] of Object.entries(day.byAgency)) {
      const list = out[agency] ?? (out[agency] = []);
      for (const e of events) list.push(e);
    }
  }
  return out;
}
