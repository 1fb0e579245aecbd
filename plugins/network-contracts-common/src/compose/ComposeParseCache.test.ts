import { ComposeParseCache } from './ComposeParseCache';
import { memoryReader } from './__testUtils__/memoryReader';
import { loadComposeProject } from './loadComposeProject';

describe('ComposeParseCache', () => {
  const base = [
    'services:',
    '  web:',
    '    image: "web:${TAG}"',
    '    environment:',
    '      - MODE=${MODE:-dev}',
    '    networks: [front]',
    'networks:',
    '  front: {}',
    '',
  ].join('\n');
  const overlay = ['services:', '  web:', '    image: web:pinned', ''].join(
    '\n',
  );

  it('shares parsed files between loads without one seeing the other', async () => {
    const files = { '/p/compose.yaml': base, '/p/prod.yaml': overlay };
    const reader = memoryReader(files);
    const parseCache = new ComposeParseCache();
    const load = (list: string[], environment: Record<string, string>) =>
      loadComposeProject({ files: list, reader, environment, parseCache });

    const dev = await load(['/p/compose.yaml'], { TAG: '1' });
    const prod = await load(['/p/compose.yaml', '/p/prod.yaml'], {
      TAG: '2',
      MODE: 'prod',
    });
    const again = await load(['/p/compose.yaml'], { TAG: '3' });

    expect(dev.project.services.web.image).toBe('web:1');
    expect(dev.project.services.web.environment).toEqual({ MODE: 'dev' });
    expect(prod.project.services.web.image).toBe('web:pinned');
    expect(prod.project.services.web.environment).toEqual({ MODE: 'prod' });
    expect(again.project.services.web.image).toBe('web:3');
    expect(again.project.services.web.environment).toEqual({ MODE: 'dev' });
    expect(again.positions.get('services.web')).toEqual(
      dev.positions.get('services.web'),
    );
  });

  it('parses a file again when its text changed', async () => {
    const files: Record<string, string> = { '/p/compose.yaml': base };
    const parseCache = new ComposeParseCache();
    const load = () =>
      loadComposeProject({
        files: ['/p/compose.yaml'],
        reader: memoryReader(files),
        environment: { TAG: '1' },
        parseCache,
      });

    expect((await load()).project.services.web.image).toBe('web:1');
    files['/p/compose.yaml'] = base.replace('web:${TAG}', 'api:${TAG}');
    expect((await load()).project.services.web.image).toBe('api:1');
  });
});
