/** Languages the figures are written in. */
export type FormatLang = 'ar' | 'en';

/**
 * Digits figures are written with: Western (0-9, `latn`) or Arabic-Indic (٠-٩, `arab`).
 * Independent of the language: an Arabic reader may prefer either.
 */
export type Digits = 'latn' | 'arab';
export const DIGITS: readonly Digits[] = ['latn', 'arab'];

/** What every formatter needs to know: the language and the digits. */
export interface FormatSettings {
  lang: FormatLang;
  digits: Digits;
}

export const DEFAULT_FORMAT_SETTINGS: FormatSettings = { lang: 'ar', digits: 'latn' };

export function isDigits(value: unknown): value is Digits {
  return typeof value === 'string' && (DIGITS as readonly string[]).includes(value);
}

/** BCP 47 locale for Intl: Qatari Arabic or British English, with the numbering system asked for. */
export function localeOf(settings: FormatSettings): string {
  const base = settings.lang === 'ar' ? 'ar-QA' : 'en-GB';
  return `${base}-u-nu-${settings.digits}`;
}

/** Text shown in place of a figure that does not exist (no value, not a number). */
export const NO_VALUE = '—';
