import { ErrorBudgetFigures, ErrorBudgetResponse } from '@ws/contracts';
import { CsvTable } from '@ws/server-http-csv';

const FIGURES: (keyof ErrorBudgetFigures)[] = [
  'met', 'breached', 'decided', 'adherence', 'allowedBreaches', 'headroom', 'recoveryNeed', 'burnRate3d', 'burnRate14d', 'burnLevel', 'suppressed',
];

function figureCells(figures: ErrorBudgetFigures): Record<string, ErrorBudgetFigures[keyof ErrorBudgetFigures]> {
  return Object.fromEntries(FIGURES.map((name) => [name, figures[name]]));
}

/** One row per agency total (service empty) and per service. */
export function errorBudgetsCsv(body: ErrorBudgetResponse): CsvTable {
  return {
    columns: ['quarter', 'agency', 'agencyNameEn', 'agencyNameAr', 'service', 'serviceNameEn', 'serviceNameAr', ...FIGURES],
    records: body.entities.flatMap((entity) => {
      const agency = { quarter: body.quarter, agency: entity.agency.code, agencyNameEn: entity.agency.nameEn, agencyNameAr: entity.agency.nameAr };
      return [
        { ...agency, ...figureCells(entity.total) },
        ...entity.services.map((row) => ({ ...agency, service: row.service.code, serviceNameEn: row.service.nameEn, serviceNameAr: row.service.nameAr, ...figureCells(row) })),
      ];
    }),
  };
}
