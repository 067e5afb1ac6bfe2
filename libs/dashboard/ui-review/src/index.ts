export * from './lib/acknowledge-form';
export * from './lib/review-labels';
