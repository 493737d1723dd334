import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { buildOpenApiDocument } from '../../shared/api/openapi.ts';
import { ROUTES } from '../../shared/api/routes.ts';
import { findRoute } from '../src/http/router.ts';

const doc = buildOpenApiDocument() as { paths: Record<string, Record<string, unknown>> };

describe('the OpenAPI document', () => {
  it('is the committed docs/openapi.json (run `npm run openapi` after changing the API)', async () => {
    const committed: unknown = JSON.parse(
      await readFile(new URL('../../docs/openapi.json', import.meta.url), 'utf8'),
    );
    expect(committed).toEqual(doc);
  });

  it('lists exactly the routes the server serves', () => {
    const documented = Object.entries(doc.paths).flatMap(([path, item]) =>
      Object.keys(item).map((method) => `${method.toUpperCase()} ${path}`),
    );
    expect(documented.sort()).toEqual(ROUTES.map((r) => `${r.method} ${r.path}`).sort());
    for (const route of ROUTES) {
      const lookup = findRoute(route.method, route.path.replace('{id}', 'some-id'));
      expect(lookup && 'found' in lookup ? lookup.found.route : null).toBe(route);
    }
  });

  it('refers only to schemas it defines', () => {
    const text = JSON.stringify(doc);
    const schemas = (doc as unknown as { components: { schemas: Record<string, unknown> } }).components
      .schemas;
    for (const [, name] of text.matchAll(/"#\/components\/schemas\/([^"]+)"/g))
      expect(schemas).toHaveProperty(name!);
  });
});
