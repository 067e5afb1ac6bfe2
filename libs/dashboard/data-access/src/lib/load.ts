import type { Signal } from '@angular/core';
import { toObservable, toSignal } from '@angular/core/rxjs-interop';
import type { Observable } from 'rxjs';
import { catchError, map, of, startWith, switchMap } from 'rxjs';

/** A request's state for a page: loading, failed, or its data. */
export type Load<T> =
  | { status: 'loading' }
  | { status: 'error' }
  | { status: 'ok'; data: T };

/** Wraps a request: `loading` first, then `ok` with the data or `error` (never throws). */
export function toLoad<T>(request: Observable<T>): Observable<Load<T>> {
  return request.pipe(
    map((data): Load<T> => ({ status: 'ok', data })),
    catchError(() => of<Load<T>>({ status: 'error' })),
    startWith<Load<T>>({ status: 'loading' }),
  );
}

/** The data of a loaded request, else null. */
export function loaded<T>(load: Load<T>): T | null {
  return load.status === 'ok' ? load.data : null;
}

/**
 * A request that runs again whenever `source` changes (filters, a retry counter), as a signal of
 * its state. Call in an injection context (a field initialiser of a component).
 */
export function loadOnChange<S, T>(
  source: Signal<S>,
  request: (value: S) => Observable<T>,
): Signal<Load<T>> {
  return toSignal(toObservable(source).pipe(switchMap((value) => toLoad(request(value)))), {
    initialValue: { status: 'loading' } as Load<T>,
  });
}

/** `empty` when the loaded data holds nothing to show, else the load's own status. */
export function loadStatus<T>(
  load: Load<T>,
  isEmpty: (data: T) => boolean,
): 'loading' | 'error' | 'empty' | 'ok' {
  if (load.status !== 'ok') return load.status;
  return isEmpty(load.data) ? 'empty' : 'ok';
}
