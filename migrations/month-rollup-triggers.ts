/**
 * The statement triggers (and the per-row advisory lock) that kept the month rollups in step with
 * `sla_rollup_day`, as ReadRollups1795500003000 and ChannelMonthRollup1795500006000 created them,
 * statement for statement: WorkerMonthRollups1795600001000 drops them, its down creates them again.
 */
const COUNTERS = [
  'decided',
  'met',
  'breached',
  'decided_all',
  'met_all',
  'breached_all',
  'opened',
  'reopened',
  'resolved',
  'cancelled',
  'processed',
  'csat_responses',
  'csat_satisfied',
];
const CHANGES = ['insert', 'update', 'delete'] as const;
const TRANSITION_TABLES: Record<(typeof CHANGES)[number], string> = {
  insert: 'NEW TABLE AS new_rows',
  update: 'OLD TABLE AS old_rows NEW TABLE AS new_rows',
  delete: 'OLD TABLE AS old_rows',
};
const MONTH = `date_trunc('month', day)::date`;
const DIGITAL_OPENED = `CASE WHEN channel IN ('web', 'mobile', 'api') THEN opened ELSE 0 END`;

const list = (names: string[]) => names.join(', ');
const sums = list(COUNTERS.map((name) => `sum(${name})`));
const addExcluded = (names: string[]) =>
  list(names.map((name) => `${name} = m.${name} + EXCLUDED.${name}`));

/** The rows of the statement as signed deltas: `new_rows` added, `old_rows` taken away. */
function changedRows(columns: string[]): Record<(typeof CHANGES)[number], string> {
  const fromNew = `SELECT ${list([...columns, ...COUNTERS])} FROM new_rows`;
  const fromOld = `SELECT ${list([...columns, ...COUNTERS.map((name) => `-${name} AS ${name}`)])} FROM old_rows`;
  return { insert: fromNew, update: `${fromNew} UNION ALL ${fromOld}`, delete: fromOld };
}

/** `sla_rollup_month` and `sla_rollup_service_month` (ReadRollups1795500003000). */
const applyToMonths = (changes: string) => `WITH changes AS (${changes}),
      by_month AS (
        INSERT INTO sla_rollup_month AS m (service_id, agency_id, requesting_agency_id, channel, month, ${list(COUNTERS)})
        SELECT service_id, agency_id, requesting_agency_id, channel, ${MONTH}, ${sums}
        FROM changes GROUP BY 1, 2, 3, 4, 5 ORDER BY 1, 2, 3, 4, 5
        ON CONFLICT (service_id, agency_id, requesting_agency_id, channel, month) DO UPDATE SET ${addExcluded(COUNTERS)})
    INSERT INTO sla_rollup_service_month AS m (service_id, agency_id, month, ${list(COUNTERS)}, opened_digital)
    SELECT service_id, agency_id, ${MONTH}, ${sums}, sum(${DIGITAL_OPENED})
    FROM changes GROUP BY 1, 2, 3 ORDER BY 1, 2, 3
    ON CONFLICT (service_id, agency_id, month) DO UPDATE SET ${addExcluded([...COUNTERS, 'opened_digital'])}`;

/** `sla_rollup_channel_month` (ChannelMonthRollup1795500006000). */
const applyToChannelMonths = (changes: string) => `WITH changes AS (${changes})
  INSERT INTO sla_rollup_channel_month AS m (service_id, agency_id, channel, month, ${list(COUNTERS)})
  SELECT service_id, agency_id, channel, ${MONTH}, ${sums}
  FROM changes GROUP BY 1, 2, 3, 4 ORDER BY 1, 2, 3, 4
  ON CONFLICT (service_id, agency_id, channel, month) DO UPDATE SET ${addExcluded(COUNTERS)}`;

/** A trigger function per change and its statement trigger on `sla_rollup_day`. */
function statementTriggers(
  trigger: string,
  apply: (changes: string) => string,
  columns: string[],
): string[] {
  const rows = changedRows(columns);
  return CHANGES.flatMap((change) => [
    `CREATE FUNCTION ${trigger}_after_${change}() RETURNS trigger LANGUAGE plpgsql AS $fn$
BEGIN
  ${apply(rows[change])};
  RETURN NULL;
END
$fn$`,
    `CREATE TRIGGER ${trigger}_${change} AFTER ${change.toUpperCase()} ON sla_rollup_day REFERENCING ${TRANSITION_TABLES[change]} FOR EACH STATEMENT EXECUTE FUNCTION ${trigger}_after_${change}()`,
  ]);
}

/** A truncate of `sla_rollup_day` empties `table`. */
const truncateTrigger = (table: string) => [
  `CREATE FUNCTION ${table}_clear() RETURNS trigger LANGUAGE plpgsql AS $fn$ BEGIN TRUNCATE ${table}; RETURN NULL; END $fn$`,
  `CREATE TRIGGER ${table}_truncate AFTER TRUNCATE ON sla_rollup_day FOR EACH STATEMENT EXECUTE FUNCTION ${table}_clear()`,
];

export const MONTH_ROLLUP_TRIGGERS: readonly string[] = [
  `CREATE FUNCTION sla_rollup_lock_service() RETURNS trigger LANGUAGE plpgsql AS $fn$
       BEGIN
         PERFORM pg_advisory_xact_lock(1795500, CASE WHEN TG_OP = 'DELETE' THEN OLD.service_id ELSE NEW.service_id END);
         RETURN CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END;
       END
       $fn$`,
  `CREATE TRIGGER sla_rollup_lock_service BEFORE INSERT OR UPDATE OR DELETE ON sla_rollup_day FOR EACH ROW EXECUTE FUNCTION sla_rollup_lock_service()`,
  ...statementTriggers('sla_rollup_months', applyToMonths, [
    'service_id',
    'agency_id',
    'requesting_agency_id',
    'channel',
    'day',
  ]),
  ...truncateTrigger('sla_rollup_month'),
  ...truncateTrigger('sla_rollup_service_month'),
  ...statementTriggers('sla_rollup_channel_months', applyToChannelMonths, [
    'service_id',
    'agency_id',
    'channel',
    'day',
  ]),
  ...truncateTrigger('sla_rollup_channel_month'),
];
