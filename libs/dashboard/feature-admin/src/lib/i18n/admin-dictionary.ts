import type { Channel } from '@ws/contracts';

/** Every label of the administration screens; Arabic and English implement it alike. */
export interface AdminDictionary {
  title: string;
  notAllowed: string;
  sections: string;
  section: Record<
    'entities' | 'services' | 'calendars' | 'kpis' | 'maturity' | 'users' | 'feedKeys',
    string
  >;
  common: {
    code: string;
    nameAr: string;
    nameEn: string;
    name: string;
    agency: string;
    status: string;
    active: string;
    inactive: string;
    actions: string;
    create: string;
    save: string;
    cancel: string;
    saving: string;
    saved: string;
    failed: string;
    yes: string;
    no: string;
  };
  entities: {
    caption: string;
    add: string;
    deactivate: string;
    activate: string;
    /** Heading of the form that sets an entity's expected feed interval. */
    setFeedInterval: string;
    feedInterval: string;
    feedIntervalHint: string;
  };
  services: {
    caption: string;
    add: string;
    type: string;
    types: Record<
      'informational' | 'inquiry' | 'interactive' | 'procedural' | 'integrated',
      string
    >;
    channels: string;
    channel: Record<Channel, string>;
    digitised: string;
    target: string;
    targetAmount: string;
    targetUnit: string;
    units: Record<
      'businessMinutes' | 'businessHours' | 'workingDays' | 'calendarMinutes' | 'calendarHours',
      string
    >;
    calendar: string;
    atRiskRatio: string;
    version: string;
    changeTarget: string;
    newTargetFor: (service: string) => string;
  };
  calendars: {
    choose: string;
    caption: string;
    holiday: string;
    from: string;
    to: string;
    source: string;
    provisional: string;
    confirmed: string;
    confirm: string;
    confirmTitle: (holiday: string) => string;
    announcedDate: string;
    announcedHint: string;
    versionInfo: (version: number, by: string) => string;
    noHolidays: string;
  };
  kpis: {
    caption: string;
    outcome: string;
    baselineYear: string;
    baselineValue: string;
    target2030: string;
    comparison: string;
    comparisons: Record<'strict' | 'inclusive', string>;
    tolerance: string;
    edit: string;
    editTitle: (kpi: string) => string;
  };
  users: {
    caption: string;
    add: string;
    email: string;
    role: string;
    roles: Record<'central_office' | 'agency_manager' | 'leadership', string>;
    noAgency: string;
    passwordOnce: string;
  };
  feedKeys: {
    caption: string;
    add: string;
    label: string;
    prefix: string;
    createdAt: string;
    revokedAt: string;
    revoke: string;
    revoked: string;
    keyOnce: string;
  };
}
