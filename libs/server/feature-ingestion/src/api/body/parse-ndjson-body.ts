import { duplicateKeys } from './duplicate-keys';
import { eventItem, FeedItem, parseJsonAt, unreadableBody } from './feed-items';

const SHOWN_PROBLEMS = 3;

/**
 * `application/x-ndjson`: one event per line; blank lines are skipped. A line that is not JSON is
 * a rejected event at its index (the other lines still count); only a body with no readable line
 * at all is a whole-request 400.
 */
export function parseNdjsonBody(text: string): FeedItem[] {
  const items: FeedItem[] = [];
  const problems: string[] = [];
  text.split('\n').forEach((rawLine, lineIndex) => {
    const line = rawLine.endsWith('\r') ? rawLine.slice(0, -1) : rawLine;
    if (line.trim() === '') return;
    const parsed = parseJsonAt(line);
    if (parsed.ok) {
      items.push(eventItem(parsed.value, duplicateKeys(line, false).get(0)));
      return;
    }
    const message = `line ${lineIndex + 1} is not valid JSON: ${parsed.message.replace(/ at line 1, column /, ' at column ')}`;
    problems.push(message);
    items.push({ unparseable: { field: '', rule: 'json', message }, raw: line });
  });
  if (items.length === 0) throw unreadableBody('ndjson', 'The body holds no events: send one JSON object per line.');
  if (problems.length === items.length) {
    const shown = problems.slice(0, SHOWN_PROBLEMS).join('; ');
    throw unreadableBody('ndjson', `No line of the body is valid JSON (${shown}${problems.length > SHOWN_PROBLEMS ? '; ...' : ''}).`);
  }
  return items;
}
