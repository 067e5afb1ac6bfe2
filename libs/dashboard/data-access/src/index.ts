export * from './lib/api-base-url';
export * from './lib/date-range';
export * from './lib/metrics-api';
export * from './lib/i18n/dictionary';
export * from './lib/i18n/i18n';
