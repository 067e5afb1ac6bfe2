import type { FormatSettings } from './format-settings';
import { NO_VALUE, localeOf } from './format-settings';

export interface NumberFormatOptions {
  /** Digits after the decimal point (default 0 for counts). */
  fractionDigits?: number;
  /** Compact notation: 12,400 -> "12K" / "12 ألف". */
  compact?: boolean;
}

function finite(value: number | null | undefined): value is number {
  return typeof value === 'number' && Number.isFinite(value);
}

/** A count or measure, grouped for the locale: `12,345` / `12,345` / `١٢٬٣٤٥`. */
export function formatNumber(
  value: number | null | undefined,
  settings: FormatSettings,
  options: NumberFormatOptions = {},
): string {
  if (!finite(value)) {
    return NO_VALUE;
  }
  const fractionDigits = options.fractionDigits ?? 0;
  return new Intl.NumberFormat(localeOf(settings), {
    minimumFractionDigits: options.compact ? 0 : fractionDigits,
    maximumFractionDigits: fractionDigits,
    ...(options.compact ? { notation: 'compact' as const } : {}),
  }).format(value);
}

export interface PercentFormatOptions {
  /** Digits after the decimal point (default 1: 82.4%). */
  fractionDigits?: number;
  /** Prefix a plus sign to positive values (for differences: +2.1 points). */
  signed?: boolean;
}

/**
 * A share given as a RATIO (0.824 -> "82.4%" / "82.4٪" / "٨٢٫٤٪"). Null or NaN gives the
 * no-value dash: the caller decides whether to say "insufficient data" instead.
 */
export function formatPercent(
  ratio: number | null | undefined,
  settings: FormatSettings,
  options: PercentFormatOptions = {},
): string {
  if (!finite(ratio)) {
    return NO_VALUE;
  }
  const fractionDigits = options.fractionDigits ?? 1;
  return new Intl.NumberFormat(localeOf(settings), {
    style: 'percent',
    minimumFractionDigits: fractionDigits,
    maximumFractionDigits: fractionDigits,
    ...(options.signed ? { signDisplay: 'exceptZero' as const } : {}),
  }).format(ratio);
}
