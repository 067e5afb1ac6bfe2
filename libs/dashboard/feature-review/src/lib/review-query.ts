import type { ParamMap } from '@angular/router';
import type { BreachReviewCategory, BreachReviewSort } from '@ws/contracts';
import { BREACH_REVIEW_CATEGORIES, BREACH_REVIEW_SORTS } from '@ws/contracts';
import type { NavTab } from '@ws/dashboard-ui-kit';
import type { SortState } from '@ws/dashboard-ui-table';

/** The review page's state, all of it in the URL so a view can be shared as a link. */
export interface ReviewQuery {
  agency: string | null;
  service: string | null;
  status: BreachReviewCategory;
  sort: BreachReviewSort;
  page: number;
  /** Window of recent breaches (local dates); null: the API's default, the last 30 days. */
  from: string | null;
  to: string | null;
}

const LOCAL_DATE = /^\d{4}-\d{2}-\d{2}$/;

function localDate(value: string | null): string | null {
  return value !== null && LOCAL_DATE.test(value) ? value : null;
}

export const DEFAULT_SORT: Record<BreachReviewCategory, BreachReviewSort> = {
  open_breach: 'breachedAt',
  at_risk: 'dueAt',
  recent_breach: '-breachedAt',
};

function oneOf<T extends string>(value: string | null, allowed: readonly T[]): T | null {
  return value !== null && (allowed as readonly string[]).includes(value) ? (value as T) : null;
}

export function reviewQueryFrom(params: ParamMap): ReviewQuery {
  const status = oneOf(params.get('status'), BREACH_REVIEW_CATEGORIES) ?? 'open_breach';
  const page = Number(params.get('page'));
  return {
    agency: params.get('agency') || null,
    service: params.get('service') || null,
    status,
    sort: oneOf(params.get('sort'), BREACH_REVIEW_SORTS) ?? DEFAULT_SORT[status],
    page: Number.isInteger(page) && page > 0 ? page : 1,
    from: localDate(params.get('from')),
    to: localDate(params.get('to')),
  };
}

/** `-dueAt` <-> `{ key: 'dueAt', direction: 'desc' }`. */
export function sortStateOf(sort: BreachReviewSort): SortState {
  return sort.startsWith('-')
    ? { key: sort.slice(1), direction: 'desc' }
    : { key: sort, direction: 'asc' };
}

export function apiSortOf(state: SortState): BreachReviewSort | null {
  const sort = `${state.direction === 'desc' ? '-' : ''}${state.key}`;
  return oneOf(sort, BREACH_REVIEW_SORTS);
}

/** The tabs of the review lists: each opens its category on the first page, in its default order. */
export function categoryTabs(names: Record<BreachReviewCategory, string>): NavTab[] {
  return BREACH_REVIEW_CATEGORIES.map((category) => ({
    key: category,
    label: names[category],
    queryParams: { status: category, sort: null, page: null },
  }));
}
