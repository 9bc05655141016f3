/**
 * Checks answers against the OpenAPI document the app serves (`/api/docs-json`, OpenAPI 3.1) with
 * ajv: every documented JSON Schema keyword counts (types, formats, enums, nulls, patterns, ranges),
 * and an object may hold no key its schema does not name.
 */
import Ajv2020, { type ErrorObject, type ValidateFunction } from 'ajv/dist/2020';
import addFormats from 'ajv-formats';

type JsonSchema = Record<string, unknown>;

interface MediaType {
  schema?: JsonSchema;
}

interface Operation {
  operationId?: string;
  responses: Record<string, { description?: string; content?: Record<string, MediaType> }>;
}

export interface OpenApiDocument {
  openapi: string;
  paths: Record<string, Record<string, Operation>>;
  components: { schemas: Record<string, JsonSchema> };
}

/** An answer as a test got it (a supertest response will do): status, body, and its headers when known. */
export interface AnswerResponse {
  status: number;
  body: unknown;
  headers?: Record<string, string | string[] | undefined>;
  text?: string;
}

/** An operation's answer as the test got it: method, documented path, and the response. */
export type Answer = readonly [method: string, path: string, res: AnswerResponse];

/** Failures any route can answer without documenting them: too large or unreadable bodies, and 5xx. */
const GENERIC_FAILURES = new Set([413, 415]);

const COMPONENTS_ID = 'openapi-components';

/**
 * The document's schemas as ajv reads them: references into one schema of their own, and every
 * object that lists its properties closed to others (`unevaluatedProperties: false`, which lets
 * `allOf`/`anyOf` combine them), so a key the document does not name is a departure too.
 */
function forAjv(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(forAjv);
  if (!node || typeof node !== 'object') return node;
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(node as Record<string, unknown>)) {
    if (key === '$ref' && typeof value === 'string')
      out.$ref = value.replace('#/components/schemas/', `${COMPONENTS_ID}#/$defs/`);
    else if (key === 'properties' && value && typeof value === 'object')
      out.properties = Object.fromEntries(Object.entries(value).map(([k, v]) => [k, forAjv(v)]));
    else if (key === 'example' || key === 'examples') out[key] = value;
    else out[key] = forAjv(value);
  }
  if (out.properties && !('additionalProperties' in out) && !('unevaluatedProperties' in out))
    out.unevaluatedProperties = false;
  return out;
}

const validators = new WeakMap<OpenApiDocument, AnswerValidator>();

/** Compiles (once per document) and runs the schema of each documented answer. */
class AnswerValidator {
  private readonly ajv: Ajv2020;
  private readonly compiled = new Map<string, ValidateFunction>();

  constructor(private readonly doc: OpenApiDocument) {
    if (!doc.openapi?.startsWith('3.1'))
      throw new Error(`expected an OpenAPI 3.1 document, got ${doc.openapi}`);
    this.ajv = new Ajv2020({
      allErrors: true,
      strict: true,
      allowUnionTypes: true,
      keywords: ['example', 'xml', 'externalDocs', 'discriminator'],
    });
    addFormats(this.ajv);
    for (const format of ['binary', 'int32', 'int64', 'float', 'double']) this.ajv.addFormat(format, true);
    this.ajv.addSchema({ $id: COMPONENTS_ID, $defs: forAjv(doc.components.schemas) as JsonSchema });
  }

  problems([method, path, res]: Answer): string[] {
    const at = `${method.toUpperCase()} ${path} ${res.status}`;
    const operation = this.doc.paths[path]?.[method.toLowerCase()];
    if (!operation) return [`${method.toUpperCase()} ${path}: no such operation in the document`];
    const status = String(res.status);
    const response =
      operation.responses[status] ?? operation.responses[`${status[0]}XX`] ?? operation.responses.default;
    const errorBody = { $ref: '#/components/schemas/ErrorResponse' };
    if (!response) {
      if (res.status >= 500 || GENERIC_FAILURES.has(res.status))
        return this.schemaProblems(at, `error:${res.status}`, errorBody, res.body);
      const code = (res.body as { code?: unknown } | null)?.code;
      return [`${at}: the status is not documented${code ? ` (${String(code)})` : ''}`];
    }
    const type = contentType(res) ?? 'application/json';
    const content = response.content;
    if (!content || !Object.keys(content).length) {
      const empty = res.body === undefined || res.body === '' || isEmptyObject(res.body);
      return empty && !res.text ? [] : [`${at}: a body where the document gives none`];
    }
    const media = content[type];
    if (!media) return [`${at}: answered ${type}, documented ${Object.keys(content).join(', ')}`];
    if (!/json/.test(type) || !media.schema) return [];
    return this.schemaProblems(at, `${method} ${path} ${status} ${type}`, media.schema, res.body);
  }

  /** Compiles the schema of every documented JSON answer; what ajv refuses, as `METHOD path status: error`. */
  compileAll(): string[] {
    const problems: string[] = [];
    for (const [path, operations] of Object.entries(this.doc.paths))
      for (const [method, operation] of Object.entries(operations))
        for (const [status, response] of Object.entries(operation.responses))
          for (const [type, media] of Object.entries(response.content ?? {}))
            if (/json/.test(type) && media.schema)
              try {
                this.schemaProblems('', `${method} ${path} ${status} ${type}`, media.schema, undefined);
              } catch (err) {
                problems.push(`${method.toUpperCase()} ${path} ${status}: ${(err as Error).message}`);
              }
    return problems;
  }

  private schemaProblems(at: string, key: string, schema: JsonSchema, body: unknown): string[] {
    let validate = this.compiled.get(key);
    if (!validate) {
      validate = this.ajv.compile(forAjv(schema) as JsonSchema);
      this.compiled.set(key, validate);
    }
    if (validate(body)) return [];
    return (validate.errors ?? []).map((e) => `${at}: ${describe(e, body)}`);
  }
}

function contentType(res: AnswerResponse): string | undefined {
  const header = res.headers?.['content-type'];
  const value = Array.isArray(header) ? header[0] : header;
  return value?.split(';')[0].trim().toLowerCase() || undefined;
}

function isEmptyObject(value: unknown): boolean {
  return !!value && typeof value === 'object' && !Array.isArray(value) && !Object.keys(value).length;
}

/** One ajv error as `$.items[0].distanceM must be number,null (got "12.5")`. */
function describe(e: ErrorObject, body: unknown): string {
  const segments = e.instancePath.split('/').slice(1);
  const where =
    '$' +
    segments
      .map((s) => (/^\d+$/.test(s) ? `[${s}]` : `.${s.replace(/~1/g, '/').replace(/~0/g, '~')}`))
      .join('');
  let value: unknown = body;
  for (const s of segments) value = (value as Record<string, unknown> | undefined)?.[s];
  if (e.keyword === 'unevaluatedProperties')
    return `${where}.${String(e.params.unevaluatedProperty)} is not documented`;
  if (e.keyword === 'required') return `${where}.${String(e.params.missingProperty)} is missing`;
  const allowed = e.keyword === 'enum' ? ` ${JSON.stringify(e.params.allowedValues)}` : '';
  return `${where} ${e.message}${allowed} (got ${JSON.stringify(value)?.slice(0, 80)})`;
}

function validatorFor(doc: OpenApiDocument): AnswerValidator {
  let validator = validators.get(doc);
  if (!validator) {
    validator = new AnswerValidator(doc);
    validators.set(doc, validator);
  }
  return validator;
}

/** Where the answers depart from their documented schemas, as `METHOD path status: problem`; empty when all fit. */
export function answerProblems(doc: OpenApiDocument, answers: readonly Answer[]): string[] {
  const validator = validatorFor(doc);
  return [...new Set(answers.flatMap((answer) => validator.problems(answer)))];
}

/** The documented JSON answers whose schema ajv cannot compile in strict mode; empty when all can. */
export function uncompilableSchemas(doc: OpenApiDocument): string[] {
  return validatorFor(doc).compileAll();
}

/** A route as the server matched it (`/api/v1/shifts/:id/cancel`), as the document spells it. */
export function documentedPath(route: string): string {
  return route.replace(/:(\w+)/g, '{$1}');
}
