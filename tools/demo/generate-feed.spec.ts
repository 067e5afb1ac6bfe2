import type { FeedEvent } from '@ws/contracts';
import { CHANNELS, EVENT_TYPES, PAUSE_REASONS } from '@ws/contracts';
import { formatQatar } from './calendar';
import type { FeedOptions } from './generate-feed';
import { generateFeed, generateFeedDays } from './generate-feed';
import { loadSeedData } from './seed-data';

const data = loadSeedData();
const services = new Map(data.services.map((s) => [s.code, s]));
const agencies = new Set(data.agencies.map((a) => a.code));
const requesters = new Map(data.interAgency.map((ia) => [ia.service, ia.requestingAgencies]));

/** Ramadan 1447 (from 18 Feb) and Eid al-Fitr 1447 (17-23 Mar 2026), with a live backlog at asOf. */
const OPTIONS: FeedOptions = {
  ...data,
  from: '2026-02-01',
  to: '2026-04-15',
  seed: 42,
  casesPerDay: 150,
  asOf: '2026-04-15T11:30:00+03:00',
};
const feed = generateFeed(OPTIONS);
const all: [string, FeedEvent][] = Object.entries(feed).flatMap(([agency, events]) => events.map((e): [string, FeedEvent] => [agency, e]));

function casesOf(events: [string, FeedEvent][]): Map<string, FeedEvent[]> {
  const cases = new Map<string, FeedEvent[]>();
  for (const [agency, e] of events) {
    const key = `${agency}/${e.caseId}`;
    const list = cases.get(key) ?? [];
    list.push(e);
    cases.set(key, list);
  }
  for (const list of cases.values()) list.sort((a, b) => Date.parse(a.occurredAt) - Date.parse(b.occurredAt));
  return cases;
}
const cases = casesOf(all);

/** The feed contract's rules for one event (event-feed.md), as error messages. */
function contractErrors(agency: string, e: FeedEvent, asOfMs: number): string[] {
  const errors: string[] = [];
  if (typeof e.eventId !== 'string' || e.eventId.length < 1 || e.eventId.length > 128) errors.push('eventId');
  if (typeof e.caseId !== 'string' || e.caseId.length < 1 || e.caseId.length > 128) errors.push('caseId');
  if (!(EVENT_TYPES as readonly string[]).includes(e.type)) errors.push('type');
  if (services.get(e.serviceCode)?.agency !== agency) errors.push('serviceCode of another agency');
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?([+-]\d{2}:\d{2}|Z)$/.test(e.occurredAt)) errors.push('occurredAt format');
  const ms = Date.parse(e.occurredAt);
  if (Number.isNaN(ms) || ms > asOfMs || ms < Date.parse('2000-01-01T00:00:00Z')) errors.push('occurredAt range');
  const needsChannel = e.type === 'case.opened' || e.type === 'survey.submitted';
  if (needsChannel !== (e.channel !== undefined)) errors.push('channel presence');
  if (e.channel !== undefined && !(CHANNELS as readonly string[]).includes(e.channel)) errors.push('channel');
  if (e.reason !== undefined && (e.type !== 'case.paused' || !(PAUSE_REASONS as readonly string[]).includes(e.reason))) errors.push('reason');
  if (e.type === 'survey.submitted') {
    const s = e.survey;
    const max = s?.scale === 'csat5' ? 5 : s?.scale === 'happiness3' ? 3 : 0;
    if (!s || !Number.isInteger(s.score) || s.score < 1 || s.score > max) errors.push('survey');
  } else if (e.survey !== undefined) errors.push('survey on a case event');
  if (e.requestingAgency !== undefined && (!agencies.has(e.requestingAgency) || e.requestingAgency === agency)) errors.push('requestingAgency');
  return errors;
}

describe('generateFeed', () => {
  it('is deterministic for a seed and differs between seeds', () => {
    const again = generateFeed(OPTIONS);
    expect(JSON.stringify(again)).toBe(JSON.stringify(feed));
    const other = generateFeed({ ...OPTIONS, seed: 43 });
    expect(JSON.stringify(other)).not.toBe(JSON.stringify(feed));
  });

  it('gives a date the same cases whatever the requested range', () => {
    const short = generateFeed({ ...OPTIONS, from: '2026-03-01', to: '2026-03-03' });
    const shortCases = casesOf(Object.entries(short).flatMap(([a, events]) => events.map((e): [string, FeedEvent] => [a, e])));
    expect(shortCases.size).toBeGreaterThan(100);
    for (const [key, events] of shortCases) expect(cases.get(key)).toEqual(events);
  });

  it('produces events that pass the feed contract, never after asOf', () => {
    const asOfMs = Date.parse(OPTIONS.asOf ?? '');
    expect(all.length).toBeGreaterThan(10_000);
    const failures = all.map(([agency, e]) => ({ e, errors: contractErrors(agency, e, asOfMs) })).filter((f) => f.errors.length > 0);
    expect(failures.slice(0, 5)).toEqual([]);
    expect(all.every(([, e]) => e.occurredAt.endsWith('+03:00'))).toBe(true);
  });

  it('has unique, stable event ids <agency>-<caseId>-<n> and unique case ids per agency', () => {
    const ids = new Set<string>();
    for (const [agency, e] of all) {
      expect(e.eventId).toMatch(new RegExp(`^${agency}-${e.caseId}-\\d+$`));
      ids.add(`${agency}|${e.eventId}`);
    }
    expect(ids.size).toBe(all.length);
    for (const [, events] of cases) expect(new Set(events.map((e) => e.serviceCode)).size).toBe(1);
  });

  it('opens every case exactly once, first, and keeps lifecycles coherent', () => {
    let reopened = 0;
    let cancelled = 0;
    let paused = 0;
    for (const [key, events] of cases) {
      const types = events.map((e) => e.type);
      expect({ key, first: types[0] }).toEqual({ key, first: 'case.opened' });
      expect(types.filter((t) => t === 'case.opened').length).toBe(1);
      const times = events.map((e) => Date.parse(e.occurredAt));
      for (let i = 1; i < times.length; i++) expect(times[i]).toBeGreaterThan(times[i - 1]);
      let state = 'running';
      for (const t of types.slice(1)) {
        if (t === 'case.paused') expect(state).toBe('running');
        if (t === 'case.resumed') expect(state).toBe('paused');
        if (t === 'case.resolved' || t === 'case.cancelled') expect(state).toBe('running');
        if (t === 'case.reopened') expect(state).toBe('resolved');
        if (t === 'case.closed' || t === 'survey.submitted') expect(['resolved', 'closed']).toContain(state);
        state = { 'case.paused': 'paused', 'case.resumed': 'running', 'case.resolved': 'resolved', 'case.reopened': 'running', 'case.cancelled': 'cancelled', 'case.closed': 'closed' }[t as string] ?? state;
      }
      if (types.includes('case.reopened')) reopened++;
      if (types.includes('case.cancelled')) cancelled++;
      if (types.includes('case.paused')) paused++;
    }
    expect(reopened / cases.size).toBeGreaterThan(0.02);
    expect(reopened / cases.size).toBeLessThan(0.06);
    expect(cancelled / cases.size).toBeGreaterThan(0.01);
    expect(cancelled / cases.size).toBeLessThan(0.03);
    expect(paused / cases.size).toBeGreaterThan(0.05);
  });

  it('leaves a live backlog at asOf', () => {
    const open = [...cases.values()].filter((events) => !events.some((e) => ['case.resolved', 'case.cancelled'].includes(e.type)));
    expect(open.length).toBeGreaterThan(50);
  });

  it('puts requestingAgency on every event of inter-entity cases, and only there', () => {
    let interCases = 0;
    for (const events of cases.values()) {
      const allowed = requesters.get(events[0].serviceCode);
      if (allowed) {
        interCases++;
        expect(allowed).toContain(events[0].requestingAgency);
        expect(events.every((e) => e.requestingAgency === events[0].requestingAgency)).toBe(true);
      } else {
        expect(events.every((e) => e.requestingAgency === undefined)).toBe(true);
      }
    }
    expect(interCases).toBeGreaterThan(20);
  });

  it('follows the calendar: weekends ~5%, Ramadan slower, almost nothing opened during Eid', () => {
    const opened = new Map<string, number>();
    for (const [, e] of all) if (e.type === 'case.opened') opened.set(e.occurredAt.slice(0, 10), (opened.get(e.occurredAt.slice(0, 10)) ?? 0) + 1);
    const avg = (dates: string[]): number => dates.reduce((n, d) => n + (opened.get(d) ?? 0), 0) / dates.length;
    const ordinary = avg(['2026-02-01', '2026-02-02', '2026-02-03', '2026-02-04', '2026-02-08', '2026-02-09', '2026-02-11', '2026-02-12']);
    const weekend = avg(['2026-02-06', '2026-02-07', '2026-02-13', '2026-02-14']);
    const ramadan = avg(['2026-02-22', '2026-02-23', '2026-02-24', '2026-02-25', '2026-03-01', '2026-03-02', '2026-03-03', '2026-03-04']);
    const eid = avg(['2026-03-17', '2026-03-18', '2026-03-19', '2026-03-22', '2026-03-23']);
    const after = avg(['2026-03-24', '2026-03-25', '2026-03-26', '2026-03-29', '2026-03-30']);
    expect(weekend / ordinary).toBeLessThan(0.12);
    expect(ramadan / ordinary).toBeGreaterThan(0.55);
    expect(ramadan / ordinary).toBeLessThan(0.85);
    expect(eid / ordinary).toBeLessThan(0.08);
    expect(after / ordinary).toBeGreaterThan(0.8);
    // the work waiting at the start of Eid is resolved after it, not during it (24x7 services apart)
    const resolvedDuringEid = all.filter(([, e]) => e.type === 'case.resolved' && e.occurredAt >= '2026-03-17' && e.occurredAt < '2026-03-24').length;
    const resolvedAfterEid = all.filter(([, e]) => e.type === 'case.resolved' && e.occurredAt >= '2026-03-24' && e.occurredAt < '2026-03-25').length;
    expect(resolvedDuringEid / 7).toBeLessThan(0.15 * resolvedAfterEid);
    expect(resolvedAfterEid).toBeGreaterThan(0.8 * after);
  });

  it('sends surveys on about 30% of resolved cases, on both scales', () => {
    const resolved = [...cases.values()].filter((events) => events.some((e) => e.type === 'case.resolved'));
    const surveys = all.filter(([, e]) => e.type === 'survey.submitted').map(([, e]) => e);
    const share = surveys.length / resolved.length;
    expect(share).toBeGreaterThan(0.22);
    expect(share).toBeLessThan(0.36);
    expect(new Set(surveys.map((s) => s.survey?.scale))).toEqual(new Set(['csat5', 'happiness3']));
  });

  it('mixes channels, with digital take-up growing over the years', () => {
    const digitalShare = (from: string, to: string): number => {
      const f = generateFeed({ ...OPTIONS, from, to, asOf: undefined });
      const opened = Object.values(f).flat().filter((e) => e.type === 'case.opened');
      return opened.filter((e) => e.channel === 'web' || e.channel === 'mobile' || e.channel === 'api').length / opened.length;
    };
    expect(digitalShare('2027-10-03', '2027-10-14')).toBeGreaterThan(digitalShare('2024-10-06', '2024-10-17') + 0.05);
  });

  it('yields per-day chunks holding the events of that date, in time order', () => {
    let previousDate = '';
    for (const day of generateFeedDays({ ...OPTIONS, to: '2026-02-10' })) {
      expect(day.date > previousDate).toBe(true);
      previousDate = day.date;
      for (const events of Object.values(day.byAgency)) {
        for (let i = 0; i < events.length; i++) {
          expect(events[i].occurredAt.slice(0, 10)).toBe(day.date);
          if (i > 0) expect(events[i].occurredAt >= events[i - 1].occurredAt).toBe(true);
        }
      }
    }
  });

  it('formats instants in Asia/Qatar with an offset', () => {
    expect(formatQatar(Date.parse('2026-03-01T07:00:00Z'))).toBe('2026-03-01T10:00:00+03:00');
    expect(formatQatar(Date.parse('2026-03-01T21:30:05Z'))).toBe('2026-03-02T00:30:05+03:00');
  });
});
