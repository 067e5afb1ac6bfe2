/** An inclusive range of local dates (Asia/Qatar), both `YYYY-MM-DD`. */
export interface DateRange {
  from: string;
  to: string;
}
