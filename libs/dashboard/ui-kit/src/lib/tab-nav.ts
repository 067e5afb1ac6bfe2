import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import type { Params, QueryParamsHandling } from '@angular/router';
import { RouterLink } from '@angular/router';

/** One tab: a link to the same page with other query parameters. */
export interface NavTab {
  key: string;
  label: string;
  queryParams: Params;
}

/** Tabs of a page as links (`aria-current="page"` on the chosen one), chosen in the URL. */
@Component({
  selector: 'ws-tab-nav',
  imports: [RouterLink],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <nav class="tabs" [attr.aria-label]="ariaLabel()">
      @for (tab of tabs(); track tab.key) {
        <a
          routerLink="."
          [queryParams]="tab.queryParams"
          [queryParamsHandling]="queryParamsHandling()"
          [attr.aria-current]="current() === tab.key ? 'page' : null"
          [attr.data-testid]="testIdPrefix() + tab.key"
          >{{ tab.label }}</a
        >
      }
    </nav>
  `,
  styles: `
    :host {
      display: block;
    }
    .tabs {
      display: flex;
      flex-wrap: wrap;
      gap: 0.25rem;
      border-block-end: 1px solid var(--ws-border, #d0d4da);
      margin-block-end: 1rem;
    }
    .tabs a {
      padding: 0.5rem 0.875rem;
      color: inherit;
      text-decoration: none;
      border-block-end: 3px solid transparent;
    }
    .tabs a[aria-current='page'] {
      border-block-end-color: var(--ws-primary, #8a1538);
      font-weight: 600;
    }
  `,
})
export class TabNav {
  readonly tabs = input.required<readonly NavTab[]>();
  /** The key of the chosen tab. */
  readonly current = input.required<string>();
  readonly ariaLabel = input.required<string>();
  /** Each tab's test id is this prefix followed by the tab's key. */
  readonly testIdPrefix = input.required<string>();
  /** 'merge' keeps the page's other query parameters (filters) when switching tabs. */
  readonly queryParamsHandling = input<QueryParamsHandling | null>(null);
}
