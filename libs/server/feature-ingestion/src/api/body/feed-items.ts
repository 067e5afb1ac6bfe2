import { BadRequestException } from '@nestjs/common';
import { FieldError } from '@ws/contracts';

/**
 * One entry of a request body, at its index: an event to validate, or a part refused before
 * validation (a line that is not JSON, a CSV row of the wrong width, an object naming a key twice)
 * with what was sent.
 */
export type FeedItem = { readonly event: unknown } | { readonly unparseable: FieldError; readonly raw: unknown };

/** An event as read, unless it names a key twice (JSON.parse would have kept only the last value). */
export function eventItem(event: unknown, duplicateKey: string | undefined): FeedItem {
  if (duplicateKey === undefined) return { event };
  const message = `${duplicateKey} is given twice in the event; send each field once`;
  return { unparseable: { field: duplicateKey, rule: 'duplicate-key', message }, raw: event };
}

/** A whole-request 400: nothing of the body could be used. */
export function unreadableBody(rule: string, message: string): BadRequestException {
  return new BadRequestException({ message, errors: [{ field: 'body', rule, message }] });
}

/** 1-based line and column of a character offset. */
export function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, Math.max(0, Math.min(offset, text.length)));
  const lastBreak = before.lastIndexOf('\n');
  return { line: before.split('\n').length, column: offset - lastBreak };
}

/** A prefix of a JSON text is viable when it parses or fails only for lack of what follows. */
function isViablePrefix(prefix: string): boolean {
  try {
    JSON.parse(prefix);
    return true;
  } catch (error) {
    const message = (error as Error).message;
    const position = /at position (\d+)/.exec(message)?.[1];
    return /Unexpected end/.test(message) || (position !== undefined && Number(position) >= prefix.length);
  }
}

/** Where V8's parse error is; for an unexpected token it names none, so find the shortest invalid prefix. */
function errorOffset(text: string, message: string): number {
  const position = /at position (\d+)/.exec(message)?.[1];
  if (position !== undefined) return Number(position);
  if (/Unexpected end/.test(message)) return text.length;
  let viable = 0;
  let invalid = text.length;
  while (invalid - viable > 1) {
    const middle = Math.floor((viable + invalid) / 2);
    if (isViablePrefix(text.slice(0, middle))) viable = middle;
    else invalid = middle;
  }
  return invalid - 1;
}

/** `JSON.parse` with the failure placed at a line and column the sender can find. */
export function parseJsonAt(text: string): { ok: true; value: unknown } | { ok: false; message: string } {
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch (error) {
    const message = (error as Error).message;
    const { line, column } = lineAndColumn(text, errorOffset(text, message));
    const reason = message
      .replace(/, ".*" is not valid JSON$/s, '')
      .replace(/ in JSON at position \d+.*$/s, '')
      .replace(/ of JSON input$/, ' of the input');
    return { ok: false, message: `${reason} at line ${line}, column ${column}` };
  }
}

export function withoutByteOrderMark(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}
