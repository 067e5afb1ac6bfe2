import { parseArgs } from 'node:util';

export interface LoadOptions {
  durationSeconds: number;
  feedClients: number;
  readers: number;
  /** Events per POST. */
  batch: number;
  /** Pause of each client between two requests (feed clients and readers alike). */
  thinkMs: number;
  /** Events generated before the clock starts: feed clients stop early when they run out. */
  maxEvents: number;
  workers: number;
  /** FEED_RATE_LIMIT_REQUESTS of the API (its default: the production default, 600 a minute). */
  rateLimit: number;
  /** How long the workers may take to apply everything accepted once the clients stop. */
  drainTimeoutSeconds: number;
  /** The unloaded baseline before the load: one feed client and one reader (0: none). */
  baselineSeconds: number;
}

export const LOAD_USAGE =
  'npm run bench:load -- [--duration 300] [--feed-clients 500] [--readers 50] [--batch 20] [--think-ms 5000] [--max-events 800000] [--workers 1] [--rate-limit 600] [--drain-timeout 900] [--baseline 20]';

export function loadOptions(argv: readonly string[]): LoadOptions {
  const { values } = parseArgs({
    args: [...argv],
    options: {
      duration: { type: 'string', default: '300' },
      'feed-clients': { type: 'string', default: '500' },
      readers: { type: 'string', default: '50' },
      batch: { type: 'string', default: '20' },
      'think-ms': { type: 'string', default: '5000' },
      'max-events': { type: 'string', default: '800000' },
      workers: { type: 'string', default: '1' },
      'rate-limit': { type: 'string', default: '600' },
      'drain-timeout': { type: 'string', default: '900' },
      baseline: { type: 'string', default: '20' },
    },
  });
  const whole = (name: string, min: number, max: number): number => {
    const raw = values[name as keyof typeof values];
    const value = Number(raw);
    if (!Number.isInteger(value) || value < min || value > max) throw new Error(`--${name} must be a whole number from ${min} to ${max}, got ${String(raw)}. Usage: ${LOAD_USAGE}`);
    return value;
  };
  return {
    durationSeconds: whole('duration', 1, 3600),
    feedClients: whole('feed-clients', 0, 5000),
    readers: whole('readers', 0, 1000),
    batch: whole('batch', 1, 10_000),
    thinkMs: whole('think-ms', 0, 60_000),
    maxEvents: whole('max-events', 1, 5_000_000),
    workers: whole('workers', 1, 8),
    rateLimit: whole('rate-limit', 1, 1_000_000),
    drainTimeoutSeconds: whole('drain-timeout', 10, 7200),
    baselineSeconds: whole('baseline', 0, 600),
  };
}
