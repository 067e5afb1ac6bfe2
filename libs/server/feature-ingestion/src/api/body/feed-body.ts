import { PayloadTooLargeException, UnsupportedMediaTypeException } from '@nestjs/common';
import type { Request } from 'express';
import { FeedItem } from './feed-items';
import { parseCsvBody } from './parse-csv-body';
import { parseJsonBody } from './parse-json-body';
import { parseNdjsonBody } from './parse-ndjson-body';
import { checkDeclaredLength, MAX_BODY_BYTES, readBody } from './read-body';
import { utf8Text } from './utf8-text';

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

function charsetOf(request: Request): string | undefined {
  return /;\s*charset\s*=\s*"?([^";\s]*)/i.exec(request.headers['content-type'] ?? '')?.[1];
}

function unsupported(rule: string, message: string): UnsupportedMediaTypeException {
  return new UnsupportedMediaTypeException({
    message,
    errors: [{ field: 'Content-Type', rule, message }],
  });
}

/** Before any byte of the body is read: a type we can parse, in UTF-8, and a declared length within the limit. */
export function checkFeedRequest(request: Request): void {
  const type = mediaTypeOf(request);
  if (!PARSERS[type]) {
    throw unsupported(
      'media-type',
      `Content-Type "${type.slice(0, 100) || '(none)'}" is not accepted; send ${FEED_MEDIA_TYPES.join(', ')} (UTF-8).`,
    );
  }
  const charset = charsetOf(request);
  if (charset !== undefined && !/^utf-?8$/i.test(charset)) {
    throw unsupported(
      'charset',
      `charset "${charset.slice(0, 40)}" is not accepted; send UTF-8 (charset=utf-8, or no charset).`,
    );
  }
  checkDeclaredLength(request);
}

/**
 * Reads (at most 10 MB, given up after `idleMs` without a byte) and parses the body of
 * `POST /events` into items, at most 10,000.
 */
export async function readFeedBody(request: Request, idleMs: number): Promise<FeedItem[]> {
  checkFeedRequest(request);
  const parse = PARSERS[mediaTypeOf(request)] as (text: string) => FeedItem[];
  const items = parse(utf8Text(await readBody(request, MAX_BODY_BYTES, idleMs)));
  if (items.length > MAX_EVENTS_PER_REQUEST) {
    const message = `At most ${MAX_EVENTS_PER_REQUEST} events per request (this one has ${items.length}); split the batch.`;
    throw new PayloadTooLargeException({
      message,
      errors: [{ field: 'body', rule: 'max-events', message }],
    });
  }
  return items;
}
