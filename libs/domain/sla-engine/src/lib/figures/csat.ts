import { EpochMillis } from '../time/zone';
import { periodLabel, PeriodInterval } from './periods';

export type SurveyScale = 'csat5' | 'happiness3';

/** The score of a `survey.submitted` event. */
export interface SurveyResponse {
  readonly caseId: string;
  readonly surveyId: string;
  readonly eventId: string;
  readonly scale: SurveyScale;
  readonly score: number;
  readonly occurredAt: EpochMillis;
}

export interface CsatFigure {
  readonly responses: number;
  readonly satisfied: number;
  /** satisfied / responses; null without responses. */
  readonly csat: number | null;
  /** Wilson 95% score interval; null without responses. */
  readonly interval: { readonly low: number; readonly high: number } | null;
  /** Fewer responses than the minimum sample: show as insufficient. */
  readonly insufficient: boolean;
}

export const CSAT_MINIMUM_SAMPLE = 30;
const Z_95 = 1.959963984540054;

/** Satisfied: 4 or 5 on csat5, 3 on happiness3. Throws on a score outside the scale. */
export function isSatisfied(scale: SurveyScale, score: number): boolean {
  const maximum = scale === 'csat5' ? 5 : 3;
  if (!Number.isInteger(score) || score < 1 || score > maximum) throw new RangeError(`score ${score} is not on the ${scale} scale`);
  return scale === 'csat5' ? score >= 4 : score === 3;
}

/** One response per (case, survey): the latest occurredAt wins, then the greater eventId. */
export function latestResponses(responses: readonly SurveyResponse[]): SurveyResponse[] {
  const latest = new Map<string, SurveyResponse>();
  for (const response of responses) {
    const key = JSON.stringify([response.caseId, response.surveyId]);
    const kept = latest.get(key);
    if (kept === undefined || isLater(response, kept)) latest.set(key, response);
  }
  return [...latest.values()];
}

export function csatFigure(responses: readonly SurveyResponse[], minimumSample = CSAT_MINIMUM_SAMPLE): CsatFigure {
  const counted = latestResponses(responses);
  const satisfied = counted.filter((response) => isSatisfied(response.scale, response.score)).length;
  return csatFromCounts(satisfied, counted.length, minimumSample);
}

export function csatFromCounts(satisfied: number, responses: number, minimumSample = CSAT_MINIMUM_SAMPLE): CsatFigure {
  return {
    responses,
    satisfied,
    csat: responses === 0 ? null : satisfied / responses,
    interval: responses === 0 ? null : wilsonInterval(satisfied, responses),
    insufficient: responses < minimumSample,
  };
}

/** CSAT per window of the counted response's occurredAt. */
export function csatByPeriod(responses: readonly SurveyResponse[], interval: PeriodInterval, zone: string): { period: string; figure: CsatFigure }[] {
  const byPeriod = new Map<string, SurveyResponse[]>();
  for (const response of latestResponses(responses)) {
    const period = periodLabel(response.occurredAt, interval, zone);
    byPeriod.set(period, [...(byPeriod.get(period) ?? []), response]);
  }
  return [...byPeriod.keys()].sort().map((period) => ({ period, figure: csatFigure(byPeriod.get(period) ?? []) }));
}

export function wilsonInterval(successes: number, trials: number): { low: number; high: number } {
  const share = successes / trials;
  const zSquared = Z_95 * Z_95;
  const denominator = 1 + zSquared / trials;
  const centre = (share + zSquared / (2 * trials)) / denominator;
  const halfWidth = (Z_95 * Math.sqrt((share * (1 - share)) / trials + zSquared / (4 * trials * trials))) / denominator;
  return { low: Math.max(0, centre - halfWidth), high: Math.min(1, centre + halfWidth) };
}

function isLater(candidate: SurveyResponse, kept: SurveyResponse): boolean {
  if (candidate.occurredAt !== kept.occurredAt) return candidate.occurredAt > kept.occurredAt;
  return candidate.eventId > kept.eventId;
}
