import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export const SEED_DIR = join(__dirname, '../../../seed-data');

export function readSeed<T>(file: string): T {
  return JSON.parse(readFileSync(join(SEED_DIR, file), 'utf8')) as T;
}

export function readSeedIfPresent<T>(file: string, fallback: T): T {
  return existsSync(join(SEED_DIR, file)) ? readSeed<T>(file) : fallback;
}

export function seedFilesIn(folder: string): string[] {
  return readdirSync(join(SEED_DIR, folder))
    .filter((name) => name.endsWith('.json'))
    .sort()
    .map((name) => join(folder, name));
}
