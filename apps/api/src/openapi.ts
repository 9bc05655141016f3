import type { INestApplication, Type } from '@nestjs/common';
import { ModulesContainer, NestFactory, Reflector } from '@nestjs/core';
import { FastifyAdapter } from '@nestjs/platform-fastify';
import {
  DocumentBuilder,
  getSchemaPath,
  type OpenAPIObject,
  type OperationObject,
  type ResponseObject,
  SwaggerModule,
} from '@nestjs/swagger';
import {
  type AppConfig,
  ErrorResponse,
  IDENTIFIES_CALLER,
  IS_PUBLIC,
  PUBLIC_READ_RULE,
  type Role,
  ROLES_KEY,
} from '@app/core';
import { AppModule } from './app.module';
import { useRoutes } from './routes';

const BEARER = 'bearer';

/** What every operation may answer besides its own failures, when it applies (see `documentAccessAndErrors`). */
const COMMON_ERRORS = {
  400:
    'VALIDATION_FAILED: the input breaks the schema (`details` holds the messages of each invalid field, keyed ' +
    'by its path); MALFORMED_REQUEST: the body is not JSON',
  401:
    'UNAUTHENTICATED without a valid access token (missing, expired, malformed or without `exp`); SESSION_ENDED ' +
    'once its sign-in session has ended: sign in again',
  403: 'FORBIDDEN: your role may not do this; OUTSIDE_JURISDICTION: the record or region is not in your jurisdiction',
  404:
    'A record the request names (in the path, or an id in the query or body) does not exist or is outside your ' +
    'jurisdiction; `code` names it, e.g. SHIFT_NOT_FOUND',
} as const;

/** The tags the controllers use (`@ApiTags`), described once for the whole document. */
const TAGS: Record<string, string> = {
  health: 'Readiness',
  operations: 'Metrics for the operator (Prometheus), with the scrape token',
  auth: 'Sign-in, tokens, sessions and passwords of staff and residents',
  security: 'The security administrator: sessions and lock-outs',
  places: 'Regions and service points (公共法律服务站点)',
  people: 'Staff and the advisors of villages (一村一顾问)',
  rosters: 'The working-day calendar, duty shifts, leave, roster generation and calendar feeds',
  attendance: 'Sign-in and sign-out on duty (签到/签退), corrections and the attendance sheet',
  booking: 'Slots, appointments and ratings; residents sign in with an SMS code',
  'work log': 'Service logs (工作台账) and workshops (法治讲座)',
  'legal aid': 'Legal-aid cases (法律援助) and their statutory clocks',
  stats:
    'Monthly and yearly statistics, exports, the year-end report and the ranking (排名) of counties and townships',
  imports: 'Imports of past records (往年台账导入): templates, dry runs, commits and withdrawals',
  periods:
    'Month-end close (月结) and 零上报 of each township, numbered amendments, and which townships are behind',
  registers:
    'Registers (台账) as xlsx — 工作日志, 法律援助案件台账, 法治讲座台账, 合同审核台账 — and the month’s duty roster (值班表) to print',
  supervision:
    'Obligations of the advisors, live quotas that warn before a period ends, the quarterly assessment (考核), ' +
    'lawyers’ requests (换班/请假/补卡) and their approval, absences and standby lawyers, notices to staff',
  audit: 'The hash-chained audit trail (auditor)',
  notifications: 'The SMS outbox',
  development: 'Development helpers, absent in production',
};

/** What a route declares about its callers (`@Public()`, `@IdentifiesCaller()`, `@Roles(...)`). */
export interface RouteAccess {
  isPublic: boolean;
  identifiesCaller: boolean;
  /** The roles it needs; null: any signed-in caller. */
  roles: Role[] | null;
}

/** The access of every controller method, by the operationId Nest gives it (`<Controller>_<method>`). */
export function routeAccess(app: INestApplication): Map<string, RouteAccess> {
  const reflector = new Reflector();
  const out = new Map<string, RouteAccess>();
  for (const module of app.get(ModulesContainer).values())
    for (const wrapper of module.controllers.values()) {
      const type = wrapper.metatype as Type | undefined;
      if (!type?.prototype) continue;
      for (const name of Object.getOwnPropertyNames(type.prototype)) {
        const handler = (type.prototype as Record<string, unknown>)[name];
        if (name === 'constructor' || typeof handler !== 'function') continue;
        const targets = [handler, type];
        out.set(`${type.name}_${name}`, {
          isPublic: reflector.getAllAndOverride<boolean>(IS_PUBLIC, targets) === true,
          identifiesCaller: reflector.getAllAndOverride<boolean>(IDENTIFIES_CALLER, targets) === true,
          roles: reflector.getAllAndOverride<Role[] | undefined>(ROLES_KEY, targets) ?? null,
        });
      }
    }
  return out;
}

/** The names of an operation's query parameters and of its JSON body's properties. */
function inputNames(document: OpenAPIObject, operation: OperationObject): string[] {
  const query = (operation.parameters ?? []).flatMap((p) => ('name' in p ? [p.name] : []));
  const body =
    operation.requestBody && 'content' in operation.requestBody ? operation.requestBody : undefined;
  const ref = (body?.content['application/json']?.schema as { $ref?: string } | undefined)?.$ref;
  const schema = ref ? document.components?.schemas?.[ref.split('/').pop()!] : undefined;
  return [...query, ...Object.keys((schema as { properties?: object } | undefined)?.properties ?? {})];
}

/**
 * Says for every operation who may call it and how it fails, from what the route declares rather than
 * from each route's decorators, so none is forgotten: the bearer token for every route that is not
 * `@Public()` (optional where it `@IdentifiesCaller()`), 400 where there is input, 401 for a token,
 * 403 for a role, 404 for a record the request names (an id in the path, query or body); each failure
 * with the `ErrorResponse` body.
 */
function documentAccessAndErrors(document: OpenAPIObject, app: INestApplication): void {
  const access = routeAccess(app);
  const errorBody = { 'application/json': { schema: { $ref: getSchemaPath(ErrorResponse) } } };
  for (const [path, item] of Object.entries(document.paths))
    for (const operation of Object.values(item) as OperationObject[]) {
      if (!operation?.responses) continue;
      const route = access.get((operation.operationId ?? '').replace(/_v\d+$/, ''));
      if (!route)
        throw new Error(`OpenAPI: no controller method for operation ${operation.operationId} (${path})`);
      // Every `:id` goes through uuidParam(): anything but a UUID is a 400.
      for (const parameter of operation.parameters ?? [])
        if ('in' in parameter && parameter.in === 'path' && parameter.name === 'id' && parameter.schema)
          Object.assign(parameter.schema, { format: 'uuid' });
      operation.security = route.isPublic
        ? route.identifiesCaller
          ? [{}, { [BEARER]: [] }]
          : []
        : [{ [BEARER]: [] }];
      const common: [status: keyof typeof COMMON_ERRORS, applies: boolean][] = [
        [400, !!operation.requestBody || !!operation.parameters?.length],
        [401, !route.isPublic],
        [403, !route.isPublic && !!route.roles?.length],
        [404, /\{id\}/.test(path) || inputNames(document, operation).some((name) => /Id$/.test(name))],
      ];
      for (const [status, applies] of common)
        if (applies) operation.responses[status] ??= { description: COMMON_ERRORS[status] };
      for (const [status, response] of Object.entries(operation.responses) as [string, ResponseObject][])
        if (/^[45]/.test(status)) response.content ??= errorBody;
      operation.responses = Object.fromEntries(
        Object.entries(operation.responses).sort(([a], [b]) => a.localeCompare(b)),
      );
    }
}

/** The OpenAPI document of the app's routes, as served at `/api/docs-json`. */
export function buildOpenApiDocument(app: INestApplication): OpenAPIObject {
  const document = SwaggerModule.createDocument(
    app,
    new DocumentBuilder()
      .setOpenAPIVersion('3.1.0')
      .setTitle('乡村公共法律服务平台 API')
      .setDescription(
        'Duty rosters, sign-in, bookings, work log, legal aid and statistics for rural public legal services. ' +
          'Every route that needs an access token answers 401 UNAUTHENTICATED without a valid one (a token ' +
          'must carry `exp`) and 401 SESSION_ENDED once its sign-in session has ended (logout, a new ' +
          'password, the account disabled, or ended by its owner or the security administrator): sign in again. ' +
          'Every failure answers with the ErrorResponse body and its `code`. ' +
          'JSON answers above 1 KiB are compressed (br or gzip) when the request accepts it. Every answer is ' +
          '`Cache-Control: no-store` except the public reads of the service-point directory, a point’s page and ' +
          `its slots: ${PUBLIC_READ_RULE} ` +
          'Health: `/api/health/live` answers while the process runs (no database), `/api/health/ready` and ' +
          '`/api/health` when the database answers too (503 otherwise).',
      )
      .setVersion('1')
      .addServer('/', 'This server: the API is under /api/v1 of the address the document was read from')
      .addBearerAuth({ type: 'http', scheme: 'bearer', bearerFormat: 'JWT' }, BEARER)
      .build(),
    { extraModels: [ErrorResponse] },
  );
  documentAccessAndErrors(document, app);
  const used = new Set(
    Object.values(document.paths).flatMap((item) =>
      Object.values(item).flatMap((o: OperationObject) => o.tags ?? []),
    ),
  );
  document.tags = [...used].map((name) => ({ name, ...(TAGS[name] ? { description: TAGS[name] } : {}) }));
  return document;
}

/**
 * The same document without a database or a server: Nest's preview mode registers the modules and
 * their routes but creates no provider, so nothing connects anywhere.
 */
export async function openApiDocumentOffline(config: AppConfig): Promise<OpenAPIObject> {
  const app = await NestFactory.create(AppModule.forRoot(config), new FastifyAdapter(), {
    preview: true,
    logger: false,
  });
  useRoutes(app);
  try {
    return buildOpenApiDocument(app);
  } finally {
    await app.close();
  }
}
