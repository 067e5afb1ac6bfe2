export * from './lib/tracking.routes';
