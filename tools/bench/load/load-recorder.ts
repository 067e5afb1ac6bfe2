/** One answer (or failure to answer) as a client saw it. */
export interface Outcome {
  status: number | 'network';
  latencyMs: number;
  retryAfter: string | null;
  detail?: string;
}

export interface LatencySummary {
  requests: number;
  p50: number;
  p95: number;
  p99: number;
  max: number;
}

/** Only these are acceptable under load: the client is told when to come back. */
const BACK_OFF = [429, 503];

function summarise(latencies: readonly number[], requests: number): LatencySummary {
  const sorted = [...latencies].sort((a, b) => a - b);
  const rank = (p: number) => Math.round(sorted[Math.max(0, Math.ceil(p * sorted.length) - 1)] ?? 0);
  return { requests, p50: rank(0.5), p95: rank(0.95), p99: rank(0.99), max: Math.round(sorted[sorted.length - 1] ?? 0) };
}

/**
 * Latencies and error classes of one kind of request (writes or reads). The percentiles are of the
 * answers with the expected status (a 429 answers at once and would only flatter them), in all
 * and by label (the read path).
 */
export class Recorder {
  private readonly latencies: number[] = [];
  private readonly byLabel = new Map<string, number[]>();
  private requests = 0;
  readonly classes = new Map<string, number>();
  failures = 0;

  record(outcome: Outcome, expected: number, label = ''): void {
    this.requests += 1;
    if (outcome.status === expected) {
      this.latencies.push(outcome.latencyMs);
      this.byLabel.set(label, [...(this.byLabel.get(label) ?? []), outcome.latencyMs]);
      return;
    }
    const backOff = typeof outcome.status === 'number' && BACK_OFF.includes(outcome.status) && outcome.retryAfter !== null;
    const name = backOff ? `${outcome.status} with Retry-After` : `FAILURE ${outcome.status}${outcome.detail ? `: ${outcome.detail.slice(0, 120)}` : ''}`;
    if (!backOff) this.failures += 1;
    this.classes.set(name, (this.classes.get(name) ?? 0) + 1);
  }

  /** `requests`: every request sent, retries included; the percentiles: the expected answers'. */
  summary(): LatencySummary {
    return summarise(this.latencies, this.requests);
  }

  /** Per label: the expected answers' count and percentiles. */
  summaryByLabel(): Record<string, LatencySummary> {
    return Object.fromEntries([...this.byLabel.entries()].map(([label, latencies]) => [label, summarise(latencies, latencies.length)]));
  }
}

/** A request timed from the first byte sent to the whole body read. */
export async function timed(url: string, init: RequestInit): Promise<Outcome & { body: string }> {
  const started = performance.now();
  try {
    const response = await fetch(url, init);
    const body = await response.text();
    return { status: response.status, latencyMs: performance.now() - started, retryAfter: response.headers.get('retry-after'), body, detail: response.ok ? undefined : body };
  } catch (error) {
    return { status: 'network', latencyMs: performance.now() - started, retryAfter: null, body: '', detail: String((error as Error).cause ?? error) };
  }
}
