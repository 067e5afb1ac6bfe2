import type { RankedAssessment } from './maturity-benchmark';
import {
  averageScore,
  benchmarkRows,
  median,
  newestPerEntity,
  pillarMedians,
} from './maturity-benchmark';

const PILLARS = ['leadership', 'technology', 'eServices', 'data', 'sdg', 'cybersecurity'];
const flat = (value: number) => ({
  leadership: value,
  technology: value,
  eServices: value,
  data: value,
  sdg: value,
  cybersecurity: value,
});
const record = (agency: string, assessedOn: string, value: number): RankedAssessment => ({
  agency,
  assessedOn,
  scores: flat(value),
  demo: false,
});

describe('maturity benchmark', () => {
  it('averages the six pillars', () => {
    expect(
      averageScore(
        {
          leadership: 4,
          technology: 3,
          eServices: 5,
          data: 2,
          sdg: 1,
          cybersecurity: 3,
        },
        PILLARS,
      ),
    ).toBe(3);
  });

  it('compares each entity by its newest assessment, highest average first, equal averages sharing a rank', () => {
    const records = [
      record('MOI', '2024-06-30', 4.8),
      record('MOI', '2025-06-30', 4),
      record('MOJ', '2025-06-30', 4),
      record('MM', '2025-06-30', 3.2),
      record('MCIT', '2025-06-30', 4.5),
    ];
    expect(newestPerEntity(records).map((r) => `${r.agency}@${r.assessedOn}`)).toEqual([
      'MOI@2025-06-30',
      'MOJ@2025-06-30',
      'MM@2025-06-30',
      'MCIT@2025-06-30',
    ]);
    expect(benchmarkRows(records, PILLARS).map((row) => [row.agency, row.rank])).toEqual([
      ['MCIT', 1],
      ['MOI', 2],
      ['MOJ', 2],
      ['MM', 4],
    ]);
  });

  it('takes the national median per pillar, the middle two averaged for an even count', () => {
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(median([])).toBeNull();
    const rows = benchmarkRows(
      [record('A1', '2025-06-30', 2), record('B1', '2025-06-30', 3), record('C1', '2025-06-30', 5)],
      PILLARS,
    );
    expect(pillarMedians(rows, PILLARS)).toEqual(flat(3));
    expect(pillarMedians([], PILLARS)).toEqual({
      leadership: null,
      technology: null,
      eServices: null,
      data: null,
      sdg: null,
      cybersecurity: null,
    });
  });
});
