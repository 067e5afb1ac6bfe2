import { ConfigError, parseInteger, parseRedisUrl, parsePostgresUrl, parseName } from './parsers';

export interface VariableSpec<T> {
  description: string;
  /** Used when the variable is unset; a variable without one is required. */
  defaultValue?: string;
  parse(raw: string): T;
}

function variable<T>(spec: VariableSpec<T>): VariableSpec<T> {
  return spec;
}

/** Every environment variable the platform reads. The README table mirrors this list. */
export const VARIABLES = {
  DATABASE_URL: variable({
    description: 'PostgreSQL connection URL (postgres://user:pass@host:port/db).',
    parse: parsePostgresUrl,
  }),
  REDIS_URL: variable({
    description: 'Redis connection URL for BullMQ (redis://host:port).',
    parse: parseRedisUrl,
  }),
  PORT: variable({
    description: 'HTTP port of the API (which also serves the dashboard).',
    defaultValue: '3000',
    parse: (raw) => parseInteger(raw, 1, 65535),
  }),
  HOST: variable({
    description:
      'Address the API listens on: 0.0.0.0 for every interface, 127.0.0.1 for loopback only.',
    defaultValue: '0.0.0.0',
    parse: (raw) => {
      if (!/^[A-Za-z0-9.:-]{1,253}$/.test(raw))
        throw new Error(`must be an IP address or host name, got "${raw}"`);
      return raw;
    },
  }),
  DASHBOARD_DIR: variable({
    description: 'Folder of the built dashboard that the API serves at `/`; empty to serve none.',
    defaultValue: '',
    parse: (raw) => raw,
  }),
  BULLMQ_PREFIX: variable({
    description: 'Key prefix of the BullMQ queues in Redis (lets several stacks share one Redis).',
    defaultValue: 'sla',
    parse: parseName,
  }),
  FEED_RATE_LIMIT_REQUESTS: variable({
    description:
      'Requests to POST /api/v1/events one agency may send per minute (all its feed keys together); more get 429.',
    defaultValue: '600',
    parse: (raw) => parseInteger(raw, 1, 1_000_000),
  }),
  FEED_BODY_IDLE_TIMEOUT_MS: variable({
    description:
      'Milliseconds a POST /api/v1/events body may send nothing before it is given up with 408 (rule idle-timeout).',
    defaultValue: '20000',
    parse: (raw) => parseInteger(raw, 1, 600_000),
  }),
  FEED_APPLY_DELAY_MS: variable({
    description:
      'Milliseconds an accepted batch waits in the queue before a worker applies it, so that batches of one agency arriving close together are applied in one transaction (each case folded once); 0 applies at once. Read by the API (the delay) and the workers (a worker whose agency is busy takes another agency\'s batches only once they waited it).',
    defaultValue: '1000',
    parse: (raw) => parseInteger(raw, 0, 60_000),
  }),
  SESSION_IDLE_MINUTES: variable({
    description: 'Minutes without a request after which a dashboard session ends (idle timeout).',
    defaultValue: '30',
    parse: (raw) => parseInteger(raw, 1, 1440),
  }),
  SESSION_LIFETIME_HOURS: variable({
    description:
      'Hours after sign-in at which a dashboard session ends however active it is (absolute lifetime).',
    defaultValue: '12',
    parse: (raw) => parseInteger(raw, 1, 168),
  }),
  CHROMIUM_PATH: variable({
    description:
      'Headless Chromium the API renders the monthly report PDF with; when it cannot start, the PDF route answers 503.',
    defaultValue: '/usr/bin/chromium',
    parse: (raw) => raw,
  }),
  REPORT_RENDER_CONCURRENCY: variable({
    description:
      'Report PDFs one API process renders at the same time; as many more wait, and beyond that 503 with Retry-After.',
    defaultValue: '2',
    parse: (raw) => parseInteger(raw, 1, 8),
  }),
  WORKER_CONCURRENCY: variable({
    description:
      'Batches one worker process applies at the same time (its slots). In all, processes times slots about as many as the cores the workers and Postgres have: docs/scale-out.md.',
    defaultValue: '2',
    parse: (raw) => parseInteger(raw, 1, 64),
  }),
  RECOVERY_INTERVAL_SECONDS: variable({
    description:
      'How often the worker looks in Postgres for accepted batches that no queue job carries.',
    defaultValue: '15',
    parse: (raw) => parseInteger(raw, 1, 3600),
  }),
} as const;

export type VariableName = keyof typeof VARIABLES;
export type ConfigValue<N extends VariableName> = ReturnType<(typeof VARIABLES)[N]['parse']>;
export type Config<N extends VariableName> = { readonly [K in N]: ConfigValue<K> };

export { ConfigError };
