export { ConfigError } from './parsers';
export { VARIABLES } from './variables';
export type { Config, VariableName } from './variables';
export { loadConfig, API_VARIABLES, WORKER_VARIABLES } from './load-config';
export type { ApiConfig, WorkerConfig } from './load-config';
