import { RejectedEvent } from '@ws/contracts';
import { storableCopy, storableErrors } from '../validation/storable-text';
import { FeedContext, ValidEvent, validateFeedEvent } from '../validation/validate-event';
import { FeedItem } from './body/feed-items';

/** A rejected event with what was sent, for `event_rejection`. */
export interface Rejection extends RejectedEvent {
  /** What was sent, as far as Postgres can store it (see `storableCopy`). */
  readonly raw: unknown;
}

export interface SortedBatch {
  readonly rejected: Rejection[];
  /** The first copy of each eventId in the request: the ones offered for insertion. */
  readonly firsts: ValidEvent[];
  /** Later copies of an eventId already in the request: duplicates, or conflicts when they differ. */
  readonly repeats: ValidEvent[];
}

/** Validates every item of a request, keeping its index, and separates repeated eventIds. */
export function sortBatch(items: readonly FeedItem[], context: FeedContext): SortedBatch {
  const rejected: Rejection[] = [];
  const firsts = new Map<string, ValidEvent>();
  const repeats: ValidEvent[] = [];
  items.forEach((item, index) => {
    if ('unparseable' in item) {
      rejected.push({ index, eventId: null, errors: storableErrors([item.unparseable]), raw: storableCopy(item.raw) });
      return;
    }
    const result = validateFeedEvent(item.event, context);
    if (!result.ok) rejected.push({ index, eventId: result.eventId, errors: storableErrors(result.errors), raw: storableCopy(item.event) });
    else if (firsts.has(result.event.eventId)) repeats.push(result.event);
    else firsts.set(result.event.eventId, result.event);
  });
  return { rejected, firsts: [...firsts.values()], repeats };
}
