import { ContractInputError } from '../source';
import { memoryReader } from './__testUtils__/memoryReader';
import { loadComposeProject } from './loadComposeProject';

const load = (files: Record<string, string>, extra: object = {}) =>
  loadComposeProject({
    files: Object.keys(files).filter(f => !f.endsWith('.env')),
    reader: memoryReader(files),
    ...extra,
  });

async function rejection(files: Record<string, string>, extra = {}) {
  const error = await load(files, extra).then(
    () => undefined,
    e => e,
  );
  expect(error).toBeInstanceOf(ContractInputError);
  return error as ContractInputError;
}

describe('loadComposeProject positions', () => {
  const base = [
    'services:',
    '  web:',
    '    image: web',
    '    hostname: web.internal',
    '    container_name: web-1',
    '    networks:',
    '      front:',
    '        aliases: [www]',
    '    ports:',
    '      - "8080:80"',
    '    environment:',
    '      - A=1',
    '    volumes:',
    '      - /var/run/docker.sock:/var/run/docker.sock',
    '  sidecar:',
    '    image: sidecar',
    '    network_mode: service:web',
    'networks:',
    '  front: {}',
    '',
  ].join('\n');
  const overlay = [
    'services:',
    '  web:',
    '    ports:',
    '      - target: 443',
    '        published: 8443',
    '',
  ].join('\n');

  it('points every value at the file, line and column it came from', async () => {
    const { positions } = await load({
      '/p/compose.yaml': base,
      '/p/prod.yaml': overlay,
    });
    const at = (path: string) => {
      const pos = positions.get(path);
      return pos && `${pos.file}:${pos.line}:${pos.column}`;
    };

    expect(at('services.web')).toBe('/p/compose.yaml:2:3');
    expect(at('services.web.hostname')).toBe('/p/compose.yaml:4:15');
    expect(at('services.web.container_name')).toBe('/p/compose.yaml:5:21');
    expect(at('services.web.networks.front')).toBe('/p/compose.yaml:7:7');
    expect(at('services.web.networks.front.aliases[0]')).toBe(
      '/p/compose.yaml:8:19',
    );
    expect(at('services.web.ports[0]')).toBe('/p/compose.yaml:10:9');
    expect(at('services.web.ports[1]')).toBe('/p/prod.yaml:4:9');
    expect(at('services.web.environment.A')).toBe('/p/compose.yaml:12:9');
    expect(at('services.web.volumes[0]')).toBe('/p/compose.yaml:14:9');
    expect(at('services.sidecar.network_mode')).toBe('/p/compose.yaml:17:19');
    expect(at('networks.front')).toBe('/p/compose.yaml:19:3');
  });

  it('points inherited values at their anchor or base service', async () => {
    const { positions, project } = await load({
      '/p/compose.yaml': [
        'x-ports: &ports',
        '  ports: ["80:80"]',
        'services:',
        '  base:',
        '    image: base',
        '    hostname: base',
        '  web:',
        '    <<: *ports',
        '    extends: base',
        '',
      ].join('\n'),
    });
    expect(project.services.web.hostname).toBe('base');
    expect(positions.get('services.web.hostname')).toMatchObject({ line: 6 });
    expect(positions.get('services.web.ports[0]')).toMatchObject({ line: 2 });
  });
});

describe('loadComposeProject bad input', () => {
  it('reports malformed YAML with its position', async () => {
    const error = await rejection({
      '/p/compose.yaml': 'services:\n  web:\n    image: [\n',
    });
    expect(error.message).toMatch(/^\/p\/compose\.yaml:\d+:\d+: invalid YAML/);
  });

  it('stops a billion laughs alias bomb quickly', async () => {
    const lines = ['a0: &a0 ["lol","lol","lol","lol","lol","lol","lol","lol"]'];
    for (let i = 1; i < 10; i++) {
      const refs = Array(9)
        .fill(`*a${i - 1}`)
        .join(',');
      lines.push(`a${i}: &a${i} [${refs}]`);
    }
    lines.push('services:', '  web:', '    image: web', '    labels: *a9');
    const started = Date.now();
    const error = await rejection({ '/p/compose.yaml': lines.join('\n') });
    expect(error.message).toMatch(/alias bomb/);
    expect(Date.now() - started).toBeLessThan(5000);
  });

  it('refuses a file above the size limit before parsing it', async () => {
    const big = `services:\n  web:\n    image: web\n# ${'x'.repeat(
      50 * 1024 * 1024,
    )}\n`;
    const started = Date.now();
    const error = await rejection({ '/p/compose.yaml': big });
    expect(error.message).toMatch(/more than the limit/);
    expect(Date.now() - started).toBeLessThan(2000);
  });

  it('keeps __proto__ and constructor keys as data, polluting nothing', async () => {
    const { project } = await load({
      '/p/compose.yaml': [
        'services:',
        '  __proto__:',
        '    image: evil',
        '    labels:',
        '      __proto__: polluted',
        '  constructor:',
        '    image: ctor',
        '    environment:',
        '      __proto__: x',
        '      constructor: y',
        'x-ext:',
        '  __proto__:',
        '    polluted: yes',
        '',
      ].join('\n'),
    });
    const ctor = 'constructor' as string;
    const proto = '__proto__' as string;

    expect(({} as any).polluted).toBeUndefined();
    expect(Object.keys(project.services).sort()).toEqual([proto, ctor]);
    expect(project.services[proto].labels).toEqual({ [proto]: 'polluted' });
    expect(project.services[ctor].environment?.[ctor]).toBe('y');
  });

  it('rejects collections under __proto__ without polluting', async () => {
    await rejection({
      '/p/compose.yaml':
        'services:\n  web:\n    labels:\n      __proto__: {polluted: yes}\n',
    });
    expect(({} as any).polluted).toBeUndefined();
  });

  it.each([
    ['services: []', /services must be a mapping/],
    ['services:\n  web: 3', /services\.web must be a mapping/],
    ['services:\n  web:\n    ports: 80', /ports must be a list/],
    ['services:\n  web:\n    networks: [[a]]', /must be a string/],
    ['services:\n  web:\n    environment: {A: [1]}', /environment\.A/],
    ['- just\n- a list', /top level of a compose file must be a mapping/],
  ])('rejects wrong types: %s', async (text, message) => {
    const error = await rejection({ '/p/compose.yaml': text });
    expect(error.message).toMatch(message);
    expect(error.message).toMatch(/^\/p\/compose\.yaml:\d+:\d+: /);
  });

  it('rejects an undefined network where it is used', async () => {
    const error = await rejection({
      '/p/compose.yaml': 'services:\n  web:\n    networks: [nowhere]\n',
    });
    expect(error.message).toBe(
      '/p/compose.yaml:3:16: service "web" refers to undefined network nowhere: invalid compose project (services.web.networks) Fix: declare nowhere under the top-level networks, or remove it from the service',
    );
  });

  it('rejects an extends cycle across files', async () => {
    const error = await rejection({
      '/p/compose.yaml':
        'services:\n  a:\n    extends: {file: other.yaml, service: b}\n',
      '/p/other.yaml':
        'services:\n  b:\n    extends: {file: compose.yaml, service: a}\n',
    });
    expect(error.message).toMatch(/circular reference in extends/);
  });

  it('names a missing -f file', async () => {
    const error = await rejection(
      { '/p/compose.yaml': 'services: {}' },
      { files: ['/p/compose.yaml', '/p/missing.yaml'] },
    );
    expect(error.message).toMatch(/^\/p\/missing\.yaml:1:1: cannot read/);
  });

  it('survives absurd nesting', async () => {
    const deep = `${'['.repeat(5000)}${']'.repeat(5000)}`;
    const error = await rejection({
      '/p/compose.yaml': `services:\n  web:\n    labels: ${deep}\n`,
    });
    expect(error.message).toMatch(/^\/p\/compose\.yaml:\d+:\d+: /);
  });
});
