import { DOCUMENT } from '@angular/common';
import { ChangeDetectionStrategy, Component, computed, inject, input, signal } from '@angular/core';
import type { EChartsCoreOption } from 'echarts/core';
import { NgxEchartsDirective } from 'ngx-echarts';
import { chartSeriesPoints, pointAnnouncement } from '../a11y/chart-points';
import type { ChartLang } from '../a11y/chart-words';
import { CHART_WORDS } from '../a11y/chart-words';
import { describeChart, withAriaDescription } from '../a11y/describe-chart';
import { nextCursor } from '../a11y/keyboard-cursor';
import type { ChartCursor } from '../a11y/keyboard-cursor';

/** What the chart needs of the ECharts instance: its actions. */
interface ChartActions {
  dispatchAction(payload: Record<string, unknown>): void;
}

let nextId = 0;

/**
 * Draws an ECharts option built by one of the pure builders, with ECharts' aria on and a
 * description generated from the option in the page's language. The chart takes the keyboard
 * focus: the arrow keys move through its points (up and down between series, Home and End),
 * each shown (showTip, highlight) and said in a polite live region. Presentation only: the caller
 * owns loading, empty and error states and the table alternative.
 */
@Component({
  selector: 'ws-chart',
  imports: [NgxEchartsDirective],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div
      class="frame"
      tabindex="0"
      role="group"
      [attr.aria-roledescription]="words().chart"
      [attr.aria-label]="ariaLabel()"
      [attr.aria-describedby]="ids.description + ' ' + ids.hint"
      [attr.data-testid]="testId() + '-frame'"
      (keydown)="onKey($event)"
      (blur)="leave()"
    >
      <div
        class="chart"
        role="img"
        [attr.data-testid]="testId()"
        [attr.aria-label]="ariaLabel()"
        [style.height.px]="height()"
        echarts
        [options]="drawn()"
        [autoResize]="true"
        (chartInit)="onInit($event)"
      ></div>
      <p class="sr-only" [id]="ids.description">{{ description() }}</p>
      <p class="sr-only" [id]="ids.hint">{{ words().keyboardHint }}</p>
    </div>
    <p
      class="sr-only"
      aria-live="polite"
      aria-atomic="true"
      [attr.data-testid]="testId() + '-point'"
    >
      {{ announced() }}
    </p>
  `,
  styles: `
    :host {
      display: block;
    }
    .chart {
      width: 100%;
    }
    .frame:focus-visible {
      outline: 3px solid var(--ws-focus, #1f5f8b);
      outline-offset: 2px;
    }
    .sr-only {
      position: absolute;
      width: 1px;
      height: 1px;
      margin: -1px;
      overflow: hidden;
      clip-path: inset(50%);
      white-space: nowrap;
    }
  `,
})
export class Chart {
  readonly options = input.required<EChartsCoreOption>();
  /** The chart's title, said first (the canvas itself is not readable). */
  readonly ariaLabel = input.required<string>();
  readonly height = input(320);
  readonly testId = input('chart');

  private readonly document = inject(DOCUMENT);
  private instance: ChartActions | null = null;
  private readonly cursor = signal<ChartCursor | null>(null);
  protected readonly ids = {
    description: `ws-chart-${++nextId}-description`,
    hint: `ws-chart-${nextId}-hint`,
  };
  protected readonly announced = signal('');

  /** The page's language when the option was (re)built: a language switch rebuilds every option. */
  private readonly lang = computed<ChartLang>(() => {
    this.options();
    return this.document.documentElement.lang === 'en' ? 'en' : 'ar';
  });
  protected readonly words = computed(() => CHART_WORDS[this.lang()]);
  private readonly series = computed(() =>
    chartSeriesPoints(this.options(), this.words(), this.lang()).filter((s) => s.points.length > 0),
  );
  protected readonly description = computed(() =>
    describeChart(this.ariaLabel(), this.options(), this.lang()),
  );
  protected readonly drawn = computed(() =>
    withAriaDescription(this.options(), this.description()),
  );

  protected onInit(chart: ChartActions): void {
    this.instance = chart;
  }

  protected onKey(event: KeyboardEvent): void {
    const rtl = this.document.documentElement.dir === 'rtl';
    const lengths = this.series().map((s) => s.points.length);
    const next = nextCursor(this.cursor(), event.key, lengths, rtl);
    if (!next) return;
    event.preventDefault();
    this.cursor.set(next);
    const series = this.series()[next.series];
    const point = series?.points[next.point];
    if (!series || !point) return;
    const target = { seriesIndex: point.seriesIndex, dataIndex: point.dataIndex };
    this.instance?.dispatchAction({ type: 'downplay' });
    this.instance?.dispatchAction({ type: 'highlight', ...target });
    this.instance?.dispatchAction({ type: 'showTip', ...target });
    this.announced.set(pointAnnouncement(series, next.point, this.words()));
  }

  protected leave(): void {
    this.cursor.set(null);
    this.instance?.dispatchAction({ type: 'downplay' });
    this.instance?.dispatchAction({ type: 'hideTip' });
  }
}
