import { applyDecorators } from '@nestjs/common';
import { ApiOkResponse, ApiProperty, ApiPropertyOptional, ApiResponse } from '@nestjs/swagger';
import type { ErrorBody } from '../errors/error-body';

/** The error body every failure answers with (`ErrorBody`, written by the global filter), for the OpenAPI document. */
export class ErrorResponse implements ErrorBody {
  @ApiProperty({ type: 'integer', minimum: 400, maximum: 599, example: 409, description: 'The HTTP status' })
  statusCode!: number;

  @ApiProperty({ example: 'Conflict', description: 'The HTTP reason phrase' })
  error!: string;

  @ApiProperty({
    example: 'SLOT_FULL',
    pattern: '^[A-Z][A-Z0-9_]*$',
    description:
      'Stable SCREAMING_SNAKE code to react to, e.g. VALIDATION_FAILED (400), UNAUTHENTICATED or SESSION_ENDED ' +
      '(401), OUTSIDE_JURISDICTION (403), SHIFT_NOT_FOUND (404), SLOT_FULL (409), LOG_LOCKED (422), ' +
      'DATABASE_UNAVAILABLE (503)',
  })
  code!: string;

  @ApiProperty({ description: 'For people; may change wording, never meaning' })
  message!: string;

  @ApiPropertyOptional({
    type: 'object',
    additionalProperties: true,
    description:
      'More about the failure: for VALIDATION_FAILED the messages of each invalid field, keyed by its path ' +
      '(`{ "applicant.phone": ["..."] }`); otherwise what the code documents (e.g. the conflicting record)',
  })
  details?: Record<string, unknown>;

  @ApiProperty({
    format: 'uuid',
    description: 'The server’s id of the request, also sent as the x-request-id header',
  })
  requestId!: string;
}

/** The statuses an operation can document with `@ApiErrors`. */
export type ErrorStatus = 400 | 401 | 403 | 404 | 409 | 422 | 423 | 429;

/**
 * Documents the failures an operation really answers, each with the `ErrorResponse` body and a
 * description naming its codes: `@ApiErrors({ 409: 'SLOT_FULL, OVERLAPPING_BOOKING', 422: 'SLOT_IN_PAST' })`.
 * On a controller it applies to every route. 400 (input), 401 (no valid token), 403 (role) and 404
 * (a record in the path) are added to every operation they apply to when the document is built.
 */
export function ApiErrors(errors: Partial<Record<ErrorStatus, string>>): MethodDecorator & ClassDecorator {
  return applyDecorators(
    ...Object.entries(errors).map(([status, description]) =>
      ApiResponse({ status: Number(status), description, type: ErrorResponse }),
    ),
  );
}

/**
 * A 200 answer that is a file or text rather than JSON, in each of its media types:
 * `@ApiFileResponse({ 'text/csv': 'text', [XLSX]: 'binary' }, 'The tally')`. Failures stay JSON.
 */
export function ApiFileResponse(
  types: Record<string, 'text' | 'binary'>,
  description: string,
): MethodDecorator & ClassDecorator {
  return ApiOkResponse({
    description,
    content: Object.fromEntries(
      Object.entries(types).map(([type, kind]) => [
        type,
        { schema: kind === 'binary' ? { type: 'string', format: 'binary' } : { type: 'string' } },
      ]),
    ),
  });
}
