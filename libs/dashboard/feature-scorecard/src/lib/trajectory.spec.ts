import type { MaturityAssessment } from '@ws/dashboard-data-access';
import { latestAssessments, nationalMedian, trajectoryAt } from './trajectory';

const scores = (n: number) => ({
  leadership: n,
  technology: n,
  eServices: n,
  data: n,
  sdg: n,
  cybersecurity: n,
});

describe('trajectoryAt', () => {
  const adherence = { baselineYear: 2024, baselineValue: 0.71, target2030: 0.8 };

  it('is the baseline at the baseline year and the target in 2030', () => {
    expect(trajectoryAt(adherence, '2024-01')).toBeCloseTo(0.71, 10);
    expect(trajectoryAt(adherence, '2030-01')).toBeCloseTo(0.8, 10);
  });

  it('moves in a straight line: 2026 is a third of the way', () => {
    expect(trajectoryAt(adherence, '2026-01')).toBeCloseTo(0.71 + 0.09 / 3, 10);
    const july = trajectoryAt(adherence, '2026-07') as number;
    expect(july).toBeCloseTo(0.71 + (0.09 * (2 + 6 / 12)) / 6, 10);
  });

  it('has no trajectory without a target', () => {
    expect(trajectoryAt({ ...adherence, target2030: null }, '2026-01')).toBeNull();
  });
});

describe('latestAssessments / nationalMedian', () => {
  const all: MaturityAssessment[] = [
    { agency: 'MOI', assessedOn: '2024-06-01', scores: scores(2), demo: true },
    { agency: 'MOI', assessedOn: '2025-06-01', scores: scores(4), demo: true },
    { agency: 'MOPH', assessedOn: '2025-03-01', scores: scores(3), demo: true },
    { agency: 'MOCI', assessedOn: '2025-03-01', scores: { ...scores(1), data: 5 }, demo: true },
  ];

  it('keeps the newest assessment of each entity', () => {
    const latest = latestAssessments(all);
    expect(latest.map((a) => [a.agency, a.assessedOn])).toEqual([
      ['MOCI', '2025-03-01'],
      ['MOI', '2025-06-01'],
      ['MOPH', '2025-03-01'],
    ]);
  });

  it('takes the median pillar by pillar (odd and even counts)', () => {
    const latest = latestAssessments(all);
    expect(nationalMedian(latest)).toMatchObject({ leadership: 3, data: 4 });
    expect(nationalMedian(latest.slice(0, 2))).toMatchObject({ leadership: 2.5, data: 4.5 });
    expect(nationalMedian([])).toBeNull();
  });
});
