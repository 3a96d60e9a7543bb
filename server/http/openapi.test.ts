import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { clientFor, createTestApp, type TestApp } from '../test/test-app.ts';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

describe('OpenAPI 3.1 document', () => {
  it('describes every API route with its permission, parameters and body', async () => {
    const res = await clientFor(t).get('/api/openapi.json');
    expect(res.status).toBe(200);
    const doc = res.body;
    expect(doc.openapi).toBe('3.1.0');
    const routes = new Set(t.app.routes.filter((r) => r.path.startsWith('/api/') && r.method !== 'ALL').map((r) => `${r.method.toLowerCase()} ${r.path.replace(/:(\w+)/gu, '{$1}')}`));
    const documented = new Set(Object.entries(doc.paths as Record<string, Record<string, unknown>>).flatMap(([p, ops]) => Object.keys(ops).map((m) => `${m} ${p}`)));
    expect([...routes].filter((r) => !documented.has(r))).toEqual([]);

    const createUnit = doc.paths['/api/units'].post;
    expect(createUnit['x-permission']).toBe('unit.write');
    expect(createUnit.requestBody.content['application/json'].schema.required).toEqual(expect.arrayContaining(['parentId', 'name', 'kind', 'level']));
    expect(createUnit.requestBody.content['application/json'].schema.properties.kind.enum).toContain('commission');
    const getUnit = doc.paths['/api/units/{id}'].get;
    expect(getUnit.parameters).toEqual([expect.objectContaining({ name: 'id', in: 'path', required: true })]);
    expect(Object.keys(getUnit.responses)).toEqual(expect.arrayContaining(['200', '401', '403', '404']));
    const list = doc.paths['/api/units'].get;
    expect(list.parameters.map((p: { name: string }) => p.name)).toEqual(expect.arrayContaining(['q', 'kind', 'page', 'pageSize']));
    expect(doc.paths['/api/auth/login'].post.security).toEqual([]);
  });
});
