import type { Channel, MetricsInterval } from '@ws/contracts';
import { CHANNELS } from '@ws/contracts';
import { isIsoDate, monthStart } from '@ws/dashboard-util-format';

export const INTERVALS: readonly MetricsInterval[] = ['day', 'week', 'month', 'quarter', 'year'];
const CODE = /^[A-Z0-9][A-Z0-9_-]{0,63}$/;

/** Everything the tracking page shows is chosen by these URL query parameters. */
export interface TrackingFilter {
  from: string;
  to: string;
  interval: MetricsInterval;
  agency?: string;
  service?: string;
  channel?: Channel;
}

type Params = Record<string, string | null | undefined>;

const code = (value: string | null | undefined) => (value && CODE.test(value) ? value : undefined);

/**
 * The filter a URL asks for; what is missing or malformed falls back to the default (the last
 * twelve months by month, national). A service without its entity is dropped (the drill-down
 * goes national -> entity -> service), and a reversed range is put in order.
 */
export function filterFromParams(params: Params, today: string): TrackingFilter {
  const to = isIsoDate(params['to']) ? (params['to'] as string) : today;
  const from = isIsoDate(params['from']) ? (params['from'] as string) : monthStart(to, -11);
  const interval = INTERVALS.find((i) => i === params['interval']) ?? 'month';
  const agency = code(params['agency']);
  const service = agency ? code(params['service']) : undefined;
  const channel = CHANNELS.find((c) => c === params['channel']);
  const [start, end] = from <= to ? [from, to] : [to, from];
  return {
    from: start,
    to: end,
    interval,
    ...(agency ? { agency } : {}),
    ...(service ? { service } : {}),
    ...(channel ? { channel } : {}),
  };
}

/** Query parameters of a filter: every key present, null to remove it from the URL. */
export function paramsOfFilter(filter: TrackingFilter): Record<string, string | null> {
  return {
    from: filter.from,
    to: filter.to,
    interval: filter.interval,
    agency: filter.agency ?? null,
    service: filter.service ?? null,
    channel: filter.channel ?? null,
  };
}

export function sameFilter(a: TrackingFilter, b: TrackingFilter): boolean {
  return JSON.stringify(paramsOfFilter(a)) === JSON.stringify(paramsOfFilter(b));
}
