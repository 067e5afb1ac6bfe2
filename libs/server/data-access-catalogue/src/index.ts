export * from './agencies';
export * from './agency-change';
export * from './calendars';
export * from './calendar-holidays';
export * from './services';
export * from './kpis';
export * from './maturity';
export * from './users';
export { codeTaken, notFound, stillReferenced } from './catalogue-errors';
