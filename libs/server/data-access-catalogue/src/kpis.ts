import { writeAudit } from '@ws/server-database';
import { FieldChecker } from '@ws/server-validation';
import { EntityManager } from 'typeorm';
import { notFound } from './catalogue-errors';

export interface KpiView {
  code: string;
  outcome: string;
  nameAr: string;
  nameEn: string;
  unit: string;
  direction: 'higher' | 'lower';
  baselineYear: number;
  baselineValue: number;
  target2030: number | null;
  comparison: 'strict' | 'inclusive';
  tolerance: number;
  measures: { code: string; nameEn: string; nameAr: string }[];
  demo: boolean;
}

export interface KpiTargetInput {
  baselineYear: number;
  baselineValue: number;
  target2030: number | null;
  comparison: 'strict' | 'inclusive';
  tolerance: number;
}

const VIEW_SQL = `SELECT code, outcome_code AS outcome, name_ar AS "nameAr", name_en AS "nameEn", unit, direction,
  baseline_year AS "baselineYear", baseline_value::float8 AS "baselineValue", target_2030::float8 AS "target2030",
  comparison, tolerance::float8 AS tolerance, measures, demo FROM kpi`;

export async function listKpis(manager: EntityManager): Promise<KpiView[]> {
  return manager.query(`${VIEW_SQL} ORDER BY outcome_code, code`);
}

export async function findKpi(manager: EntityManager, code: string): Promise<KpiView> {
  const rows: KpiView[] = await manager.query(`${VIEW_SQL} WHERE code = $1`, [code]);
  const row = rows[0];
  if (!row) throw notFound('KPI', code);
  return row;
}

export function parseKpiTargetInput(body: unknown): KpiTargetInput {
  const check = new FieldChecker(body);
  const target = check.raw('target2030');
  const input: KpiTargetInput = {
    baselineYear: check.number('baselineYear', { min: 2000, max: 2030, integer: true }),
    baselineValue: check.number('baselineValue', { min: 0, max: 1_000_000 }),
    target2030: target === null ? null : check.number('target2030', { min: 0, max: 1_000_000 }),
    comparison: check.oneOf('comparison', ['strict', 'inclusive'] as const),
    tolerance: check.number('tolerance', { min: 0, max: 1 }, 0.05),
  };
  check.done();
  return input;
}

export async function setKpiTarget(manager: EntityManager, code: string, input: KpiTargetInput, actor: string): Promise<KpiView> {
  const before = await findKpi(manager, code);
  await manager.query(
    `UPDATE kpi SET baseline_year = $2, baseline_value = $3, target_2030 = $4, comparison = $5, tolerance = $6, demo = false WHERE code = $1`,
    [code, input.baselineYear, input.baselineValue, input.target2030, input.comparison, input.tolerance],
  );
  const after = await findKpi(manager, code);
  await writeAudit(manager, { actor, action: 'set-target', entity: 'kpi', entityKey: code, before, after });
  return after;
}
