import { BreachAcknowledgement, BreachRootCause } from '@ws/contracts';

/** The acknowledgement columns every review query selects (NULL when the cycle has none). */
export const ACKNOWLEDGEMENT_COLUMNS = `ack.root_cause AS ack_root_cause, ack.note AS ack_note, ack.acknowledged_by AS ack_by, ack.acknowledged_at AS ack_at`;

export interface AcknowledgementColumns {
  ack_root_cause: string | null;
  ack_note: string | null;
  ack_by: string | null;
  ack_at: Date | null;
}

export function acknowledgementOf(row: AcknowledgementColumns): BreachAcknowledgement | null {
  if (row.ack_root_cause === null || row.ack_at === null) return null;
  return {
    rootCause: row.ack_root_cause as BreachRootCause,
    note: row.ack_note ?? '',
    acknowledgedBy: row.ack_by ?? '',
    acknowledgedAt: row.ack_at.toISOString(),
  };
}

export function isoOrNull(value: Date | null): string | null {
  return value === null ? null : value.toISOString();
}
