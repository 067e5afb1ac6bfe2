import { Injectable } from '@nestjs/common';
import { JobHandler, JobPayloads } from '@ws/server-queue';
import { DataSource } from 'typeorm';
import { CaseRecompute } from '../recompute/case-recompute.service';

/** After a calendar version is published: open cases move at once; decided ones only by restatement. */
@Injectable()
export class RecomputeOpenCasesHandler implements JobHandler<'recompute-open-cases'> {
  readonly jobName = 'recompute-open-cases' as const;

  constructor(
    private readonly dataSource: DataSource,
    private readonly recompute: CaseRecompute,
  ) {}

  async handle({ calendarCode }: JobPayloads['recompute-open-cases']): Promise<void> {
    const rows: { id: number }[] = await this.dataSource.query(`SELECT id FROM calendar WHERE code = $1`, [calendarCode]);
    const calendar = rows[0];
    if (calendar) await this.recompute.recomputeOpenCases({ calendarId: calendar.id }, Date.now());
  }
}
