import {
  BacklogResponse, DigitisedResponse, ProceduralDelayResponse, ProcessingTimeResponse, ReopenRateResponse, SatisfactionSeriesResponse,
  SlaSeriesResponse, VolumesResponse,
} from '@ws/contracts';
import { CsvTable } from '@ws/server-http-csv';

export const slaCsv = (body: SlaSeriesResponse): CsvTable => ({
  columns: ['period', 'met', 'breached', 'decided', 'adherence', 'target', 'cycles'],
  records: body.series.map((point) => ({ ...point, target: body.target, cycles: body.cycles })),
});

export const satisfactionCsv = (body: SatisfactionSeriesResponse): CsvTable => ({
  columns: ['period', 'responses', 'satisfied', 'csat', 'ciLow', 'ciHigh', 'insufficientSample', 'target'],
  records: body.series.map((point) => ({ ...point, target: body.target })),
});

/** One line per period and channel, then the period's total as channel `all`. */
export const volumesCsv = (body: VolumesResponse): CsvTable => ({
  columns: ['period', 'channel', 'opened', 'decided', 'resolved', 'cancelled', 'reopened', 'openedDigital', 'digitalTakeUp'],
  records: body.series.flatMap(({ byChannel, ...total }) => [...byChannel.map((row) => ({ period: total.period, ...row })), { ...total, channel: 'all' }]),
});

export const processingTimeCsv = (body: ProcessingTimeResponse): CsvTable => ({
  columns: ['period', 'agency', 'service', 'serviceNameAr', 'serviceNameEn', 'processed', 'medianSeconds', 'p90Seconds', 'p90ShareOfTarget', 'targetAmount', 'targetUnit'],
  records: body.series.map((point) => ({
    ...point,
    service: point.service.code,
    serviceNameAr: point.service.nameAr,
    serviceNameEn: point.service.nameEn,
    targetAmount: point.target?.amount,
    targetUnit: point.target?.unit,
  })),
});

export const reopenRateCsv = (body: ReopenRateResponse): CsvTable => ({
  columns: ['period', 'reopened', 'decided', 'reopenRate'],
  records: body.series,
});

export const proceduralDelayCsv = (body: ProceduralDelayResponse): CsvTable => ({
  columns: ['period', 'servicesMeasured', 'servicesOverSla', 'share'],
  records: body.series,
});

export const digitisedCsv = (body: DigitisedResponse): CsvTable => ({
  columns: ['agency', 'agencyNameAr', 'agencyNameEn', 'servicesInScope', 'servicesDigitised', 'share'],
  records: [
    ...body.agencies.map((row) => ({ ...row, agency: row.agency.code, agencyNameAr: row.agency.nameAr, agencyNameEn: row.agency.nameEn })),
    { agency: 'national', ...body.national },
  ],
});

export const backlogCsv = (body: BacklogResponse): CsvTable => ({
  columns: ['agency', 'running', 'paused', 'atRisk', 'breached', 'total', 'asOf'],
  records: [...body.byAgency, { agency: 'national', ...body.total }].map((row) => ({ ...row, asOf: body.asOf })),
});
