import { BadRequestException, Injectable, NotFoundException } from '@nestjs/common';
import { BREACH_ROOT_CAUSES, BreachAcknowledgementRequest, BreachAcknowledgementResponse } from '@ws/contracts';
import { actorOf, AuthenticatedUser } from '@ws/server-access';
import { writeAudit } from '@ws/server-database';
import { FieldChecker } from '@ws/server-validation';
import { DataSource } from 'typeorm';
import { ACKNOWLEDGEMENT_COLUMNS, acknowledgementOf, AcknowledgementColumns } from '../scope/acknowledgement-row';
import { caseAgency } from '../scope/agency-scope';

export const NOTE_MAX_LENGTH = 2000;
const BREACHED = ['breached', 'breached_open'];

export function parseAcknowledgement(body: unknown): BreachAcknowledgementRequest {
  const check = new FieldChecker(body);
  const rootCause = check.oneOf('rootCause', BREACH_ROOT_CAUSES);
  const note = check.text('note', NOTE_MAX_LENGTH);
  check.done();
  return { rootCause, note };
}

export function parseCycleNumber(value: string): number {
  if (/^[1-9]\d{0,5}$/.test(value)) return Number(value);
  const message = 'cycle must be a cycle number from 1';
  throw new BadRequestException({ message, errors: [{ field: 'cycle', rule: 'cycle-number', message }] });
}

/** An agency manager's root cause and note on a breached cycle of their agency; a repeat replaces it, audited. */
@Injectable()
export class AcknowledgementService {
  constructor(private readonly dataSource: DataSource) {}

  acknowledge(user: AuthenticatedUser, agencyCode: string, caseId: string, cycle: number, input: BreachAcknowledgementRequest): Promise<BreachAcknowledgementResponse> {
    return this.dataSource.transaction(async (manager) => {
      const notFound = () => new NotFoundException('No such case or cycle.');
      const agency = await caseAgency(manager, user, agencyCode, notFound);
      const [target]: ({ case_pk: string; status: string } & AcknowledgementColumns)[] = await manager.query(
        `SELECT c.case_pk, c.status, ${ACKNOWLEDGEMENT_COLUMNS}
         FROM sla_case sc JOIN sla_cycle c ON c.case_pk = sc.id
         LEFT JOIN breach_acknowledgement ack ON ack.case_pk = c.case_pk AND ack.cycle = c.cycle
         WHERE sc.agency_id = $1 AND sc.case_id = $2 AND c.cycle = $3
         FOR UPDATE OF sc`,
        [agency.id, caseId, cycle],
      );
      if (!target) throw notFound();
      if (!BREACHED.includes(target.status)) {
        const message = `cycle ${cycle} is ${target.status}: only a breached cycle can be acknowledged`;
        throw new BadRequestException({ message, errors: [{ field: 'cycle', rule: 'breached', message }] });
      }
      const before = acknowledgementOf(target);
      const acknowledgedAt = new Date();
      await manager.query(
        `INSERT INTO breach_acknowledgement (case_pk, cycle, agency_id, root_cause, note, acknowledged_by, acknowledged_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7)
         ON CONFLICT (case_pk, cycle) DO UPDATE SET root_cause = EXCLUDED.root_cause, note = EXCLUDED.note,
           acknowledged_by = EXCLUDED.acknowledged_by, acknowledged_at = EXCLUDED.acknowledged_at`,
        [target.case_pk, cycle, agency.id, input.rootCause, input.note, user.email, acknowledgedAt],
      );
      const after = { rootCause: input.rootCause, note: input.note, acknowledgedBy: user.email, acknowledgedAt: acknowledgedAt.toISOString() };
      await writeAudit(manager, {
        actor: actorOf(user),
        action: before ? 'replace' : 'create',
        entity: 'breach_acknowledgement',
        entityKey: `${agency.code}/${caseId}/${cycle}`,
        before,
        after,
      });
      return { agency: agency.code, caseId, cycle, ...after, replaced: before !== null };
    });
  }
}
