import { FieldError } from '@ws/contracts';

/** The fields of an event in the feed contract (docs/ingestion.md); any other is refused. */
const EVENT_FIELDS = new Set(['eventId', 'type', 'caseId', 'serviceCode', 'occurredAt', 'channel', 'requestingAgency', 'reason', 'survey', 'attributes']);
const SURVEY_FIELDS = new Set(['score', 'scale']);
/** Keys that would reach an object's prototype if copied by assignment. */
const RESERVED_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

/** A field name as reported: a very long one is cut. */
const shown = (field: string) => (field.length > 64 ? `${field.slice(0, 64)}...` : field);

const unknownField = (field: string, known: ReadonlySet<string>): FieldError => ({
  field: shown(field),
  rule: 'unknown-field',
  message: `${shown(field)} is not a field of an event (the fields are ${[...known].join(', ')})`,
});

/** Fields the contract does not have, at the top level and in `survey`. */
export function checkKnownFields(input: Record<string, unknown>, problems: FieldError[]): void {
  for (const key of Object.keys(input)) if (!EVENT_FIELDS.has(key)) problems.push(unknownField(key, EVENT_FIELDS));
  const survey = input['survey'];
  if (typeof survey === 'object' && survey !== null && !Array.isArray(survey)) {
    for (const key of Object.keys(survey)) if (!SURVEY_FIELDS.has(key)) problems.push(unknownField(`survey.${key}`, SURVEY_FIELDS));
  }
}

/** Attribute names that are prototype keys (`__proto__`, `constructor`, `prototype`). */
export function checkAttributeNames(attributes: object, problems: FieldError[]): void {
  for (const key of Object.keys(attributes)) {
    if (RESERVED_KEYS.has(key)) problems.push({ field: `attributes.${key}`, rule: 'reserved-key', message: `attributes.${key}: "${key}" may not be an attribute name` });
  }
}
