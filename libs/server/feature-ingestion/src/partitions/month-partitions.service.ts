import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';

/** First instant (UTC) of the month of `instant`: the lower bound of its partition. */
export function monthStart(instant: number): number {
  const date = new Date(instant);
  return Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), 1);
}

/**
 * The month partitions of `feed_event` and `sla_cycle` (migration MonthPartitions1795600002000).
 * `ensureFor` creates, in its own short transaction, those of the months of the given instants that
 * this process has not seen yet (a row of a month without a partition cannot be written). A
 * partition is never dropped, so a month once seen needs no second look.
 */
@Injectable()
export class MonthPartitions {
  private known?: Promise<Set<number>>;

  constructor(private readonly dataSource: DataSource) {}

  async ensureFor(instants: Iterable<number>): Promise<void> {
    const known = await this.knownMonths();
    const missing = new Set<number>();
    for (const instant of instants) {
      const month = monthStart(instant);
      if (!known.has(month)) missing.add(month);
    }
    for (const month of [...missing].sort((a, b) => a - b)) {
      await this.dataSource.query(`SELECT ensure_month_partitions($1, $1)`, [new Date(month)]);
      known.add(month);
    }
  }

  /** Months between `from` and `to` (inclusive), created when missing, in one call; returns how many partitions were created. */
  async ensureRange(fromMs: number, toMs: number): Promise<number> {
    const [row]: { created: number }[] = await this.dataSource.query(
      `SELECT ensure_month_partitions($1, $2) AS created`,
      [new Date(fromMs), new Date(toMs)],
    );
    this.known = undefined;
    return row?.created ?? 0;
  }

  private knownMonths(): Promise<Set<number>> {
    this.known ??= this.dataSource
      .query(
        `SELECT (regexp_match(c.relname, '_p(\\d{6})$'))[1] AS month FROM pg_inherits i JOIN pg_class c ON c.oid = i.inhrelid
         WHERE i.inhparent = 'feed_event'::regclass AND c.relname ~ '_p\\d{6}$'`,
      )
      .then(
        (rows: { month: string }[]) =>
          new Set(
            rows.map(({ month }) =>
              Date.UTC(Number(month.slice(0, 4)), Number(month.slice(4)) - 1, 1),
            ),
          ),
      );
    // A failed read (Postgres unavailable) is not kept: the next request reads again.
    this.known.catch(() => (this.known = undefined));
    return this.known;
  }
}
