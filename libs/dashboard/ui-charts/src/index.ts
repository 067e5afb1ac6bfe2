export * from './lib/provide-charts';
export * from './lib/chart/chart';
export * from './lib/trend/build-trend-options';
export * from './lib/sparkline/build-sparkline-options';
export * from './lib/heatmap/build-heatmap-options';
export * from './lib/radar/build-radar-options';
export * from './lib/timeline/build-case-timeline-options';
export * from './lib/timeline/timeline-segments';
