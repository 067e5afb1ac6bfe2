import { AgencyEntity } from './agency.entity';
import { AppUserEntity } from './app-user.entity';
import { AuditLogEntity } from './audit-log.entity';
import { BreachAcknowledgementEntity } from './breach-acknowledgement.entity';
import { CalendarVersionEntity } from './calendar-version.entity';
import { CalendarEntity } from './calendar.entity';
import { EventBatchEntity } from './event-batch.entity';
import { FeedEventEntity } from './feed-event.entity';
import { FeedEventKeyEntity } from './feed-event-key.entity';
import { FeedKeyEntity } from './feed-key.entity';
import { KpiEntity } from './kpi.entity';
import { MaturityAssessmentEntity } from './maturity-assessment.entity';
import { MaturityRevisionEntity } from './maturity-revision.entity';
import { Nds3OutcomeEntity } from './nds3-outcome.entity';
import { EventConflictEntity } from './event-conflict.entity';
import { EventRejectionEntity } from './event-rejection.entity';
import { NotificationEntity } from './notification.entity';
import { RestatementPendingEntity } from './restatement-pending.entity';
import { SlaBacklogEntity } from './sla-backlog.entity';
import { SlaCaseEntity } from './sla-case.entity';
import { SlaCycleEntity } from './sla-cycle.entity';
import { SlaProcessingPeriodEntity } from './sla-processing-period.entity';
import { SlaProcessingVersionEntity } from './sla-processing-version.entity';
import { SlaRollupDayEntity } from './sla-rollup-day.entity';
import { SlaRollupChannelMonthEntity } from './sla-rollup-channel-month.entity';
import { SlaRollupMonthEntity } from './sla-rollup-month.entity';
import { SlaRollupServiceMonthEntity } from './sla-rollup-service-month.entity';
import { ServiceRequesterEntity } from './service-requester.entity';
import { ServiceEntity } from './service.entity';
import { SlaDefinitionEntity } from './sla-definition.entity';
import { UserSessionEntity } from './user-session.entity';

export {
  AgencyEntity,
  AppUserEntity,
  AuditLogEntity,
  BreachAcknowledgementEntity,
  CalendarEntity,
  CalendarVersionEntity,
  EventBatchEntity,
  FeedEventEntity,
  FeedEventKeyEntity,
  FeedKeyEntity,
  KpiEntity,
  MaturityAssessmentEntity,
  MaturityRevisionEntity,
  Nds3OutcomeEntity,
  EventConflictEntity,
  EventRejectionEntity,
  NotificationEntity,
  RestatementPendingEntity,
  SlaCaseEntity,
  SlaCycleEntity,
  SlaRollupDayEntity,
  SlaProcessingVersionEntity,
  SlaProcessingPeriodEntity,
  SlaBacklogEntity,
  SlaRollupMonthEntity,
  SlaRollupServiceMonthEntity,
  SlaRollupChannelMonthEntity,
  ServiceEntity,
  ServiceRequesterEntity,
  SlaDefinitionEntity,
  UserSessionEntity,
};
export { ROLES } from './app-user.entity';
export type { Role } from './app-user.entity';
export type { EventBatchStatus } from './event-batch.entity';
export { NOTIFICATION_KINDS } from './notification.entity';
export type { NotificationKind } from './notification.entity';
export { SERVICE_TYPES } from './service.entity';
export type { ServiceType } from './service.entity';
export { TARGET_UNITS } from './sla-definition.entity';
export type { TargetUnitName } from './sla-definition.entity';

export const ENTITIES = [
  AgencyEntity,
  ServiceEntity,
  ServiceRequesterEntity,
  CalendarEntity,
  CalendarVersionEntity,
  SlaDefinitionEntity,
  KpiEntity,
  Nds3OutcomeEntity,
  MaturityAssessmentEntity,
  MaturityRevisionEntity,
  AppUserEntity,
  UserSessionEntity,
  AuditLogEntity,
  FeedKeyEntity,
  EventBatchEntity,
  FeedEventEntity,
  FeedEventKeyEntity,
  EventConflictEntity,
  EventRejectionEntity,
  SlaCaseEntity,
  SlaCycleEntity,
  SlaRollupDayEntity,
  SlaProcessingVersionEntity,
  SlaProcessingPeriodEntity,
  SlaBacklogEntity,
  SlaRollupMonthEntity,
  SlaRollupServiceMonthEntity,
  SlaRollupChannelMonthEntity,
  NotificationEntity,
  RestatementPendingEntity,
  BreachAcknowledgementEntity,
];
