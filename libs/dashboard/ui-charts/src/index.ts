export * from './lib/provide-charts';
export * from './lib/daily-bar/build-daily-bar-options';
export * from './lib/daily-bar/daily-bar-chart';
