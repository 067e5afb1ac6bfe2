import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** An NDS3 KPI with its baseline, 2030 target and status rule (product.md). */
@Entity({ name: 'kpi' })
export class KpiEntity {
  @PrimaryGeneratedColumn()
  id!: number;

  @Column({ type: 'text', unique: true })
  code!: string;

  @Column({ name: 'outcome_code', type: 'text' })
  outcomeCode!: string;

  @Column({ name: 'name_ar', type: 'text' })
  nameAr!: string;

  @Column({ name: 'name_en', type: 'text' })
  nameEn!: string;

  @Column({ type: 'text' })
  unit!: string;

  /** `higher` or `lower` is better. */
  @Column({ type: 'text' })
  direction!: 'higher' | 'lower';

  @Column({ name: 'baseline_year', type: 'integer' })
  baselineYear!: number;

  @Column({ name: 'baseline_value', type: 'numeric' })
  baselineValue!: string;

  @Column({ name: 'target_2030', type: 'numeric', nullable: true })
  target2030!: string | null;

  /** `strict` ("more than 80%") or `inclusive` ("at least 90%"). */
  @Column({ type: 'text' })
  comparison!: 'strict' | 'inclusive';

  @Column({ type: 'numeric' })
  tolerance!: string;

  /** The NDS3 tree below the KPI: measures `{code, nameEn, nameAr}`. */
  @Column({ type: 'jsonb', default: () => "'[]'" })
  measures!: { code: string; nameEn: string; nameAr: string }[];

  @Column({ type: 'boolean', default: false })
  demo!: boolean;
}
