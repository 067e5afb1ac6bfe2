import { ChangeDetectionStrategy, Component, computed, inject, input, signal } from '@angular/core';
import type { AgencyEntry, MaturityAssessment } from '@ws/dashboard-data-access';
import { I18n, MATURITY_PILLARS } from '@ws/dashboard-data-access';
import { Chart, buildRadarOptions } from '@ws/dashboard-ui-charts';
import type { FigureView } from '@ws/dashboard-ui-kit';
import { ViewToggle } from '@ws/dashboard-ui-kit';
import { CsvButton } from '@ws/dashboard-ui-table';
import { SCORECARD_TEXT } from './scorecard-text';
import { latestAssessments, nationalMedian } from './trajectory';

/** An entity's newest maturity self-assessment against the national median, pillar by pillar. */
@Component({
  selector: 'ws-maturity-panel',
  imports: [Chart, CsvButton, ViewToggle],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './maturity-panel.html',
})
export class MaturityPanel {
  protected readonly i18n = inject(I18n);
  protected readonly t = this.i18n.t;
  protected readonly text = this.i18n.select(SCORECARD_TEXT);
  readonly assessments = input.required<readonly MaturityAssessment[]>();
  readonly agencies = input.required<readonly AgencyEntry[]>();
  protected readonly view = signal<FigureView>('chart');
  private readonly chosen = signal<string | null>(null);

  protected readonly latest = computed(() => latestAssessments(this.assessments()));
  protected readonly median = computed(() => nationalMedian(this.latest()));
  protected readonly agency = computed(() => this.chosen() ?? this.latest()[0]?.agency ?? null);
  protected readonly entity = computed(
    () => this.latest().find((a) => a.agency === this.agency()) ?? null,
  );
  protected readonly demo = computed(() => this.latest().some((a) => a.demo));
  protected readonly pillars = MATURITY_PILLARS;

  protected readonly agencyName = (code: string) =>
    this.i18n.name(this.agencies().find((a) => a.code === code)) || code;

  protected readonly options = computed(() => {
    const entity = this.entity();
    const median = this.median();
    const axes = this.pillars.map((p) => this.text().pillars[p]);
    const profiles = [
      ...(entity
        ? [{ name: this.agencyName(entity.agency), values: this.pillars.map((p) => entity.scores[p]), color: '#8a1538' }]
        : []),
      ...(median
        ? [{ name: this.text().nationalMedian, values: this.pillars.map((p) => median[p]), color: '#4a5058', dashed: true }]
        : []),
    ];
    return buildRadarOptions(profiles, { rtl: this.i18n.rtl(), axes, max: 5 });
  });
  protected readonly csvHeader = computed(() => [
    this.text().pillar,
    this.agencyName(this.agency() ?? ''),
    this.text().nationalMedian,
  ]);
  protected readonly csvRows = computed(() =>
    this.pillars.map((p) => [this.text().pillars[p], this.entity()?.scores[p], this.median()?.[p]]),
  );

  protected choose(code: string): void {
    this.chosen.set(code);
  }
}
