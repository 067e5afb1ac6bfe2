export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

export function parseInteger(raw: string, min: number, max: number): number {
  if (!/^\d+$/.test(raw)) throw new Error(`must be a whole number, got "${raw}"`);
  const value = Number(raw);
  if (value < min || value > max) throw new Error(`must be between ${min} and ${max}, got ${value}`);
  return value;
}

function parseUrl(raw: string, protocols: string[]): string {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new Error(`must be a URL such as ${protocols[0]}//host:port, got "${raw}"`);
  }
  if (!protocols.includes(url.protocol)) {
    throw new Error(`must use ${protocols.join(' or ')}, got "${url.protocol}"`);
  }
  if (!url.hostname) throw new Error('must name a host');
  return raw;
}

export function parsePostgresUrl(raw: string): string {
  return parseUrl(raw, ['postgres:', 'postgresql:']);
}

export function parseRedisUrl(raw: string): string {
  return parseUrl(raw, ['redis:', 'rediss:']);
}

export function parseName(raw: string): string {
  if (!/^[a-zA-Z][a-zA-Z0-9_-]{0,40}$/.test(raw)) {
    throw new Error(`must be letters, digits, "_" or "-" (at most 41, starting with a letter), got "${raw}"`);
  }
  return raw;
}
