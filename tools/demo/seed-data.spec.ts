import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CLOSURE_STATUSES, DEFAULT_SEED_DIR, isValidDate, loadSeedData, validateCalendar, validateCatalogue } from './seed-data';

const data = loadSeedData();
const readJson = <T>(file: string): T => JSON.parse(readFileSync(join(DEFAULT_SEED_DIR, file), 'utf8')) as T;

describe('seed-data calendars', () => {
  it('has the government, health and 24x7 calendars, each well-formed', () => {
    expect(data.calendars.map((c) => c.code).sort()).toEqual(['QA-24X7', 'QA-GOV', 'QA-HEALTH']);
    for (const calendar of data.calendars) expect(validateCalendar(calendar)).toEqual([]);
  });

  it('rejects malformed calendars', () => {
    const gov = data.calendars.find((c) => c.code === 'QA-GOV');
    if (!gov) throw new Error('QA-GOV missing');
    const broken = {
      ...gov,
      weekly: { ...gov.weekly, sun: [['14:00', '07:00']] as [string, string][], mon: [['09:00', '12:00'], ['08:00', '10:00']] as [string, string][] },
      closures: [{ from: '2026-02-30', to: '2026-03-01', status: 'maybe' as never }],
    };
    const errors = validateCalendar(broken);
    expect(errors.some((e) => e.includes('sun'))).toBe(true);
    expect(errors.some((e) => e.includes('mon'))).toBe(true);
    expect(errors.some((e) => e.includes('closures[0].from'))).toBe(true);
    expect(errors.some((e) => e.includes('status'))).toBe(true);
  });

  it('labels every holiday closure with names, an allowed status and a source', () => {
    for (const calendar of data.calendars) {
      for (const c of calendar.closures) {
        expect(c.name).toBeTruthy();
        expect(c.nameAr).toMatch(/[\u0600-\u06ff]/);
        expect(CLOSURE_STATUSES).toContain(c.status);
        expect(c.source).toBeTruthy();
      }
    }
  });

  it('QA-GOV holds every holiday of 2024-2027 and Ramadan hours for each year', () => {
    const gov = data.calendars.find((c) => c.code === 'QA-GOV');
    if (!gov) throw new Error('QA-GOV missing');
    const closures = gov.closures.map((c) => ('from' in c ? `${c.from}..${c.to}` : c.date));
    expect(closures).toEqual(
      expect.arrayContaining([
        '2024-02-13..2024-02-13', '2024-04-07..2024-04-15', '2024-06-16..2024-06-20', '2024-12-18..2024-12-19',
        '2025-02-11..2025-02-11', '2025-03-30..2025-04-07', '2025-06-05..2025-06-09', '2025-12-18..2025-12-18',
        '2026-02-10..2026-02-10', '2026-03-17..2026-03-23', '2026-05-26..2026-05-30', '2026-12-18..2026-12-18',
        '2027-02-09..2027-02-09', '2027-03-07..2027-03-13', '2027-05-16..2027-05-20', '2027-12-18..2027-12-18',
      ]),
    );
    expect(gov.overrides.map((o) => `${o.from}..${o.to}`)).toEqual([
      '2024-03-11..2024-04-04', '2025-03-01..2025-03-27', '2026-02-18..2026-03-16', '2027-02-08..2027-03-06',
    ]);
    expect(gov.weekly.fri).toEqual([]);
    expect(gov.weekly.sun).toEqual([['07:00', '14:00']]);
    // everything announced up to 2025 is confirmed, later dates are provisional
    for (const c of gov.closures) if ('from' in c) expect(c.status).toBe(c.from < '2026-01-01' ? 'confirmed' : 'provisional');
  });
});

describe('seed-data catalogue', () => {
  it('is consistent: agencies, calendars, unique codes, enumerations, inter-entity services', () => {
    expect(validateCatalogue(data)).toEqual([]);
  });

  it('has 250-350 services over all 13 agencies, MOI and MM the largest', () => {
    expect(data.services.length).toBeGreaterThanOrEqual(250);
    expect(data.services.length).toBeLessThanOrEqual(350);
    const perAgency = new Map<string, number>();
    for (const s of data.services) perAgency.set(s.agency, (perAgency.get(s.agency) ?? 0) + 1);
    expect([...perAgency.keys()].sort()).toEqual(data.agencies.map((a) => a.code).sort());
    const ranked = [...perAgency].sort((a, b) => b[1] - a[1]).map(([a]) => a);
    expect(ranked.slice(0, 2).sort()).toEqual(['MM', 'MOI']);
  });

  it('keeps the original service codes and has a digitised share under the 90% target', () => {
    const codes = new Set(data.services.map((s) => s.code));
    for (const c of ['MOI-RP-RENEW', 'MOI-EXIT-PERMIT', 'MM-BUILD-PERMIT', 'MOCI-CR-ISSUE', 'MOL-WORK-PERMIT']) expect(codes.has(c)).toBe(true);
    const inScope = data.services.filter((s) => s.inScope);
    const share = inScope.filter((s) => s.digitised).length / inScope.length;
    expect(share).toBeGreaterThanOrEqual(0.7);
    expect(share).toBeLessThanOrEqual(0.8);
    expect(inScope.length).toBeLessThan(data.services.length);
  });

  it('uses 24x7 calendars for calendar-hour targets', () => {
    for (const s of data.services) {
      if (s.sla.target.unit === 'calendarHours') expect(s.sla.calendar).toBe('QA-24X7');
    }
    const units = new Set(data.services.map((s) => s.sla.target.unit));
    expect([...units].sort()).toEqual(['businessHours', 'businessMinutes', 'calendarHours', 'workingDays']);
  });

  it('lists 6-10 inter-entity services', () => {
    expect(data.interAgency.length).toBeGreaterThanOrEqual(6);
    expect(data.interAgency.length).toBeLessThanOrEqual(10);
  });
});

interface Kpi {
  code: string;
  nameEn: string;
  nameAr: string;
  unit: string;
  direction: 'higher' | 'lower';
  baselineYear: number;
  baselineValue: number;
  target2030: number | null;
  comparison: 'strict' | 'inclusive';
  tolerance: number;
  measures: { code: string; nameEn: string; nameAr: string }[];
}

describe('seed-data KPI tree and maturity', () => {
  it('has the three NDS3 targets and the reported-beside KPIs, values as fractions', () => {
    const tree = readJson<{ outcomes: { code: string; kpis: Kpi[] }[] }>('kpis.json');
    const kpis = new Map(tree.outcomes.flatMap((o) => o.kpis).map((k) => [k.code, k]));
    expect(kpis.get('SLA_ADHERENCE')).toMatchObject({ target2030: 0.8, comparison: 'strict', direction: 'higher' });
    expect(kpis.get('CSAT')).toMatchObject({ target2030: 0.85, comparison: 'strict', direction: 'higher' });
    expect(kpis.get('DIGITISED_SERVICES')).toMatchObject({ target2030: 0.9, comparison: 'inclusive', direction: 'higher' });
    expect(kpis.get('DIGITAL_TAKE_UP')?.target2030).toBeNull();
    expect(kpis.get('REOPEN_RATE')?.direction).toBe('lower');
    expect(kpis.get('PROCEDURAL_DELAY')?.direction).toBe('lower');
    expect(kpis.has('PROCESSING_TIME')).toBe(true);
    for (const k of kpis.values()) {
      expect(k.nameAr).toMatch(/[\u0600-\u06ff]/);
      expect(k.measures.length).toBeGreaterThan(0);
      if (k.unit === 'percent') {
        expect(k.baselineValue).toBeGreaterThanOrEqual(0);
        expect(k.baselineValue).toBeLessThanOrEqual(1);
        if (k.target2030 !== null) expect(k.target2030).toBeLessThanOrEqual(1);
      }
    }
  });

  it('has two assessments per agency on the six pillars, scores 1-5', () => {
    const rows = readJson<{ agency: string; assessedOn: string; scores: Record<string, number> }[]>('maturity.json');
    expect(rows.length).toBe(data.agencies.length * 2);
    for (const a of data.agencies) {
      expect(rows.filter((r) => r.agency === a.code).map((r) => r.assessedOn).sort()).toEqual(['2024-06-30', '2025-06-30']);
    }
    for (const r of rows) {
      expect(isValidDate(r.assessedOn)).toBe(true);
      expect(Object.keys(r.scores).sort()).toEqual(['cybersecurity', 'data', 'eServices', 'leadership', 'sdg', 'technology']);
      for (const v of Object.values(r.scores)) {
        expect(v).toBeGreaterThanOrEqual(1);
        expect(v).toBeLessThanOrEqual(5);
        expect(Math.round(v * 10)).toBeCloseTo(v * 10, 6);
      }
    }
  });
});
