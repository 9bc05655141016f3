import { registerDecorator, ValidateIf, ValidationOptions } from 'class-validator';
import { isValidDate, isValidMonth } from '../time/business-time';

/** A real calendar date written `YYYY-MM-DD` (2026-02-30 is refused). */
export function IsCalendarDate(options?: ValidationOptions): PropertyDecorator {
  return (target, propertyName) =>
    registerDecorator({
      name: 'isCalendarDate',
      target: target.constructor,
      propertyName: String(propertyName),
      options: { message: '$property must be a date YYYY-MM-DD', ...options },
      validator: { validate: (value: unknown) => typeof value === 'string' && isValidDate(value) },
    });
}

/** A month written `YYYY-MM`. */
export function IsCalendarMonth(options?: ValidationOptions): PropertyDecorator {
  return (target, propertyName) =>
    registerDecorator({
      name: 'isCalendarMonth',
      target: target.constructor,
      propertyName: String(propertyName),
      options: { message: '$property must be a month YYYY-MM', ...options },
      validator: { validate: (value: unknown) => typeof value === 'string' && isValidMonth(value) },
    });
}

/**
 * Optional, but not nullable: unlike @IsOptional(), a `null` is validated (and refused by the
 * next decorator), so it never reaches a NOT NULL column as a 500.
 */
export function IsOmittable(): PropertyDecorator {
  return ValidateIf((_dto, value) => value !== undefined);
}
