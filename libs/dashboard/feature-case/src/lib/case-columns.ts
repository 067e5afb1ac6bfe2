import type {
  CaseTimelineCycle,
  CaseTimelineEvent,
  CaseTimelineNotification,
  EventType,
  ReviewNotificationKind,
} from '@ws/contracts';
import type { I18n } from '@ws/dashboard-data-access';
import type { ReviewLabels } from '@ws/dashboard-ui-review';
import type { TableColumn } from '@ws/dashboard-ui-table';
import { NO_INSTANT, instantColumn } from '@ws/dashboard-ui-table';
import type { CaseDictionary } from './case-dictionary';

const dateTime = (i18n: I18n) => (iso: string) => i18n.date(iso, 'dateTime');
const instant = (i18n: I18n, iso: string | null) => (iso ? dateTime(i18n)(iso) : NO_INSTANT);

/** Columns of the cycles table: the same figures the chart draws, in words and numbers. */
export function cycleColumns(
  t: CaseDictionary,
  review: ReviewLabels,
  i18n: I18n,
): TableColumn<CaseTimelineCycle>[] {
  const c = t.columns;
  const formatInstant = dateTime(i18n);
  return [
    {
      key: 'cycle',
      label: c.cycle,
      text: (r) => i18n.number(r.cycle),
      sortValue: (r) => r.cycle,
      numeric: true,
    },
    { key: 'status', label: c.status, text: (r) => review.status[r.status], csv: (r) => r.status },
    instantColumn('started', c.started, (r) => r.startedAt, formatInstant),
    {
      key: 'stopped',
      label: c.stopped,
      text: (r) => instant(i18n, r.stoppedAt ?? r.cancelledAt),
      sortValue: (r) => r.stoppedAt,
      csv: (r) => r.stoppedAt ?? r.cancelledAt,
    },
    instantColumn('due', c.due, (r) => r.dueAt, formatInstant),
    instantColumn('breached', c.breached, (r) => r.breachedAt, formatInstant),
    {
      key: 'elapsed',
      label: c.elapsed,
      text: (r) => i18n.duration(r.elapsedSeconds * 1000),
      sortValue: (r) => r.elapsedSeconds,
      csv: (r) => r.elapsedSeconds,
      numeric: true,
    },
    {
      key: 'progress',
      label: c.progress,
      text: (r) => i18n.percent(r.progress, { fractionDigits: 0 }),
      sortValue: (r) => r.progress,
      csv: (r) => r.progress,
      numeric: true,
    },
    {
      key: 'pauses',
      label: c.pauses,
      text: (r) =>
        r.pauses.map((p) => `${instant(i18n, p.from)} – ${instant(i18n, p.to)}`).join('; '),
      sortValue: (r) => r.pauses.length,
    },
    {
      key: 'acknowledgement',
      label: c.acknowledgement,
      text: (r) =>
        r.acknowledgement
          ? `${review.rootCauses[r.acknowledgement.rootCause]}: ${r.acknowledgement.note}`
          : '—',
      csv: (r) => r.acknowledgement?.rootCause ?? null,
    },
  ];
}

/** Columns of the events table, each event applied or ignored with the engine's reason. */
export function eventColumns(t: CaseDictionary, i18n: I18n): TableColumn<CaseTimelineEvent>[] {
  const c = t.columns;
  const formatInstant = dateTime(i18n);
  return [
    {
      key: 'type',
      label: c.type,
      text: (r) => t.eventTypes[r.type as EventType] ?? r.type,
      csv: (r) => r.type,
    },
    instantColumn('occurred', c.occurred, (r) => r.occurredAt, formatInstant),
    instantColumn('received', c.received, (r) => r.receivedAt, formatInstant),
    { key: 'channel', label: c.channel, text: (r) => r.channel ?? '—' },
    { key: 'reason', label: c.reason, text: (r) => r.reason ?? '—' },
    {
      key: 'applied',
      label: c.applied,
      text: (r) => (r.ignoredReason ? t.ignored(r.ignoredReason) : t.applied),
      csv: (r) => r.ignoredReason ?? 'applied',
    },
  ];
}

/** Columns of the notifications table: which threshold, when, and the webhook's delivery. */
export function notificationColumns(
  t: CaseDictionary,
  i18n: I18n,
): TableColumn<CaseTimelineNotification>[] {
  const n = t.notifications;
  const formatInstant = dateTime(i18n);
  return [
    {
      key: 'kind',
      label: n.kind,
      text: (r) => n.kinds[r.kind as ReviewNotificationKind] ?? r.kind,
      csv: (r) => r.kind,
    },
    {
      key: 'cycle',
      label: n.cycle,
      text: (r) => (r.cycle === null ? '—' : i18n.number(r.cycle)),
      sortValue: (r) => r.cycle,
      numeric: true,
    },
    instantColumn('at', n.at, (r) => r.at, formatInstant),
    { key: 'webhook', label: n.webhook, text: (r) => r.webhookStatus },
  ];
}
