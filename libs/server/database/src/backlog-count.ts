/**
 * The backlog counted from the per-case rows: open cases' current (last) cycles whose clock is still
 * open, per `sla_backlog` key and state. `sla_backlog`, kept by the worker, must equal it at every
 * commit; the ingestion tests compare them and the read benchmark fills the table with it.
 */
export const COUNT_BACKLOG_SQL = `SELECT k.service_id, k.agency_id, k.requesting_agency_id, k.channel,
    count(*) FILTER (WHERE c.status = 'running' AND NOT c.at_risk)::int AS running,
    count(*) FILTER (WHERE c.status = 'paused' AND NOT c.at_risk)::int AS paused,
    count(*) FILTER (WHERE c.status IN ('running', 'paused') AND c.at_risk)::int AS at_risk,
    count(*) FILTER (WHERE c.status = 'breached_open')::int AS breached
  FROM sla_case k JOIN sla_cycle c ON c.case_pk = k.id AND c.status IN ('running', 'paused', 'breached_open')
  WHERE k.open AND k.service_id IS NOT NULL
    AND NOT EXISTS (SELECT FROM sla_cycle later WHERE later.case_pk = c.case_pk AND later.cycle > c.cycle)
  GROUP BY 1, 2, 3, 4`;
