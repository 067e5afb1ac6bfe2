import type { MigrationInterface } from 'typeorm';
import { Foundation1795440893044 } from './1795440893044-Foundation';

/** Every migration in order. A landed migration is frozen: add a new one, never edit it. */
export const ALL_MIGRATIONS: (new () => MigrationInterface)[] = [Foundation1795440893044];
