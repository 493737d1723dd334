/**
 * The OpenAPI 3.1 document of the API, built from the contract's zod schemas (`z.toJSONSchema`)
 * and the route list (`routes.ts`). The server serves it at `/v1/openapi.json`; `npm run openapi`
 * writes it to `docs/openapi.json`, and a test keeps the committed copy equal to this.
 */
import { z } from 'zod';
import {
  batchRequestSchema,
  batchResponseSchema,
  changesPageSchema,
  CREATE_ONLY,
  DEFAULT_PAGE_LIMIT,
  MAX_PAGE_LIMIT,
  PROBLEM_CONTENT_TYPE,
  problemSchema,
  RESOURCE_NAMES,
  RESOURCE_SCHEMAS,
  tombstoneSchema,
  type ResourceName,
} from './contract.ts';
import { ROUTES, type Route } from './routes.ts';

type Json = Record<string, unknown>;
type SchemaRegistry = z.core.$ZodRegistry<{ id: string }>;

const ref = (id: string): Json => ({ $ref: `#/components/schemas/${id}` });

/** `insertion-orders` → `InsertionOrder`: the component name of one record. */
export function schemaName(resource: ResourceName): string {
  const singular = resource.endsWith('ies') ? `${resource.slice(0, -3)}y` : resource.replace(/s$/, '');
  return singular
    .split('-')
    .map((part) => part.charAt(0).toUpperCase() + part.slice(1))
    .join('');
}

/** The JSON Schemas of a registry, without the `$schema`/`$id` keys components do not want. */
function componentSchemas(registry: SchemaRegistry, io: 'input' | 'output'): Record<string, Json> {
  const { schemas } = z.toJSONSchema(registry, {
    target: 'draft-2020-12',
    io,
    unrepresentable: 'any',
    uri: (id) => `#/components/schemas/${id}`,
  });
  return Object.fromEntries(
    Object.entries(schemas).map(([id, schema]) => {
      const { $schema: _schema, $id: _id, ...rest } = schema as Json;
      return [id, rest];
    }),
  );
}

function outputRegistry(): SchemaRegistry {
  const registry = z.registry<{ id: string }>();
  for (const resource of RESOURCE_NAMES) {
    const record = RESOURCE_SCHEMAS[resource];
    registry.add(record, { id: schemaName(resource) });
    registry.add(z.object({ items: z.array(record), next: z.string().nullable() }), {
      id: `${schemaName(resource)}Page`,
    });
  }
  registry.add(problemSchema, { id: 'Problem' });
  registry.add(tombstoneSchema, { id: 'Tombstone' });
  registry.add(changesPageSchema, { id: 'ChangesPage' });
  registry.add(batchResponseSchema, { id: 'BatchResponse' });
  return registry;
}

function inputRegistry(): SchemaRegistry {
  const registry = z.registry<{ id: string }>();
  for (const resource of RESOURCE_NAMES) {
    const record = RESOURCE_SCHEMAS[resource];
    registry.add(record, { id: `${schemaName(resource)}Input` });
    if (!CREATE_ONLY.has(resource)) registry.add(record.partial(), { id: `${schemaName(resource)}Patch` });
  }
  registry.add(batchRequestSchema, { id: 'BatchRequest' });
  return registry;
}

// ───────────────────────────── operations ─────────────────────────────

const problem = (description: string): Json => ({
  description,
  content: { [PROBLEM_CONTENT_TYPE]: { schema: ref('Problem') } },
});
const json = (description: string, schema: Json, headers?: Json): Json => ({
  description,
  ...(headers ? { headers } : {}),
  content: { 'application/json': { schema } },
});
const etagHeader = { ETag: { description: 'The record’s version, `"3"`', schema: { type: 'string' } } };

const header = (name: string, description: string, required: boolean): Json => ({
  name,
  in: 'header',
  required,
  description,
  schema: { type: 'string' },
});
const idParameter = { name: 'id', in: 'path', required: true, schema: { type: 'string' } };
const pageParameters = (afterDescription: string): Json[] => [
  { name: 'after', in: 'query', required: false, description: afterDescription, schema: { type: 'string' } },
  {
    name: 'limit',
    in: 'query',
    required: false,
    schema: { type: 'integer', minimum: 1, maximum: MAX_PAGE_LIMIT, default: DEFAULT_PAGE_LIMIT },
  },
];
const idempotencyKey = header('Idempotency-Key', 'Retries with the same key get the first answer', true);
const ifMatch = header('If-Match', 'The version the change was made on (`3` or `"3"`)', true);

const writeProblems = {
  '400': problem('Malformed body, or no Idempotency-Key'),
  '422': problem('Breaks the domain rules (`validation`), or the key was used for another write'),
};

function recordOperation(route: Route, resource: ResourceName): Json {
  const name = schemaName(resource);
  const body = (schema: string): Json => ({
    required: true,
    content: { 'application/json': { schema: ref(schema) } },
  });
  switch (route.kind) {
    case 'list':
      return {
        parameters: pageParameters('The last id of the previous page'),
        responses: { '200': json('A page', ref(`${name}Page`)) },
      };
    case 'get':
      return {
        parameters: [idParameter],
        responses: {
          '200': json('The record', ref(name), etagHeader),
          '404': problem('Never existed'),
          '410': problem('Deleted: `current` is the tombstone'),
        },
      };
    case 'create':
      return {
        parameters: [idempotencyKey],
        requestBody: body(`${name}Input`),
        responses: {
          '201': json('Created', ref(name), etagHeader),
          ...writeProblems,
          '409': problem('The id is taken (`already_exists`) or a confirmed booking would overbook'),
        },
      };
    case 'update':
      return {
        parameters: [idParameter, idempotencyKey, ifMatch],
        requestBody: body(`${name}Patch`),
        responses: {
          '200': json('Updated', ref(name), etagHeader),
          ...writeProblems,
          '404': problem('Never existed'),
          '409': problem('Would overbook a placement, or move a section still in use'),
          '410': problem('Deleted'),
          '412': problem('Stale If-Match: `current` is the record'),
          '428': problem('No If-Match'),
        },
      };
    default:
      return {
        parameters: [idParameter, idempotencyKey, ifMatch],
        responses: {
          '200': json('Deleted', ref('Tombstone'), etagHeader),
          ...writeProblems,
          '404': problem('Never existed'),
          '409': problem('Other records refer to it (`in_use`)'),
          '410': problem('Already deleted'),
          '412': problem('Stale If-Match: `current` is the record'),
          '428': problem('No If-Match'),
        },
      };
  }
}

function otherOperation(route: Route): Json {
  switch (route.kind) {
    case 'batch':
      return {
        description:
          'Operations are applied in order. Operations sharing a `group` are all applied or none: when ' +
          'one is refused, it gets its own problem and the others of the group `group_failed` (424). ' +
          'Each result has the status the write would have had alone. An update or delete may give ' +
          '`basedOn` (the key of an earlier operation on the same record) instead of `ifMatch`: it ' +
          'applies to the version that one wrote, or gets `dependency_failed` (424, not stored).',
        requestBody: { required: true, content: { 'application/json': { schema: ref('BatchRequest') } } },
        responses: { '200': json('One result per operation, in order', ref('BatchResponse')) },
      };
    case 'changes':
      return {
        parameters: pageParameters('The cursor of the previous page (absent: from the start)'),
        responses: { '200': json('Changes after the cursor, oldest first', ref('ChangesPage')) },
      };
    default:
      return {
        security: [],
        responses: { '200': json('The OpenAPI document', { type: 'object' }) },
      };
  }
}

function operation(route: Route): Json {
  const specific = route.resource ? recordOperation(route, route.resource) : otherOperation(route);
  const responses = specific.responses as Json;
  return {
    operationId: route.operationId,
    summary: route.summary,
    tags: [route.resource ?? 'sync'],
    ...specific,
    responses: route.public
      ? responses
      : {
          ...responses,
          '401': problem('No valid bearer token'),
          '429': problem('Too many requests: wait Retry-After seconds'),
          default: problem('Any other problem'),
        },
  };
}

function paths(): Json {
  const result: Record<string, Json> = {};
  for (const route of ROUTES) {
    result[route.path] = { ...result[route.path], [route.method.toLowerCase()]: operation(route) };
  }
  return result;
}

export function buildOpenApiDocument(): Json {
  return {
    openapi: '3.1.0',
    info: {
      title: 'Slotboard ad server API',
      version: '1.0.0',
      description:
        'The REST API the Slotboard planner syncs with. Records carry a client-made UUIDv7 `id`, a ' +
        'server `version` and `updatedAt`. Writes need an `Idempotency-Key`; updates and deletes ' +
        '`If-Match: <version>`. Errors are RFC 9457 problem details with a machine-readable `code`.',
    },
    jsonSchemaDialect: 'https://json-schema.org/draft/2020-12/schema',
    security: [{ bearer: [] }],
    paths: paths(),
    components: {
      securitySchemes: { bearer: { type: 'http', scheme: 'bearer' } },
      schemas: {
        ...componentSchemas(outputRegistry(), 'output'),
        ...componentSchemas(inputRegistry(), 'input'),
      },
    },
  };
}
