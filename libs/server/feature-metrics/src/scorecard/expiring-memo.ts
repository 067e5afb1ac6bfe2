/** Remembers a computed promise per key for `ttlMs`; a failed computation is forgotten at once. */
export class ExpiringMemo<T> {
  private readonly entries = new Map<string, { until: number; value: Promise<T> }>();

  constructor(private readonly ttlMs: number) {}

  get(key: string, nowMs: number, compute: () => Promise<T>): Promise<T> {
    for (const [entryKey, entry] of this.entries) if (entry.until <= nowMs) this.entries.delete(entryKey);
    const kept = this.entries.get(key);
    if (kept) return kept.value;
    const value = compute();
    this.entries.set(key, { until: nowMs + this.ttlMs, value });
    value.catch(() => this.entries.delete(key));
    return value;
  }
}
