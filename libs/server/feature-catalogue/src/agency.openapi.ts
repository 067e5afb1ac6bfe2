import { AgencyView, FEED_INTERVAL_HOURS } from '@ws/server-catalogue-store';

/** An agency as the API returns it, for the OpenAPI examples. */
export const AGENCY_EXAMPLE: AgencyView = {
  code: 'MOI',
  nameAr: 'وزارة الداخلية',
  nameEn: 'Ministry of Interior',
  active: true,
  feedIntervalHours: 4,
};

/** The body of `PATCH /agencies/:code`: every field optional, at least one. */
export const AGENCY_CHANGE_SCHEMA = {
  type: 'object',
  properties: {
    active: { type: 'boolean', example: true, description: 'false deactivates the agency, true activates it again' },
    feedIntervalHours: {
      type: 'integer',
      minimum: FEED_INTERVAL_HOURS.min,
      maximum: FEED_INTERVAL_HOURS.max,
      example: 4,
      description: 'Hours of working time (Sun-Thu, Asia/Qatar) within which the feed is expected to send a batch; beyond it the feed is stale.',
    },
  },
  example: { feedIntervalHours: 4 },
};
