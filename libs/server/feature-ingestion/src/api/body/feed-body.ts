import { PayloadTooLargeException, UnsupportedMediaTypeException } from '@nestjs/common';
import type { Request } from 'express';
import { FeedItem, withoutByteOrderMark } from './feed-items';
import { parseCsvBody } from './parse-csv-body';
import { parseJsonBody } from './parse-json-body';
import { parseNdjsonBody } from './parse-ndjson-body';
import { checkDeclaredLength, readBody } from './read-body';

export const MAX_EVENTS_PER_REQUEST = 10_000;

const PARSERS: Readonly<Record<string, (text: string) => FeedItem[]>> = {
  'application/json': parseJsonBody,
  'application/x-ndjson': parseNdjsonBody,
  'text/csv': parseCsvBody,
};

export const FEED_MEDIA_TYPES = Object.keys(PARSERS);

function mediaTypeOf(request: Request): string {
  return (request.headers['content-type'] ?? '').split(';')[0]?.trim().toLowerCase() ?? '';
}

/** Before any byte of the body is read: a type we can parse and a declared length within the limit. */
export function checkFeedRequest(request: Request): void {
  const type = mediaTypeOf(request);
  if (!PARSERS[type]) {
    throw new UnsupportedMediaTypeException(
      `Content-Type "${type || '(none)'}" is not accepted; send ${FEED_MEDIA_TYPES.join(', ')} (UTF-8).`,
    );
  }
  checkDeclaredLength(request);
}

/** Reads (at most 10 MB) and parses the body of `POST /events` into items, at most 10,000. */
export async function readFeedBody(request: Request): Promise<FeedItem[]> {
  checkFeedRequest(request);
  const parse = PARSERS[mediaTypeOf(request)] as (text: string) => FeedItem[];
  const items = parse(withoutByteOrderMark((await readBody(request)).toString('utf8')));
  if (items.length > MAX_EVENTS_PER_REQUEST) {
    throw new PayloadTooLargeException(`At most ${MAX_EVENTS_PER_REQUEST} events per request (this one has ${items.length}); split the batch.`);
  }
  return items;
}
