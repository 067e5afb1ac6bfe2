import { ChangeDetectionStrategy, Component, input } from '@angular/core';

export interface FigureBasisLabels {
  basis: string;
  count: string;
  coverage: string;
  method: string;
}

/**
 * What a figure stands on (product.md: "a figure never hides its basis"): the count behind it,
 * its coverage and how it was aggregated, one click (or Enter) away.
 */
@Component({
  selector: 'ws-figure-basis',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <details class="basis" data-testid="figure-basis">
      <summary>{{ labels().basis }}</summary>
      <dl>
        <dt>{{ labels().count }}</dt>
        <dd data-testid="basis-count">{{ count() }}</dd>
        @if (coverage(); as text) {
          <dt>{{ labels().coverage }}</dt>
          <dd data-testid="basis-coverage">{{ text }}</dd>
        }
        <dt>{{ labels().method }}</dt>
        <dd data-testid="basis-method"><bdi>{{ method() }}</bdi></dd>
      </dl>
    </details>
  `,
  styles: `
    .basis {
      font-size: 0.8125rem;
      color: var(--ws-muted, #4a5058);
    }
    summary {
      cursor: pointer;
      text-decoration: underline dotted;
    }
    dl {
      display: grid;
      grid-template-columns: auto 1fr;
      gap: 0.125rem 0.75rem;
      margin: 0.5rem 0 0;
    }
    dt {
      font-weight: 600;
    }
    dd {
      margin: 0;
    }
  `,
})
export class FigureBasis {
  readonly labels = input.required<FigureBasisLabels>();
  /** Already formatted for the locale. */
  readonly count = input.required<string>();
  readonly coverage = input<string | null>(null);
  readonly method = input.required<string>();
}
