import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * Processing-time percentiles of one service over a whole month, quarter or year, as the read API
 * last computed them, with the sum of the month versions (`sla_processing_version`) they were
 * computed at: used only while that sum is still current (docs/read-api.md).
 */
@Entity({ name: 'sla_processing_period' })
export class SlaProcessingPeriodEntity {
  @PrimaryColumn({ name: 'service_id', type: 'integer' }) serviceId!: number;
  /** `month`, `quarter` or `year`. */
  @PrimaryColumn({ type: 'text' }) interval!: string;
  /** The period's label (`2026-01`, `2026-Q1`, `2026`). */
  @PrimaryColumn({ type: 'text' }) period!: string;
  @Column({ type: 'bigint' }) version!: string;
  @Column({ type: 'integer' }) processed!: number;
  @Column({ name: 'median_seconds', type: 'double precision', nullable: true }) medianSeconds!: number | null;
  @Column({ name: 'p90_seconds', type: 'double precision', nullable: true }) p90Seconds!: number | null;
  @Column({ name: 'p90_share', type: 'double precision', nullable: true }) p90Share!: number | null;
}
