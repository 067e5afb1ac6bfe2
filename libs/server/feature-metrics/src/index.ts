export { MetricsModule } from './metrics.module';
export { parseDateRange } from './date-range';
