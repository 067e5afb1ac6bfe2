export * from './lib/format-settings';
export * from './lib/format-number';
export * from './lib/format-date';
export * from './lib/format-duration';
export * from './lib/qatar-dates';
