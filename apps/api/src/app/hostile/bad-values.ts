export const ONE_MB = 'x'.repeat(1024 * 1024);

/** Values of the wrong type or shape for a field that takes text, each tried in every field. */
export const WRONG_TYPES: readonly [string, unknown][] = [
  ['null', null],
  ['a number', 42],
  ['true', true],
  ['an array', ['x']],
  ['an object', { a: 'x' }],
  ['an empty string', ''],
  ['a 1 MB string', ONE_MB],
];

/** Strings Postgres can store neither in text nor in jsonb. */
export const UNSTORABLE_STRINGS: readonly [string, string][] = [
  ['a string with NUL', 'a\u0000b'],
  ['a string with an unpaired surrogate', 'a\ud800b'],
];
