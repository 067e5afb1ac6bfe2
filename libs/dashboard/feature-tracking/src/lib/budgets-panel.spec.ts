import type { ErrorBudgetEntity, ErrorBudgetFigures } from '@ws/contracts';
import { burnStatus } from './budgets-panel';

const figures: ErrorBudgetFigures = {
  met: 90,
  breached: 10,
  decided: 100,
  adherence: 0.9,
  allowedBreaches: 22,
  headroom: 12,
  recoveryNeed: 0,
  burnRate3d: 0.5,
  burnRate14d: 0.4,
  burnLevel: null,
  suppressed: false,
};
const entity = (total: Partial<ErrorBudgetFigures>): ErrorBudgetEntity => ({
  agency: { code: 'MOI', nameAr: 'الداخلية', nameEn: 'Interior' },
  total: { ...figures, ...total },
  services: [],
});

describe('burnStatus', () => {
  it('is red for a fast burn, amber for a slow one, green without an alert', () => {
    expect(burnStatus(entity({ burnLevel: 'fast' }))).toBe('red');
    expect(burnStatus(entity({ burnLevel: 'slow' }))).toBe('amber');
    expect(burnStatus(entity({}))).toBe('green');
  });

  it('is grey when too few cycles were decided, whatever the burn', () => {
    expect(burnStatus(entity({ suppressed: true, burnLevel: 'fast' }))).toBe('grey');
  });
});
