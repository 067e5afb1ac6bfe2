import { ConfigError } from './parsers';
import { Config, VARIABLES, VariableName } from './variables';

type Environment = Record<string, string | undefined>;

/**
 * Reads and validates the named variables once. Every problem is reported at the same time,
 * each naming its variable, so a misconfigured process stops at boot with an actionable message.
 */
export function loadConfig<N extends VariableName>(
  names: readonly N[],
  env: Environment = process.env,
): Config<N> {
  const problems: string[] = [];
  const values: Partial<Record<N, unknown>> = {};
  for (const name of names) {
    const spec = VARIABLES[name];
    const raw = env[name] ?? spec.defaultValue;
    if (raw === undefined) {
      problems.push(`${name} is required: ${spec.description}`);
      continue;
    }
    try {
      values[name] = spec.parse(raw);
    } catch (error) {
      problems.push(`${name} ${(error as Error).message}`);
    }
  }
  if (problems.length > 0) throw new ConfigError(problems);
  return values as Config<N>;
}

export const API_VARIABLES = [
  'DATABASE_URL',
  'REDIS_URL',
  'PORT',
  'HOST',
  'DASHBOARD_DIR',
  'BULLMQ_PREFIX',
  'FEED_RATE_LIMIT_REQUESTS',
  'FEED_BODY_IDLE_TIMEOUT_MS',
  'FEED_APPLY_DELAY_MS',
  'SESSION_IDLE_MINUTES',
  'SESSION_LIFETIME_HOURS',
  'CHROMIUM_PATH',
  'REPORT_RENDER_CONCURRENCY',
] as const satisfies readonly VariableName[];

export const WORKER_VARIABLES = [
  'DATABASE_URL',
  'REDIS_URL',
  'BULLMQ_PREFIX',
  'WORKER_CONCURRENCY',
  'RECOVERY_INTERVAL_SECONDS',
  'FEED_APPLY_DELAY_MS',
] as const satisfies readonly VariableName[];

export type ApiConfig = Config<(typeof API_VARIABLES)[number]>;
export type WorkerConfig = Config<(typeof WORKER_VARIABLES)[number]>;
