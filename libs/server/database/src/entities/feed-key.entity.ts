import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { AgencyEntity } from './agency.entity';

/** A key an agency's system uses to send events. Only the SHA-256 of the key is stored. */
@Entity({ name: 'feed_key' })
export class FeedKeyEntity {
  @PrimaryGeneratedColumn()
  id!: number;

  @Index()
  @Column({ name: 'agency_id', type: 'integer' })
  agencyId!: number;

  @ManyToOne(() => AgencyEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'agency_id' })
  agency?: AgencyEntity;

  /** Hex SHA-256 of the whole key: keys are 256-bit random, so a fast hash is safe here. */
  @Column({ name: 'key_hash', type: 'text', unique: true })
  keyHash!: string;

  /** The first characters of the key, shown in lists so a key can be recognised. */
  @Column({ name: 'key_prefix', type: 'text' })
  keyPrefix!: string;

  /** What the key is for, e.g. "case system" or "demo (npm start)". */
  @Column({ type: 'text', default: '' })
  label!: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @Column({ name: 'revoked_at', type: 'timestamptz', nullable: true })
  revokedAt!: Date | null;

  /** Set when the key was rotated: it stays valid until then (the overlap), and is refused after. */
  @Column({ name: 'expires_at', type: 'timestamptz', nullable: true })
  expiresAt!: Date | null;
}
