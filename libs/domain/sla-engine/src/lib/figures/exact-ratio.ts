/** A ratio held exactly as integers, so that 0.8 is 4/5 and never 0.8000000000000000444. */
export interface ExactRatio {
  readonly numerator: bigint;
  readonly denominator: bigint;
}

const DECIMAL_PATTERN = /^(\d+)(?:\.(\d+))?(?:e([+-]?\d+))?$/i;

/** The exact ratio written by a decimal such as `0.8` (its shortest decimal form, as JavaScript prints it). */
export function ratioFromDecimal(value: number | string): ExactRatio {
  const match = DECIMAL_PATTERN.exec(String(value));
  if (!match) throw new RangeError(`not a non-negative decimal: ${String(value)}`);
  const fraction = match[2] ?? '';
  const exponent = Number(match[3] ?? '0') - fraction.length;
  const digits = BigInt(match[1] + fraction);
  const numerator = exponent >= 0 ? digits * 10n ** BigInt(exponent) : digits;
  const denominator = exponent >= 0 ? 1n : 10n ** BigInt(-exponent);
  const divisor = gcd(numerator, denominator);
  return { numerator: numerator / divisor, denominator: denominator / divisor };
}

export function floorDivide(a: bigint, b: bigint): bigint {
  const quotient = a / b;
  return (a % b !== 0n) && ((a < 0n) !== (b < 0n)) ? quotient - 1n : quotient;
}

export function ceilDivide(a: bigint, b: bigint): bigint {
  return -floorDivide(-a, b);
}

function gcd(a: bigint, b: bigint): bigint {
  let [x, y] = [a < 0n ? -a : a, b];
  while (y !== 0n) [x, y] = [y, x % y];
  return x === 0n ? 1n : x;
}
