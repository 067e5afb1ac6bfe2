import { Injectable } from '@nestjs/common';
import {
  ChannelVolume, ProceduralDelayResponse, ReopenRateResponse, SatisfactionSeriesResponse, SlaSeriesResponse, VolumePoint, VolumesResponse,
} from '@ws/contracts';
import { periodsBetween } from '@ws/sla-engine';
import { DataSource } from 'typeorm';
import { SeriesQuery } from '../query/series-query';
import { ResolvedScope } from '../query/resolve-scope';
import { sumRollups, sumRollupsPerPeriod } from '../sql/rollup-sums';
import { kpiTarget } from './kpi-targets';
import { adherenceCounters, DIGITAL_CHANNELS, p90ExceedsSla, reopenRatePoint, satisfactionPoint, shareOf, slaPoint, volumeCounts } from './series-figures';

const VOLUME_COUNTERS = ['opened', 'decided', 'resolved', 'cancelled', 'reopened'] as const;

/** Series read from `sla_rollup_day`: counts are summed, ratios computed from the sums. */
@Injectable()
export class SeriesService {
  constructor(private readonly dataSource: DataSource) {}

  async sla(query: SeriesQuery, scope: ResolvedScope): Promise<SlaSeriesResponse> {
    const { met, breached } = adherenceCounters(query.cycles);
    const rows = await sumRollupsPerPeriod(this.dataSource.manager, query, scope, [met, breached]);
    return {
      target: await kpiTarget(this.dataSource.manager, 'SLA_ADHERENCE'),
      cycles: query.cycles,
      series: rows.map((row) => slaPoint(row.period, row[met], row[breached])),
    };
  }

  async satisfaction(query: SeriesQuery, scope: ResolvedScope): Promise<SatisfactionSeriesResponse> {
    const rows = await sumRollupsPerPeriod(this.dataSource.manager, query, scope, ['csat_satisfied', 'csat_responses']);
    return {
      target: await kpiTarget(this.dataSource.manager, 'CSAT'),
      series: rows.map((row) => satisfactionPoint(row.period, row.csat_satisfied, row.csat_responses)),
    };
  }

  async volumes(query: SeriesQuery, scope: ResolvedScope): Promise<VolumesResponse> {
    const rows = await sumRollups(this.dataSource.manager, query, scope, VOLUME_COUNTERS, 'channel');
    const byPeriod = new Map<string, ChannelVolume[]>();
    for (const row of rows) {
      const channel = (row.key === '' ? 'unknown' : row.key) as ChannelVolume['channel'];
      byPeriod.set(row.period, [...(byPeriod.get(row.period) ?? []), { channel, ...volumeCounts(row) }]);
    }
    const series = periodsBetween(query.from, query.to, query.interval).map((period): VolumePoint => {
      const byChannel = (byPeriod.get(period) ?? []).sort((a, b) => a.channel.localeCompare(b.channel));
      const total = (name: (typeof VOLUME_COUNTERS)[number]): number => byChannel.reduce((sum, row) => sum + row[name], 0);
      const openedDigital = byChannel.filter((row) => DIGITAL_CHANNELS.includes(row.channel)).reduce((sum, row) => sum + row.opened, 0);
      const counts = volumeCounts({ opened: total('opened'), decided: total('decided'), resolved: total('resolved'), cancelled: total('cancelled'), reopened: total('reopened') });
      return { period, ...counts, openedDigital, digitalTakeUp: shareOf(openedDigital, counts.opened), byChannel };
    });
    return { series };
  }

  async reopenRate(query: SeriesQuery, scope: ResolvedScope): Promise<ReopenRateResponse> {
    const rows = await sumRollupsPerPeriod(this.dataSource.manager, query, scope, ['reopened', 'decided']);
    return { series: rows.map((row) => reopenRatePoint(row.period, row.reopened, row.decided)) };
  }

  async proceduralDelay(query: SeriesQuery, scope: ResolvedScope): Promise<ProceduralDelayResponse> {
    const rows = await sumRollups(this.dataSource.manager, query, scope, ['met', 'processed'], 'service_id');
    const byPeriod = new Map<string, { measured: number; over: number }>();
    for (const row of rows) {
      if (row.processed === 0) continue;
      const counts = byPeriod.get(row.period) ?? { measured: 0, over: 0 };
      counts.measured += 1;
      if (p90ExceedsSla(row.met, row.processed)) counts.over += 1;
      byPeriod.set(row.period, counts);
    }
    return {
      method:
        'Per service and period: the 90th percentile (nearest rank) of first-cycle processing times exceeds the SLA exactly when fewer than 90% of the first cycles stopped in the period were met; share = such services / services with a stopped first cycle.',
      methodCode: 'servicesP90OverSla',
      series: periodsBetween(query.from, query.to, query.interval).map((period) => {
        const counts = byPeriod.get(period) ?? { measured: 0, over: 0 };
        return { period, servicesMeasured: counts.measured, servicesOverSla: counts.over, share: shareOf(counts.over, counts.measured) };
      }),
    };
  }
}
