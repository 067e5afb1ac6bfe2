export * from './lib/status-badge';
export * from './lib/figure-basis';
export * from './lib/view-toggle';
export * from './lib/trend-panel';
export * from './lib/table-card';
export * from './lib/tab-nav';
export * from './lib/adherence-trend';
export * from './lib/card-styles';
