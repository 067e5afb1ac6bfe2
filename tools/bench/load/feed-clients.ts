import { FeedBatch } from '../ingest/feed';
import { sleep } from '../ingest/processes';
import { Recorder, timed } from './load-recorder';

/** What the feed clients were told in their 202s. */
export interface FeedTotals {
  accepted: number;
  duplicates: number;
  rejected: number;
  batches: number;
  /** Clients that stopped because the generated feed ran out before the deadline. */
  ranOut: number;
}

/** The feed's batches by agency, handed out in order; a client whose agency is done takes the agency with most left. */
export class BatchSource {
  private readonly byAgency = new Map<string, FeedBatch[]>();

  constructor(feed: readonly FeedBatch[]) {
    for (const batch of feed) this.byAgency.set(batch.agency, [...(this.byAgency.get(batch.agency) ?? []), batch]);
  }

  /** Agencies by how many batches they have, most first: clients are spread in that proportion. */
  agencyFor(client: number, clients: number): string {
    const agencies = [...this.byAgency.entries()].sort((a, b) => b[1].length - a[1].length);
    const total = agencies.reduce((sum, [, batches]) => sum + batches.length, 0);
    let point = ((client + 0.5) / clients) * total;
    for (const [agency, batches] of agencies) {
      point -= batches.length;
      if (point <= 0) return agency;
    }
    return agencies[0]?.[0] ?? '';
  }

  next(agency: string): FeedBatch | undefined {
    const own = this.byAgency.get(agency);
    if (own && own.length > 0) return own.shift();
    const fullest = [...this.byAgency.values()].sort((a, b) => b.length - a.length)[0];
    return fullest?.shift();
  }
}

export interface FeedClientsOptions {
  base: string;
  keys: ReadonlyMap<string, string>;
  source: BatchSource;
  clients: number;
  thinkMs: number;
  deadline: number;
}

/**
 * `clients` agency systems POSTing batches until the deadline, each with its agency's feed key,
 * pausing `thinkMs` between requests. A 429 or 503 is retried after its Retry-After, as the
 * contract asks; anything else is a failure and the batch is not sent again.
 */
export async function runFeedClients(options: FeedClientsOptions, recorder: Recorder): Promise<FeedTotals> {
  const { source } = options;
  const totals: FeedTotals = { accepted: 0, duplicates: 0, rejected: 0, batches: 0, ranOut: 0 };
  const client = async (index: number): Promise<void> => {
    const agency = source.agencyFor(index, options.clients);
    await sleep(Math.random() * options.thinkMs);
    for (let batch = source.next(agency); performance.now() < options.deadline; batch = source.next(agency)) {
      if (!batch) {
        totals.ranOut += 1;
        return;
      }
      const headers = { authorization: `Bearer ${options.keys.get(batch.agency)}`, 'content-type': 'application/json' };
      for (;;) {
        const outcome = await timed(`${options.base}/api/v1/events`, { method: 'POST', headers, body: batch.body });
        recorder.record(outcome, 202);
        if (outcome.status === 202) {
          const answer = JSON.parse(outcome.body) as { accepted: number; duplicates: number; rejected: unknown[] };
          totals.accepted += answer.accepted;
          totals.duplicates += answer.duplicates;
          totals.rejected += answer.rejected.length;
          totals.batches += 1;
          break;
        }
        const retryAfter = Number(outcome.retryAfter);
        const backOff = (outcome.status === 429 || outcome.status === 503) && Number.isFinite(retryAfter);
        if (!backOff || performance.now() + retryAfter * 1000 > options.deadline) break;
        await sleep(retryAfter * 1000);
      }
      await sleep(options.thinkMs);
    }
  };
  await Promise.all(Array.from({ length: options.clients }, (_, index) => client(index)));
  return totals;
}
