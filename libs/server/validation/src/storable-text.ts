/** Postgres stores neither NUL nor a UTF-16 surrogate without its pair, in text or in jsonb. */
const NUL = '\0';
const UNPAIRED_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;
const UNPAIRED_SURROGATES = new RegExp(UNPAIRED_SURROGATE.source, 'g');

export function isStorableText(text: string): boolean {
  return !text.includes(NUL) && !UNPAIRED_SURROGATE.test(text);
}

/** The text with NUL and unpaired surrogates replaced by U+FFFD. */
export function storableText(text: string): string {
  return text.replaceAll(NUL, '\ufffd').replace(UNPAIRED_SURROGATES, '\ufffd');
}
