export * from './lib/open-data.routes';
