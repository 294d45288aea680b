import { z } from 'zod';
import type { Operation } from './route.ts';

type JsonSchema = Record<string, unknown>;

function toSchema(schema: z.ZodType, io: 'input' | 'output'): JsonSchema {
  const { $schema: _ignored, ...json } = z.toJSONSchema(schema, { io, unrepresentable: 'any' }) as JsonSchema;
  return json;
}

function parametersOf(schema: z.ZodType | undefined, location: 'path' | 'query'): JsonSchema[] {
  if (!schema) return [];
  const json = toSchema(schema, 'input') as { properties?: Record<string, JsonSchema>; required?: string[] };
  return Object.entries(json.properties ?? {}).map(([name, property]) => ({
    name,
    in: location,
    required: location === 'path' || (json.required ?? []).includes(name),
    schema: property,
  }));
}

const problemResponse = {
  description: 'Error (RFC 9457 problem details)',
  content: { 'application/problem+json': { schema: { type: 'object' } } },
};

/** The OpenAPI 3.1 document, built from the same operations and zod schemas that validate requests. */
export function buildOpenApiDocument(operations: Operation[]): JsonSchema {
  const paths: Record<string, Record<string, JsonSchema>> = {};
  for (const { method, path, spec } of operations) {
    const openApiPath = `/api/v1${path}`.replace(/:(\w+)/g, '{$1}').replace(/\/$/, '') || '/';
    const status = String(spec.status ?? (spec.response ? 200 : 204));
    paths[openApiPath] ??= {};
    paths[openApiPath][method] = {
      summary: spec.summary,
      ...(spec.access === 'public' ? { security: [] } : { 'x-required-role': spec.access }),
      parameters: [...parametersOf(spec.params, 'path'), ...parametersOf(spec.query, 'query')],
      ...(spec.body
        ? { requestBody: { required: true, content: { 'application/json': { schema: toSchema(spec.body, 'input') } } } }
        : {}),
      responses: {
        [status]: spec.response
          ? { description: 'OK', content: { 'application/json': { schema: toSchema(spec.response, 'output') } } }
          : { description: 'No content' },
        default: problemResponse,
      },
    };
  }
  return {
    openapi: '3.1.0',
    info: { title: '云标看板 · Cloud Standards Progress Tracker API', version: '1' },
    components: {
      securitySchemes: { session: { type: 'apiKey', in: 'cookie', name: 'cloudstd_session' } },
    },
    security: [{ session: [] }],
    paths,
  };
}
