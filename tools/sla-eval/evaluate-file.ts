import { compileCalendar, CycleResult, EpochMillis, evaluateCase, formatIsoInstant } from '@ws/sla-engine';
import { EvaluationFile } from './evaluation-file';

/** One cycle as printed by `sla:eval`, fields in the order of sla-clock.md §6. */
export interface PrintedCycle {
  cycle: number;
  status: string;
  startedAt: string;
  stoppedAt: string | null;
  elapsedSeconds: number;
  progress: number;
  dueAt: string | null;
  breachedAt: string | null;
  decidedAt: string | null;
  atRisk: boolean;
}

export interface PrintedEvaluation {
  cases: { caseId: string; cycles: PrintedCycle[] }[];
}

export function evaluateFile(file: EvaluationFile): PrintedEvaluation {
  const calendar = compileCalendar(file.calendar);
  return {
    cases: file.cases.map(({ caseId, events }) => {
      const evaluation = evaluateCase({ events, target: file.target, atRiskRatio: file.atRiskRatio, calendar, asOf: file.asOf });
      return { caseId, cycles: evaluation.cycles.map(printCycle) };
    }),
  };
}

function printCycle(cycle: CycleResult): PrintedCycle {
  return {
    cycle: cycle.cycle,
    status: cycle.status,
    startedAt: formatIsoInstant(cycle.startedAt),
    stoppedAt: printInstant(cycle.stoppedAt),
    elapsedSeconds: cycle.elapsedSeconds,
    progress: Math.round(cycle.progress * 1e6) / 1e6,
    dueAt: printInstant(cycle.dueAt),
    breachedAt: printInstant(cycle.breachedAt),
    decidedAt: printInstant(cycle.decidedAt),
    atRisk: cycle.atRisk,
  };
}

function printInstant(instant: EpochMillis | null): string | null {
  return instant === null ? null : formatIsoInstant(instant);
}
