// OpenAPI 3.1 document generated from the routes table, served at /api/docs.
import { z } from 'zod';
import { ErrorBody } from './common-schemas';
import { routes } from './routes';

function jsonSchema(schema: z.ZodType, io: 'input' | 'output'): Record<string, unknown> {
  return z.toJSONSchema(schema, { io, unrepresentable: 'any' }) as Record<string, unknown>;
}

export function openApiDocument(version: string): Record<string, unknown> {
  const paths: Record<string, Record<string, unknown>> = {};
  for (const [name, def] of Object.entries(routes)) {
    const path = def.path.replace(/:([A-Za-z]+)/g, '{$1}');
    const paramShape = (def.params as z.ZodObject).shape as Record<string, z.ZodType>;
    const queryShape = (def.query as z.ZodObject).shape as Record<string, z.ZodType>;
    const parameters = [
      ...Object.keys(paramShape).map((key) => ({ name: key, in: 'path', required: true, schema: { type: 'string' } })),
      ...Object.entries(queryShape).map(([key, schema]) => ({
        name: key,
        in: 'query',
        required: false,
        schema: jsonSchema(schema, 'input'),
      })),
    ];
    const hasBody = def.method !== 'GET' && def.method !== 'DELETE' && Object.keys((def.body as z.ZodObject).shape ?? {}).length > 0;
    (paths[path] ??= {})[def.method.toLowerCase()] = {
      operationId: name,
      summary: def.summary,
      tags: [def.tag],
      ...(def.auth === 'session' ? { security: [{ cookie: [] }, { bearer: [] }] } : {}),
      parameters,
      ...(hasBody ? { requestBody: { required: true, content: { 'application/json': { schema: jsonSchema(def.body, 'input') } } } } : {}),
      responses: {
        [String(def.status)]: { description: 'Success', content: { 'application/json': { schema: jsonSchema(def.response, 'output') } } },
        default: { description: 'Error with a code', content: { 'application/json': { schema: jsonSchema(ErrorBody, 'output') } } },
      },
    };
  }
  return {
    openapi: '3.1.0',
    info: { title: 'Tamga API', version, license: { name: 'Apache-2.0' } },
    components: {
      securitySchemes: {
        cookie: { type: 'apiKey', in: 'cookie', name: 'tamga_session' },
        bearer: { type: 'http', scheme: 'bearer' },
      },
    },
    paths,
  };
}
