import { isUtf8 } from 'node:buffer';
import { unreadableBody, withoutByteOrderMark } from './feed-items';

/** Length of a well-formed UTF-8 sequence starting at `at` (RFC 3629: no overlongs, no surrogates), or 0. */
function sequenceLength(bytes: Buffer, at: number): number {
  const lead = bytes[at] as number;
  if (lead < 0x80) return 1;
  const [length, min, max] = lead >= 0xc2 && lead <= 0xdf ? [2, 0x80, 0xbf] : lead === 0xe0 ? [3, 0xa0, 0xbf] : lead === 0xed ? [3, 0x80, 0x9f]
    : lead >= 0xe1 && lead <= 0xef ? [3, 0x80, 0xbf] : lead === 0xf0 ? [4, 0x90, 0xbf] : lead === 0xf4 ? [4, 0x80, 0x8f] : lead > 0xf0 && lead < 0xf4 ? [4, 0x80, 0xbf] : [0, 0, 0];
  if (length === 0) return 0;
  const second = bytes[at + 1] ?? -1;
  if (second < min || second > max) return 0;
  for (let next = at + 2; next < at + length; next += 1) {
    const byte = bytes[next] ?? -1;
    if (byte < 0x80 || byte > 0xbf) return 0;
  }
  return length;
}

function firstInvalidByte(bytes: Buffer): number {
  let at = 0;
  while (at < bytes.length) {
    const length = sequenceLength(bytes, at);
    if (length === 0) return at;
    at += length;
  }
  return at;
}

/** The body as text: UTF-8 only (a leading byte-order mark is dropped); anything else is a 400 saying where. */
export function utf8Text(bytes: Buffer): string {
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    throw unreadableBody('utf-8', 'The body is UTF-16 (it starts with a UTF-16 byte-order mark); send UTF-8.');
  }
  if (!isUtf8(bytes)) {
    throw unreadableBody('utf-8', `The body is not valid UTF-8: the byte at offset ${firstInvalidByte(bytes)} does not belong to a UTF-8 character; send UTF-8.`);
  }
  return withoutByteOrderMark(bytes.toString('utf8'));
}
