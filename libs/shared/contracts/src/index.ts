export * from './errors';
export * from './events';
export * from './metrics';
export * from './read-review';
export * from './read-metrics';
export * from './auth';
export * from './anomalies';
export * from './restatements';
