import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import type { TableColumn, UiLang } from '@ws/dashboard-ui-table';
import { DataTable } from '@ws/dashboard-ui-table';
import type { RankedAssessment } from './maturity-benchmark';
import { benchmarkRows, pillarMedians } from './maturity-benchmark';

/** The words and formats of the ranking, in the page's language. */
export interface MaturityRankingText {
  caption: string;
  rank: string;
  entity: string;
  assessedOn: string;
  average: string;
  nationalMedian: string;
  demo: string;
  /** The pillars, in the order of the columns: the key of the scores and the header. */
  pillars: readonly { key: string; label: string }[];
  number: (value: number, fractionDigits?: number) => string;
  date: (isoDate: string) => string;
  entityName: (code: string) => string;
}

/** A line of the ranking: an entity (ranked) or, last, the national median. */
interface RankingLine {
  key: string;
  entity: string;
  assessedOn: string;
  scores: Readonly<Record<string, number | null>>;
  average: number | null;
  rank: number | null;
}

/**
 * The entities ranked on their newest maturity self-assessment (mean of the pillars, equal
 * means sharing a rank), each pillar's score, and the national median as the last line: a
 * sortable table with a caption and a CSV download.
 */
@Component({
  selector: 'ws-maturity-ranking',
  imports: [DataTable],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <ws-data-table
      [columns]="columns()"
      [rows]="lines()"
      [caption]="text().caption"
      [csvFilename]="testId() + '.csv'"
      [lang]="lang()"
      [testId]="testId()"
      [rowTestId]="testId() + '-row'"
      [rowKey]="lineKey"
      [pageSize]="50"
    />
  `,
})
export class MaturityRanking {
  readonly assessments = input.required<readonly RankedAssessment[]>();
  readonly text = input.required<MaturityRankingText>();
  readonly lang = input.required<UiLang>();
  readonly testId = input.required<string>();
  protected readonly lineKey = (line: RankingLine) => line.key;

  protected readonly lines = computed<RankingLine[]>(() => {
    const text = this.text();
    const pillars = text.pillars.map((pillar) => pillar.key);
    const ranked = benchmarkRows(this.assessments(), pillars);
    if (ranked.length === 0) return [];
    const medians = pillarMedians(ranked, pillars);
    const medianValues = pillars.map((pillar) => medians[pillar] ?? 0);
    const lines = ranked.map((row) => ({
      key: row.agency,
      entity: `${row.agency} — ${text.entityName(row.agency)}${row.demo ? ` (${text.demo})` : ''}`,
      assessedOn: row.assessedOn,
      scores: row.scores,
      average: row.average,
      rank: row.rank,
    }));
    const median = {
      key: 'national-median',
      entity: text.nationalMedian,
      assessedOn: '',
      scores: medians,
      average: medianValues.reduce((sum, value) => sum + value, 0) / medianValues.length,
      rank: null,
    };
    return [...lines, median];
  });

  protected readonly columns = computed<TableColumn<RankingLine>[]>(() => {
    const text = this.text();
    const score = (value: number | null) => (value === null ? '—' : text.number(value, 1));
    return [
      {
        key: 'rank',
        label: text.rank,
        text: (r) => (r.rank === null ? '—' : text.number(r.rank)),
        sortValue: (r) => r.rank ?? Number.MAX_SAFE_INTEGER,
        numeric: true,
      },
      { key: 'entity', label: text.entity, text: (r) => r.entity },
      {
        key: 'assessedOn',
        label: text.assessedOn,
        text: (r) => (r.assessedOn ? text.date(r.assessedOn) : '—'),
        sortValue: (r) => r.assessedOn,
        csv: (r) => r.assessedOn,
      },
      ...text.pillars.map(({ key, label }) => ({
        key,
        label,
        text: (r: RankingLine) => score(r.scores[key] ?? null),
        sortValue: (r: RankingLine) => r.scores[key] ?? null,
        csv: (r: RankingLine) => r.scores[key] ?? null,
        numeric: true,
      })),
      {
        key: 'average',
        label: text.average,
        text: (r) => score(r.average),
        sortValue: (r) => r.average,
        csv: (r) => r.average,
        numeric: true,
      },
    ];
  });
}
