/** One day (Asia/Qatar) of resolved cases: the first figure of the thin slice. */
export interface ResolvedPerDayPoint {
  /** Local date in Asia/Qatar, `YYYY-MM-DD`. */
  period: string;
  resolved: number;
}

/** `GET /api/v1/metrics/resolved?from=YYYY-MM-DD&to=YYYY-MM-DD[&agency=CODE]` */
export interface ResolvedPerDayResponse {
  from: string;
  to: string;
  series: ResolvedPerDayPoint[];
}
