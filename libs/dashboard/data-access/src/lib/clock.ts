import { InjectionToken } from '@angular/core';

/** Current time, injectable so pages can be tested on a fixed clock. */
export const CLOCK = new InjectionToken<() => Date>('CLOCK', {
  providedIn: 'root',
  factory: () => () => new Date(),
});
