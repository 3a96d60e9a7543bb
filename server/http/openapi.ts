import type { RouterRoute } from 'hono/types';
import { z } from 'zod';
import { PERMISSION_LABELS } from '../../shared/labels.ts';
import { ERROR_CODES, ERROR_STATUS } from '../lib/app-error.ts';
import { routeGuardOf } from './auth.ts';
import { routeInputOf } from './validate.ts';

type JsonSchema = Record<string, unknown>;

const toSchema = (schema: z.ZodType): JsonSchema => {
  const { $schema: _drop, ...rest } = z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }) as JsonSchema;
  return rest;
};

const ERROR_BODY: JsonSchema = {
  type: 'object',
  required: ['error'],
  properties: {
    error: {
      type: 'object',
      required: ['code', 'message'],
      properties: {
        code: { type: 'string', enum: [...ERROR_CODES] },
        message: { type: 'string', description: 'In the language of the request (Accept-Language: vi | en).' },
        reason: { type: 'string' },
        fields: { type: 'object', additionalProperties: { type: 'string' }, description: 'Every bad field, named.' },
        data: { type: 'object' },
        requestId: { type: 'string' },
      },
    },
  },
};

/**
 * OpenAPI 3.1, built from the routes themselves: each route's guard gives its
 * security and permission, each validator its parameters and body.
 */
export function buildOpenApi(routes: RouterRoute[], version: string) {
  const byRoute = new Map<string, RouterRoute[]>();
  for (const r of routes) {
    if (!r.path.startsWith('/api/') || r.method === 'ALL') continue;
    const key = `${r.method} ${r.path}`;
    byRoute.set(key, [...(byRoute.get(key) ?? []), r]);
  }
  const paths: Record<string, Record<string, unknown>> = {};
  for (const [key, handlers] of [...byRoute].sort(([a], [b]) => a.localeCompare(b))) {
    const [method = '', path = ''] = key.split(' ');
    const guard = handlers.map((h) => routeGuardOf(h.handler)).find(Boolean);
    const inputs = handlers.map((h) => routeInputOf(h.handler)).filter((i) => i !== undefined);
    const openPath = path.replace(/:(\w+)/gu, '{$1}');
    const parameters: unknown[] = [...path.matchAll(/:(\w+)/gu)].map((m) => ({ name: m[1], in: 'path', required: true, schema: { type: 'string', format: 'uuid' } }));
    let requestBody: unknown;
    for (const input of inputs) {
      const schema = toSchema(input.schema);
      if (input.target === 'json') requestBody = { required: true, content: { 'application/json': { schema } } };
      if (input.target === 'query') {
        const props = (schema.properties ?? {}) as Record<string, JsonSchema>;
        const required = new Set((schema.required ?? []) as string[]);
        for (const [name, s] of Object.entries(props)) parameters.push({ name, in: 'query', required: required.has(name), schema: s });
      }
    }
    const permission = guard?.kind === 'permission' ? guard.permission : undefined;
    const statuses = new Set<number>([400, ERROR_STATUS.VALIDATION_FAILED]);
    if (guard?.kind !== 'public') statuses.add(401);
    if (permission) statuses.add(403);
    if (path.includes(':')) statuses.add(404);
    if (method !== 'GET') statuses.add(409);
    (paths[openPath] ??= {})[method.toLowerCase()] = {
      operationId: `${method.toLowerCase()}${openPath.replace(/[{}]/gu, '').replace(/[^a-zA-Z0-9]+(.)?/gu, (_m, c: string | undefined) => (c ? c.toUpperCase() : ''))}`,
      tags: [path.split('/')[2] ?? 'api'],
      ...(permission ? { 'x-permission': permission, description: `Quyền / permission: ${permission} — ${PERMISSION_LABELS[permission].vi}` } : {}),
      ...(guard?.kind === 'public' ? { security: [] } : {}),
      parameters,
      ...(requestBody ? { requestBody } : {}),
      responses: {
        [method === 'POST' && !path.includes('/login') && !path.includes('/logout') && !path.includes('/password') && !path.includes('/dissolve') && !path.includes('/merge') ? '201' : '200']: {
          description: 'OK',
          content: { 'application/json': { schema: { type: 'object' } } },
        },
        ...Object.fromEntries([...statuses].map((s) => [String(s), { description: 'Error', content: { 'application/json': { schema: { $ref: '#/components/schemas/Error' } } } }])),
      },
    };
  }
  return {
    openapi: '3.1.0',
    info: { title: 'Dân vận số API', version, description: 'API of Dân vận số. Every state-changing request must come from the same origin (Origin / Sec-Fetch-Site).' },
    servers: [{ url: '/' }],
    components: {
      securitySchemes: { session: { type: 'apiKey', in: 'cookie', name: 'danvan_session' } },
      schemas: { Error: ERROR_BODY },
    },
    security: [{ session: [] }],
    paths,
  };
}
