import { ErrorBudgetFigures, ErrorBudgetResponse } from '@ws/contracts';

const SERVICE_FIGURES: ErrorBudgetFigures = {
  met: 412, breached: 88, decided: 500, adherence: 0.824, allowedBreaches: 103, headroom: 15, recoveryNeed: 0,
  burnRate3d: 2.4, burnRate14d: 1.1, burnLevel: 'fast', suppressed: false,
};

export const ERROR_BUDGET_EXAMPLE: ErrorBudgetResponse = {
  quarter: '2026-Q4',
  from: '2026-10-01',
  to: '2026-12-31',
  target: 0.8,
  minimumDecided: 30,
  burnThresholds: { fast3d: 2, fast14d: 1, slow3d: 1, slow14d: 1 },
  entities: [
    {
      agency: { code: 'MOI', nameAr: 'وزارة الداخلية', nameEn: 'Ministry of Interior' },
      total: SERVICE_FIGURES,
      services: [{ service: { code: 'MOI-RP-RENEW', nameAr: 'تجديد الإقامة', nameEn: 'Residence permit renewal' }, ...SERVICE_FIGURES }],
    },
  ],
};
