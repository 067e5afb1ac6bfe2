import { BadRequestException, PipeTransform } from '@nestjs/common';

const MAX_ID = 2_147_483_647;

/** A 400 naming one field and its rule, in the API's error body. */
export function fieldBadRequest(field: string, rule: string, message: string): BadRequestException {
  return new BadRequestException({ message, errors: [{ field, rule, message }] });
}

/** `@Param('id', new IdParameter('id'))`: a whole number from 1 to 2^31 - 1 (an integer key), else a 400 naming it. */
export class IdParameter implements PipeTransform<string, number> {
  constructor(private readonly field: string) {}

  transform(value: string): number {
    const id = /^[1-9]\d{0,9}$/.test(value) ? Number(value) : 0;
    if (id < 1 || id > MAX_ID) throw fieldBadRequest(this.field, 'id', `${this.field} must be a whole number from 1 to ${MAX_ID}`);
    return id;
  }
}
