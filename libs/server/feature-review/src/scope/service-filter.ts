import { BadRequestException } from '@nestjs/common';
import { EntityManager } from 'typeorm';

/** The id of a service code given as a filter; an unknown code is a 400 on the field. */
export async function serviceFilterId(manager: EntityManager, code: string | undefined): Promise<number | null> {
  if (code === undefined) return null;
  const [row]: { id: number }[] = await manager.query(`SELECT id FROM service WHERE code = $1`, [code]);
  if (row) return row.id;
  const message = `service ${code} is not a service of the catalogue`;
  throw new BadRequestException({ message, errors: [{ field: 'service', rule: 'known-service', message }] });
}
