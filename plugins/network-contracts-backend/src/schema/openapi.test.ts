import Ajv from 'ajv';
import { promises as fs } from 'node:fs';
import { parse } from 'yaml';
import { createRouter } from '../service/createRouter';
import { RouteContext } from '../service/routes/RouteContext';
import { startPlugin } from '../__testUtils__/startPlugin';
import { copyMesh } from '../__testUtils__/meshFixtures';

jest.setTimeout(60_000);

const BASE = '/api/network-contracts';
const METHODS = ['get', 'post', 'put', 'patch', 'delete'];

type Operation = {
  parameters?: { name: string; in: string; required?: boolean }[];
  responses: Record<string, any>;
};

async function loadDocument() {
  const text = await fs.readFile(`${__dirname}/openapi.yaml`, 'utf8');
  return parse(text);
}

/**
 * OpenAPI 3.0 is close to JSON Schema, but writes `nullable` where JSON
 * Schema has a `null` type, and its refs point into the whole document.
 */
function toJsonSchema(node: any): any {
  if (Array.isArray(node)) {
    return node.map(toJsonSchema);
  }
  if (!node || typeof node !== 'object') {
    return node;
  }
  const out: any = {};
  for (const [key, value] of Object.entries(node)) {
    if (key === '$ref') {
      out.$ref = `openapi${value}`;
    } else if (key !== 'nullable') {
      out[key] = toJsonSchema(value);
    }
  }
  return node.nullable ? { anyOf: [{ type: 'null' }, out] } : out;
}

/** Every path and method of an express router, mounted routers included. */
function routesOf(stack: any[], prefix = ''): string[] {
  const routes: string[] = [];
  for (const layer of stack) {
    if (layer.route) {
      for (const method of Object.keys(layer.route.methods)) {
        routes.push(`${method} ${prefix}${layer.route.path}`);
      }
    } else if (layer.handle?.stack) {
      // Express 4 keeps a mount path only as the layer's regexp.
      const mount = layer.regexp.source
        .replace('^', '')
        .replace('\\/?(?=\\/|$)', '')
        .replace(/\\\//g, '/');
      routes.push(...routesOf(layer.handle.stack, prefix + mount));
    }
  }
  return routes;
}

describe('openapi.yaml', () => {
  it('documents every route of the router, and no other', async () => {
    const document = await loadDocument();
    const documented = Object.entries(document.paths).flatMap(
      ([path, item]: [string, any]) =>
        Object.keys(item)
          .filter(method => METHODS.includes(method))
          .map(method => `${method} ${path.replace(/\{(\w+)\}/g, ':$1')}`),
    );
    const router: any = createRouter({} as RouteContext);
    expect(routesOf(router.stack).sort()).toEqual(documented.sort());
  });

  it('describes what the router answers', async () => {
    const document = await loadDocument();
    const ajv = new Ajv({ strict: false, validateFormats: false });
    ajv.addSchema({ ...toJsonSchema(document), $id: 'openapi' });

    // A mesh with findings and a waiver, validated twice so that the run
    // history has a connectivity change.
    const mesh = await copyMesh('devonboarder');
    const { api, runNow } = await startPlugin({
      networkContracts: { meshes: { demo: { target: mesh.dir } } },
    });
    await runNow();
    await mesh.become('devonboarder-flat');
    const [run] = await runNow();

    const values: Record<string, string> = {
      name: 'db',
      id: run.id,
      format: 'json',
      ruleId: encodeURIComponent('dns/alias-missing'),
    };
    const checked: string[] = [];
    for (const [path, item] of Object.entries<any>(document.paths)) {
      for (const method of METHODS.filter(m => item[m])) {
        const operation: Operation = item[method];
        const url = path.replace(/\{(\w+)\}/g, (_, name) => values[name]);
        const query = (operation.parameters ?? [])
          .filter(p => p.in === 'query' && p.required)
          .map(p => `${p.name}=${values[p.name]}`)
          .join('&');
        const res = await (api() as any)
          [method](`${BASE}${url}${query ? `?${query}` : ''}`)
          .send(method === 'post' ? {} : undefined);

        const response = operation.responses[String(res.status)];
        expect({
          path,
          method,
          status: res.status,
          documented: !!response,
        }).toEqual({ path, method, status: res.status, documented: true });
        const schema = response.$ref
          ? document.components.responses[response.$ref.split('/').pop()]
              .content['application/json'].schema
          : response.content['application/json'].schema;
        const valid = ajv.validate(toJsonSchema(schema), res.body);
        expect({ path, method, errors: ajv.errors ?? null }).toEqual({
          path,
          method,
          errors: null,
        });
        expect(valid).toBe(true);
        checked.push(`${method} ${path}`);
      }
    }
    expect(checked).toHaveLength(12);
    await mesh.remove();
  });
});
