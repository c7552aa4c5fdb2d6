import { createRouter } from './createRouter';
import { loadSpec } from './loadSpec';
import { RouterDeps } from './types';

type Layer = { route?: { path: string; methods: Record<string, boolean> } };

/** Routes registered on the router, as `METHOD /path/{param}`. */
async function registeredRoutes(): Promise<string[]> {
  // handlers are not called here: only the route table is read
  const router = await createRouter({} as RouterDeps);
  const stack = (router as unknown as { stack: Layer[] }).stack;
  return stack
    .filter(layer => layer.route)
    .flatMap(layer =>
      Object.keys(layer.route!.methods).map(
        method => `${method.toUpperCase()} ${layer.route!.path.replace(/:(\w+)/g, '{$1}')}`,
      ),
    )
    .filter(route => route !== 'GET /openapi.json')
    .sort();
}

describe('OpenAPI document', () => {
  it('describes exactly the routes the router serves', async () => {
    const spec = loadSpec();
    const documented = Object.entries(spec.paths)
      .flatMap(([path, ops]) =>
        Object.keys(ops)
          .filter(k => ['get', 'post', 'put', 'patch', 'delete'].includes(k))
          .map(method => `${method.toUpperCase()} ${path}`),
      )
      .sort();
    expect(await registeredRoutes()).toEqual(documented);
  });

  it('closes every request body against unknown fields', () => {
    const spec = loadSpec();
    const schemas = (spec.components as { schemas: Record<string, { type?: string; additionalProperties?: boolean; required?: string[] }> }).schemas;
    const requestSchemas = Object.entries(schemas).filter(([name]) => name.endsWith('Request'));
    expect(requestSchemas.length).toBeGreaterThan(10);
    for (const [name, schema] of requestSchemas) {
      expect({ name, additionalProperties: schema.additionalProperties }).toEqual({ name, additionalProperties: false });
    }
  });
});
