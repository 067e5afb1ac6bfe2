import { ChangeDetectionStrategy, Component } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import type { MaturityRankingText } from './maturity-ranking';
import { MaturityRanking } from './maturity-ranking';

/** Each word is its own name in «», so a cell shows which word it took. */
const WORDS = [
  'caption',
  'rank',
  'entity',
  'assessedOn',
  'average',
  'nationalMedian',
  'demo',
] as const;
const TEXT: MaturityRankingText = {
  ...(Object.fromEntries(WORDS.map((word) => [word, `«${word}»`])) as Record<
    (typeof WORDS)[number],
    string
  >),
  pillars: [
    { key: 'data', label: 'Data' },
    { key: 'sdg', label: 'SDG' },
  ],
  number: (value, digits = 0) => value.toFixed(digits),
  date: (iso) => iso,
  entityName: (code) => `name of ${code}`,
};

const assessment = (agency: string, assessedOn: string, data: number, sdg: number) => ({
  agency,
  assessedOn,
  scores: { data, sdg },
  demo: agency === 'MOJ',
});

@Component({
  selector: 'ws-host',
  imports: [MaturityRanking],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `<ws-maturity-ranking
    [assessments]="assessments"
    [text]="text"
    lang="en"
    testId="ranking"
  />`,
})
class Host {
  readonly text = TEXT;
  readonly assessments = [
    assessment('MOI', '2024-06-30', 5, 5),
    assessment('MOI', '2025-06-30', 2, 3),
    assessment('MOJ', '2025-06-30', 4, 4),
    assessment('MM', '2025-06-30', 3, 2),
  ];
}

describe('MaturityRanking', () => {
  it('ranks each entity by its newest assessment, the national median last, in a captioned table', async () => {
    const fixture = TestBed.createComponent(Host);
    await fixture.whenStable();
    const el: HTMLElement = fixture.nativeElement;
    const rows = Array.from(el.querySelectorAll('[data-testid="ranking-row"]'));
    const cell = (row: Element, column: string) =>
      row.querySelector(`[data-column="${column}"]`)?.textContent?.trim();
    expect(rows.map((row) => row.getAttribute('data-key'))).toEqual([
      'MOJ',
      'MM',
      'MOI',
      'national-median',
    ]);
    expect(rows.map((row) => cell(row, 'rank'))).toEqual(['1', '2', '2', '—']);
    expect(cell(rows[0] as Element, 'entity')).toBe('MOJ — name of MOJ («demo»)');
    expect(cell(rows[3] as Element, 'data')).toBe('3.0');
    expect(cell(rows[3] as Element, 'average')).toBe('3.0');
    expect(el.querySelector('caption')?.textContent?.trim()).toBe('«caption»');
    expect(el.querySelectorAll('thead th[scope="col"]')).toHaveLength(6);
  });
});
