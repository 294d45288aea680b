import { z } from 'zod';
import { downloadTypes } from './download.ts';
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

type Spec = Operation['spec'];

function requestBodyOf(spec: Spec): JsonSchema | undefined {
  if (spec.upload) {
    const file = { type: 'string', format: 'binary', description: 'An XLSX or CSV file' };
    const schema = { type: 'object', properties: { [spec.upload]: file }, required: [spec.upload] };
    return { required: true, content: { 'multipart/form-data': { schema } } };
  }
  if (spec.body) return { required: true, content: { 'application/json': { schema: toSchema(spec.body, 'input') } } };
  return undefined;
}

/** The success response: JSON, files (with their Content-Disposition), either, or no content. */
function successOf(spec: Spec): JsonSchema {
  const content: Record<string, JsonSchema> = {};
  if (spec.response) content['application/json'] = { schema: toSchema(spec.response, 'output') };
  for (const format of spec.download ?? []) {
    content[downloadTypes[format]] = { schema: { type: 'string', format: 'binary' } };
  }
  if (Object.keys(content).length === 0) return { description: 'No content' };
  const headers = spec.download
    ? {
        'Content-Disposition': {
          description: 'attachment, with the file name in UTF-8 (filename*) and an ASCII fallback',
          schema: { type: 'string' },
        },
      }
    : undefined;
  return { description: 'OK', content, ...(headers ? { headers } : {}) };
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
    const status = String(spec.status ?? (spec.response || spec.download ? 200 : 204));
    const requestBody = requestBodyOf(spec);
    paths[openApiPath] ??= {};
    paths[openApiPath][method] = {
      summary: spec.summary,
      ...(spec.access === 'public' ? { security: [] } : { 'x-required-role': spec.access }),
      parameters: [...parametersOf(spec.params, 'path'), ...parametersOf(spec.query, 'query')],
      ...(requestBody ? { requestBody } : {}),
      responses: { [status]: successOf(spec), default: problemResponse },
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
