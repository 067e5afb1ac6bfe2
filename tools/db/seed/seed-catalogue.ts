import {
  createAgency,
  createCalendar,
  createService,
  parseAgencyInput,
  parseCalendarInput,
  parseServiceInput,
  setServiceRequesters,
} from '@ws/server-catalogue-store';
import { EntityManager } from 'typeorm';
import { readSeed, readSeedIfPresent, seedFilesIn } from './seed-files';

export const SEED_ACTOR = 'system:seed';

async function existingCodes(manager: EntityManager, table: 'agency' | 'calendar' | 'service'): Promise<Set<string>> {
  const rows: { code: string }[] = await manager.query(`SELECT code FROM ${table}`);
  return new Set(rows.map((row) => row.code));
}

/**
 * Adds what is missing; never overwrites: once loaded, reference data belongs to the central
 * office, whose edits a restart must not undo. Every creation goes through the same validation
 * and audit as the administration API.
 */
export async function seedCatalogue(manager: EntityManager): Promise<Record<string, number>> {
  const agencies = await existingCodes(manager, 'agency');
  const newAgencies = readSeed<unknown[]>('agencies.json').map((raw) => parseAgencyInput(raw)).filter((a) => !agencies.has(a.code));
  for (const agency of newAgencies) await createAgency(manager, agency, SEED_ACTOR);

  const calendars = await existingCodes(manager, 'calendar');
  const newCalendars = seedFilesIn('calendars')
    .map((file) => parseCalendarInput(readSeed<unknown>(file)))
    .filter((calendar) => !calendars.has(calendar.code));
  for (const calendar of newCalendars) await createCalendar(manager, { ...calendar, note: 'seed data' }, SEED_ACTOR);

  const services = await existingCodes(manager, 'service');
  const newServices = readSeed<unknown[]>('services.json').map((raw) => parseServiceInput(raw)).filter((s) => !services.has(s.code));
  for (const service of newServices) await createService(manager, service, SEED_ACTOR);

  const created = new Set(newServices.map((service) => service.code));
  const interAgency = readSeedIfPresent<{ service: string; requestingAgencies: string[] }[]>('inter-agency.json', []);
  for (const link of interAgency.filter((entry) => created.has(entry.service))) {
    await setServiceRequesters(manager, link.service, link.requestingAgencies, SEED_ACTOR);
  }
  return { agencies: newAgencies.length, calendars: newCalendars.length, services: newServices.length };
}
