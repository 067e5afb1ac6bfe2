import { writeAudit } from '@ws/server-database';
import { keepRevision } from '@ws/server-catalogue-store';
import { EntityManager } from 'typeorm';
import { readSeedIfPresent } from './seed-files';
import { SEED_ACTOR } from './seed-catalogue';

interface KpiSeed {
  code: string;
  nameEn: string;
  nameAr: string;
  unit: string;
  direction: 'higher' | 'lower';
  baselineYear: number;
  baselineValue: number;
  target2030: number | null;
  comparison: 'strict' | 'inclusive';
  tolerance: number;
  demo?: boolean;
  measures?: { code: string; nameEn: string; nameAr: string }[];
}

interface KpiTreeSeed {
  outcomes: { code: string; nameEn: string; nameAr: string; kpis: KpiSeed[] }[];
}

interface MaturitySeed {
  agency: string;
  assessedOn: string;
  scores: { leadership: number; technology: number; eServices: number; data: number; sdg: number; cybersecurity: number };
  demo?: boolean;
}

/** The NDS3 tree (outcome -> KPI -> measures) and maturity assessments, added when missing. */
export async function seedKpisAndMaturity(manager: EntityManager): Promise<Record<string, number>> {
  const tree = readSeedIfPresent<KpiTreeSeed>('kpis.json', { outcomes: [] });
  let kpis = 0;
  for (const outcome of tree.outcomes) {
    await manager.query(`INSERT INTO nds3_outcome (code, name_en, name_ar) VALUES ($1, $2, $3) ON CONFLICT (code) DO NOTHING`, [
      outcome.code,
      outcome.nameEn,
      outcome.nameAr,
    ]);
    for (const kpi of outcome.kpis) {
      const rows: unknown[] = await manager.query(
        `INSERT INTO kpi (code, outcome_code, name_en, name_ar, unit, direction, baseline_year, baseline_value, target_2030, comparison, tolerance, measures, demo)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13) ON CONFLICT (code) DO NOTHING RETURNING id`,
        [kpi.code, outcome.code, kpi.nameEn, kpi.nameAr, kpi.unit, kpi.direction, kpi.baselineYear, kpi.baselineValue, kpi.target2030, kpi.comparison, kpi.tolerance, JSON.stringify(kpi.measures ?? []), kpi.demo ?? false],
      );
      if (rows.length > 0) {
        kpis += 1;
        await writeAudit(manager, { actor: SEED_ACTOR, action: 'create', entity: 'kpi', entityKey: kpi.code, before: null, after: kpi });
      }
    }
  }
  const assessments = readSeedIfPresent<MaturitySeed[]>('maturity.json', []);
  const inserted: unknown[] = assessments.length === 0 ? [] : await manager.query(
    `INSERT INTO maturity_assessment (agency_id, assessed_on, leadership, technology, e_services, data, sdg, cybersecurity, demo)
     SELECT a.id, m.assessed_on, m.leadership, m.technology, m.e_services, m.data, m.sdg, m.cybersecurity, m.demo
     FROM jsonb_to_recordset($1::jsonb) AS m(agency text, assessed_on date, leadership numeric, technology numeric,
       e_services numeric, data numeric, sdg numeric, cybersecurity numeric, demo boolean)
     JOIN agency a ON a.code = m.agency
     ON CONFLICT (agency_id, assessed_on) DO NOTHING RETURNING id`,
    [JSON.stringify(assessments.map((m) => ({ agency: m.agency, assessed_on: m.assessedOn, ...m.scores, e_services: m.scores.eServices, demo: m.demo ?? false })))],
  );
  const insertedIds = (inserted as { id: number }[]).map((row) => row.id);
  if (insertedIds.length > 0) await keepRevision(manager, insertedIds, SEED_ACTOR, 'seeded');
  return { kpis, maturityAssessments: inserted.length };
}
