import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/** Every change to reference data or reviews: who, when, what, before and after. */
@Entity({ name: 'audit_log' })
@Index('audit_log_entity_idx', ['entity', 'entityKey'])
export class AuditLogEntity {
  @PrimaryGeneratedColumn({ type: 'bigint' })
  id!: string;

  @Column({ type: 'timestamptz', default: () => 'now()' })
  at!: Date;

  /** `user:<email>` or `command:<name>` or `system:<part>`. */
  @Column({ type: 'text' })
  actor!: string;

  @Column({ type: 'text' })
  action!: string;

  @Column({ type: 'text' })
  entity!: string;

  @Column({ name: 'entity_key', type: 'text' })
  entityKey!: string;

  @Column({ type: 'jsonb', nullable: true })
  before!: Record<string, unknown> | null;

  @Column({ type: 'jsonb', nullable: true })
  after!: Record<string, unknown> | null;
}
