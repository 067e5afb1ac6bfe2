/** An open object (with the keys seen so far and the current key) or array while scanning. */
interface Frame {
  keys: Set<string> | null;
  key: string;
  expectKey: boolean;
  path: string;
}

const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const OPEN_OBJECT = 0x7b;
const CLOSE_OBJECT = 0x7d;
const OPEN_ARRAY = 0x5b;
const CLOSE_ARRAY = 0x5d;
const COMMA = 0x2c;

/** Index of the quote that closes the string whose opening quote is at `open`. */
function closingQuote(text: string, open: number): number {
  let at = text.indexOf('"', open + 1);
  for (;;) {
    let slashes = 0;
    while (text.charCodeAt(at - 1 - slashes) === BACKSLASH) slashes += 1;
    if (slashes % 2 === 0) return at;
    at = text.indexOf('"', at + 1);
  }
}

const childPath = (frame: Frame | undefined): string => {
  if (!frame) return '';
  if (!frame.keys) return frame.path;
  return frame.path ? `${frame.path}.${frame.key}` : frame.key;
};

/**
 * Keys an object of a (valid) JSON text names twice, which `JSON.parse` would silently resolve to
 * the last one: for each element of the top-level array (`inArray`), or for the whole text as
 * element 0, the path of its first repeated key.
 */
export function duplicateKeys(text: string, inArray: boolean): Map<number, string> {
  const found = new Map<number, string>();
  const stack: Frame[] = [];
  let element = 0;
  for (let at = 0; at < text.length; at += 1) {
    const code = text.charCodeAt(at);
    if (code === QUOTE) {
      const close = closingQuote(text, at);
      const top = stack[stack.length - 1];
      if (top?.keys && top.expectKey) {
        const raw = text.slice(at + 1, close);
        const key = raw.includes('\\') ? (JSON.parse(text.slice(at, close + 1)) as string) : raw;
        if (top.keys.has(key) && !found.has(element)) found.set(element, top.path ? `${top.path}.${key}` : key);
        top.keys.add(key);
        top.key = key;
        top.expectKey = false;
      }
      at = close;
    } else if (code === OPEN_OBJECT || code === OPEN_ARRAY) {
      const isObject = code === OPEN_OBJECT;
      stack.push({ keys: isObject ? new Set() : null, key: '', expectKey: isObject, path: childPath(stack[stack.length - 1]) });
    } else if (code === CLOSE_OBJECT || code === CLOSE_ARRAY) {
      stack.pop();
    } else if (code === COMMA && stack.length > 0) {
      const top = stack[stack.length - 1];
      if (top.keys) top.expectKey = true;
      else if (inArray && stack.length === 1) element += 1;
    }
  }
  return found;
}
