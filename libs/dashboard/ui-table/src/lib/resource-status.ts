import type { Resource } from '@angular/core';
import type { LoadStatus } from './load-state';

/** The rows of a list resource: none while loading or after an error. */
export function rowsOf<T>(resource: Resource<readonly T[] | undefined>): readonly T[] {
  return resource.hasValue() ? (resource.value() ?? []) : [];
}

/** Loading, error, empty or ok, for `<ws-load-state>`, of a list resource. */
export function listStatus<T>(resource: Resource<readonly T[] | undefined>): LoadStatus {
  if (resource.status() === 'error') {
    return 'error';
  }
  if (!resource.hasValue()) {
    return 'loading';
  }
  return rowsOf(resource).length === 0 ? 'empty' : 'ok';
}
