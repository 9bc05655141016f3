import {
  registerDecorator,
  type ValidationArguments,
  ValidateIf,
  type ValidationOptions,
} from 'class-validator';
import { isValidDate, isValidMonth } from '../time/business-time';

/**
 * A rule on one value as a property decorator: valid when `accepts` says so, else `message`
 * (`$property` names the field). The shape of every such rule of ours (dates, money, weights, ID numbers).
 */
export function valueRule(
  name: string,
  message: string | ((a: ValidationArguments) => string),
  accepts: (value: unknown) => boolean,
): (options?: ValidationOptions) => PropertyDecorator {
  return (options) => (target, propertyName) =>
    registerDecorator({
      name,
      target: target.constructor,
      propertyName: String(propertyName),
      options: { message, ...options },
      validator: { validate: (value: unknown) => accepts(value) },
    });
}

/** A real calendar date written `YYYY-MM-DD` (2026-02-30 is refused). */
export const IsCalendarDate = valueRule(
  'isCalendarDate',
  '$property must be a date YYYY-MM-DD',
  (value) => typeof value === 'string' && isValidDate(value),
);

/** A month written `YYYY-MM`. */
export const IsCalendarMonth = valueRule(
  'isCalendarMonth',
  '$property must be a month YYYY-MM',
  (value) => typeof value === 'string' && isValidMonth(value),
);

/**
 * Optional, but not nullable: unlike @IsOptional(), a `null` is validated (and refused by the
 * next decorator), so it never reaches a NOT NULL column as a 500.
 */
export function IsOmittable(): PropertyDecorator {
  return ValidateIf((_dto, value) => value !== undefined);
}
