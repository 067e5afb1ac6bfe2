import { ConflictException, NotFoundException } from '@nestjs/common';

export function codeTaken(kind: string, code: string): ConflictException {
  return new ConflictException({
    message: `A ${kind} with code "${code}" already exists; codes are unique.`,
    errors: [{ field: 'code', rule: 'unique', message: `code "${code}" is already used` }],
  });
}

export function notFound(kind: string, code: string): NotFoundException {
  return new NotFoundException(`No ${kind} with code "${code}".`);
}

/** Deleting what history refers to is refused: deactivate it instead. */
export function stillReferenced(kind: string, code: string, by: string): ConflictException {
  return new ConflictException(
    `The ${kind} "${code}" is referred to by ${by}; it cannot be deleted. Deactivate it instead (PATCH with {"active": false}).`,
  );
}
