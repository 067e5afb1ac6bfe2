export * from './lib/case.routes';
