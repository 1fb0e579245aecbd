import { findAll, parseXml } from '../reports/__testUtils__/parseXml';
import { toGraphJson } from './toGraphJson';
import { toSvg } from './toSvg';
import { SAMPLE_GRAPH } from './__testUtils__/sampleGraph';
import { validateExample } from './__testUtils__/exampleMesh';

describe('toSvg', () => {
  it('writes well-formed SVG with escaped text', () => {
    const svg = toSvg(SAMPLE_GRAPH);
    const root = parseXml(svg);

    expect(root.name).toBe('svg');
    expect(root.attributes.xmlns).toBe('http://www.w3.org/2000/svg');
    expect(findAll(root, 'title')[0].text).toBe(
      'Network topology: dev <"test"> & co',
    );
    const texts = findAll(root, 'text').map(t => t.text);
    expect(texts).toContain('x&y');
    expect(texts).toContain('legacy "flat" <net> (2)');
  });

  it('draws a column per tier and a box per service, marking findings', () => {
    const root = parseXml(toSvg(SAMPLE_GRAPH));
    const services = findAll(root, 'g').filter(
      g => g.attributes.class === 'service',
    );
    const tiers = findAll(root, 'g').filter(g => g.attributes.class === 'tier');

    expect(tiers).toHaveLength(3);
    expect(services.map(s => s.attributes.id)).toEqual([
      'service:api',
      'service:web',
      'service:db',
      'service:x&y',
    ]);
    const stroke = (id: string) =>
      findAll(services.find(s => s.attributes.id === id)!, 'rect')[0].attributes
        .stroke;
    expect(stroke('service:db')).toBe('#c62828');
    expect(stroke('service:web')).toBe('#ef8f00');
    expect(stroke('service:api')).toBe('#37474f');
  });

  it('styles edges by kind and leaves attachments out', () => {
    const paths = findAll(parseXml(toSvg(SAMPLE_GRAPH)), 'path').filter(p =>
      p.attributes.class?.startsWith('edge'),
    );

    expect(paths.map(p => p.attributes.class)).toEqual([
      'edge dependency',
      'edge forbidden',
      'edge undeclared',
      'edge dependency',
    ]);
    expect(paths[1].attributes.stroke).toBe('#c62828');
    expect(paths[2].attributes['stroke-dasharray']).toBe('6 4');
    expect(paths[3].attributes.stroke).toBe('#c62828');
  });

  it('is deterministic on a real mesh', async () => {
    const graph = toGraphJson(await validateExample('devonboarder'), 'prod');

    expect(toSvg(graph)).toBe(toSvg(graph));
    expect(() => parseXml(toSvg(graph))).not.toThrow();
  });
});
