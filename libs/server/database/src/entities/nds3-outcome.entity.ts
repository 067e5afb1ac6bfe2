import { Column, Entity, PrimaryColumn } from 'typeorm';

/** An outcome of the NDS3 tree (outcome -> KPI -> measures). */
@Entity({ name: 'nds3_outcome' })
export class Nds3OutcomeEntity {
  @PrimaryColumn({ type: 'text' })
  code!: string;

  @Column({ name: 'name_ar', type: 'text' })
  nameAr!: string;

  @Column({ name: 'name_en', type: 'text' })
  nameEn!: string;
}
