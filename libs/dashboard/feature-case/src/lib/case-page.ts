import { ChangeDetectionStrategy, Component, computed, inject, input, signal } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { RouterLink } from '@angular/router';
import type {
  BreachAcknowledgementRequest,
  CaseTimelineCycle,
  CaseTimelineEvent,
  CaseTimelineNotification,
} from '@ws/contracts';
import { AuthSession, CaseApi, I18n } from '@ws/dashboard-data-access';
import { Chart, buildCaseTimelineOptions } from '@ws/dashboard-ui-charts';
import type { FigureView } from '@ws/dashboard-ui-kit';
import { CARD_STYLES, ViewToggle } from '@ws/dashboard-ui-kit';
import { AcknowledgeForm, REVIEW_LABELS } from '@ws/dashboard-ui-review';
import { DataTable, LoadState, Submission } from '@ws/dashboard-ui-table';
import { cycleColumns, eventColumns, notificationColumns } from './case-columns';
import { CASE_DICTIONARIES } from './case-dictionary';

const BREACHED: readonly string[] = ['breached', 'breached_open'];

/** One case: its SLA cycles and events on a time axis (or as tables) and breach acknowledgements. */
@Component({
  selector: 'ws-case-page',
  imports: [AcknowledgeForm, Chart, DataTable, LoadState, RouterLink, ViewToggle],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './case-page.html',
  styles: CARD_STYLES,
  styleUrl: './case-page.css',
})
export class CasePage {
  private readonly api = inject(CaseApi);
  private readonly session = inject(AuthSession);
  protected readonly i18n = inject(I18n);
  protected readonly t = this.i18n.select(CASE_DICTIONARIES);
  protected readonly review = this.i18n.select(REVIEW_LABELS);
  /** Route parameters (`/cases/:agency/:caseId`). */
  readonly agency = input.required<string>();
  readonly caseId = input.required<string>();

  protected readonly timeline = rxResource({
    params: () => ({ agency: this.agency(), caseId: this.caseId() }),
    stream: ({ params }) => this.api.timeline(params.agency, params.caseId),
  });
  protected readonly data = computed(() =>
    this.timeline.hasValue() ? this.timeline.value() : null,
  );
  protected readonly status = computed(() => {
    if (this.timeline.status() === 'error') return 'error' as const;
    return this.data() ? ('ok' as const) : ('loading' as const);
  });
  protected readonly notFound = computed(() => {
    const error = this.timeline.error() as { status?: number } | undefined;
    return error?.status === 404;
  });
  protected readonly view = signal<FigureView>('chart');
  protected readonly canAcknowledge = computed(
    () => this.session.user()?.role === 'agency_manager',
  );
  protected readonly breachedCycles = computed(() =>
    (this.data()?.cycles ?? []).filter((c) => BREACHED.includes(c.status)),
  );
  private readonly submissions = new Map<number, Submission>();

  protected readonly chartOptions = computed(() => {
    const data = this.data();
    const t = this.t();
    return buildCaseTimelineOptions(data ?? { cycles: [], events: [] }, {
      rtl: this.i18n.rtl(),
      now: Date.parse(data?.computedAt ?? '') || Date.now(),
      labels: {
        ...t.rows,
        eventType: (type) => t.eventTypes[type as keyof typeof t.eventTypes] ?? type,
      },
      formatTime: (ms) => this.i18n.date(new Date(ms).toISOString(), 'dateTime'),
    });
  });
  protected readonly cycleColumns = computed(() =>
    cycleColumns(this.t(), this.review(), this.i18n),
  );
  protected readonly eventColumns = computed(() => eventColumns(this.t(), this.i18n));
  protected readonly notificationColumns = computed(() => notificationColumns(this.t(), this.i18n));
  protected readonly notificationKey = (row: CaseTimelineNotification) => row.id;
  protected readonly cycleKey = (row: CaseTimelineCycle) => String(row.cycle);
  protected readonly eventKey = (row: CaseTimelineEvent) => row.eventId;

  /** `3 working days` / `3 أيام عمل`; whole amounts without decimals. */
  protected targetText(target: { amount: number; unit: string }): string {
    const units: Record<string, string> = this.t().units;
    const amount = this.i18n.number(target.amount, Number.isInteger(target.amount) ? 0 : 2);
    return `${amount} ${units[target.unit] ?? target.unit}`;
  }

  protected submissionFor(cycle: number): Submission {
    let submission = this.submissions.get(cycle);
    if (!submission) {
      submission = new Submission(this.i18n.lang);
      this.submissions.set(cycle, submission);
    }
    return submission;
  }

  protected acknowledge(cycle: number, body: BreachAcknowledgementRequest): void {
    this.submissionFor(cycle).run(
      this.api.acknowledge(this.agency(), this.caseId(), cycle, body),
      () => this.timeline.reload(),
    );
  }
}
