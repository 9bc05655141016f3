/** Checks an answer against the OpenAPI document the app serves (`/api/docs-json`). */

interface Schema {
  $ref?: string;
  type?: string;
  nullable?: boolean;
  properties?: Record<string, Schema>;
  required?: string[];
  items?: Schema;
  allOf?: Schema[];
}

export interface OpenApiDocument {
  paths: Record<
    string,
    Record<string, { responses: Record<string, { content?: Record<string, { schema: Schema }> }> }>
  >;
  components: { schemas: Record<string, Schema> };
}

/** An operation's answer as the test got it: method, documented path, and the response. */
export type Answer = readonly [method: string, path: string, res: { status: number; body: unknown }];

/** Where the answers depart from their documented shapes, as `METHOD path: problem`; empty when all fit. */
export function answerProblems(doc: OpenApiDocument, answers: readonly Answer[]): string[] {
  return answers.flatMap(([method, path, res]) =>
    shapeProblems(doc, responseSchema(doc, method, path, res.status), res.body).map(
      (problem) => `${method.toUpperCase()} ${path}: ${problem}`,
    ),
  );
}

/** The JSON schema of an operation's answer with `status`; throws when the document gives none. */
function responseSchema(doc: OpenApiDocument, method: string, path: string, status: number): Schema {
  const schema = doc.paths[path]?.[method]?.responses[String(status)]?.content?.['application/json']?.schema;
  if (!schema) throw new Error(`no ${status} JSON answer documented for ${method.toUpperCase()} ${path}`);
  return schema;
}

/**
 * Where `value` departs from `schema`: a documented required key it lacks, a key the document does not
 * name, a null where none is allowed; nested objects and arrays are followed. Empty when it fits.
 */
function shapeProblems(doc: OpenApiDocument, schema: Schema, value: unknown, at = '$'): string[] {
  const resolved = resolve(doc, schema);
  if (value === null) return resolved.nullable ? [] : [`${at} is null`];
  if (resolved.items) {
    if (!Array.isArray(value)) return [`${at} is not an array`];
    return value.flatMap((v, i) => shapeProblems(doc, resolved.items!, v, `${at}[${i}]`));
  }
  if (!resolved.properties) return [];
  if (typeof value !== 'object' || Array.isArray(value)) return [`${at} is not an object`];
  const record = value as Record<string, unknown>;
  const problems = (resolved.required ?? [])
    .filter((key) => !(key in record))
    .map((key) => `${at}.${key} is missing`);
  for (const [key, v] of Object.entries(record)) {
    const property = resolved.properties[key];
    if (!property) problems.push(`${at}.${key} is not documented`);
    else problems.push(...shapeProblems(doc, property, v, `${at}.${key}`));
  }
  return problems;
}

function resolve(doc: OpenApiDocument, schema: Schema): Schema {
  if (schema.$ref)
    return resolve(doc, doc.components.schemas[schema.$ref.replace('#/components/schemas/', '')]);
  if (schema.allOf) {
    // A nullable reference: { allOf: [{ $ref }], nullable: true }.
    const parts = schema.allOf.map((s) => resolve(doc, s));
    return {
      ...Object.assign({}, ...parts),
      nullable: schema.nullable,
      properties: Object.assign({}, ...parts.map((p) => p.properties)),
      required: parts.flatMap((p) => p.required ?? []),
    };
  }
  return schema;
}
