import { BadRequestException, ParseUUIDPipe, ValidationError } from '@nestjs/common';

/** Flattens class-validator errors into `{ "applicant.phone": ["..."] }` keyed by field path. */
export function validationDetails(errors: ValidationError[], parent = ''): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const e of errors) {
    const path = parent ? `${parent}.${e.property}` : e.property;
    if (e.constraints) out[path] = Object.values(e.constraints);
    if (e.children?.length) Object.assign(out, validationDetails(e.children, path));
  }
  return out;
}

export class ValidationFailedException extends BadRequestException {
  constructor(readonly fields: Record<string, string[]>) {
    super({ code: 'VALIDATION_FAILED', message: 'Some fields are invalid', details: fields });
  }
}

export function validationExceptionFactory(errors: ValidationError[]): ValidationFailedException {
  return new ValidationFailedException(validationDetails(errors));
}

/** A path parameter that must be a UUID; anything else is a 400 naming the parameter. */
export function uuidParam(name = 'id'): ParseUUIDPipe {
  return new ParseUUIDPipe({
    exceptionFactory: () => new ValidationFailedException({ [name]: [`${name} must be a UUID`] }),
  });
}
