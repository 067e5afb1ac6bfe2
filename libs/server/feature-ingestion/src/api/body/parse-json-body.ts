import { duplicateKeys } from './duplicate-keys';
import { eventItem, FeedItem, parseJsonAt, unreadableBody } from './feed-items';

/** `application/json`: an array of events. */
export function parseJsonBody(text: string): FeedItem[] {
  const parsed = parseJsonAt(text);
  if (!parsed.ok) throw unreadableBody('json', `The body is not valid JSON: ${parsed.message}.`);
  if (!Array.isArray(parsed.value)) {
    throw unreadableBody('json-array', 'The body must be a JSON array of events.');
  }
  const duplicates = duplicateKeys(text, true);
  return parsed.value.map((event: unknown, index) => eventItem(event, duplicates.get(index)));
}
