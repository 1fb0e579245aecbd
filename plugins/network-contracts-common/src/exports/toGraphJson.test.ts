import { toGraphJson } from './toGraphJson';
import { validateExample, validateFlatMesh } from './__testUtils__/exampleMesh';

describe('toGraphJson', () => {
  it('draws the DevOnboarder example with tiers, networks and dependencies', async () => {
    const result = await validateExample('devonboarder');
    const graph = toGraphJson(result, 'dev');

    expect(graph.version).toBe(1);
    expect(graph.environment).toBe('dev');
    expect(graph.tiers.map(t => t.id)).toEqual([
      'tier:api_tier',
      'tier:auth_tier',
      'tier:data_tier',
    ]);
    const data = graph.tiers.find(t => t.name === 'data_tier');
    expect(data).toMatchObject({
      network: 'network:data_tier',
      internal: true,
    });
    const db = graph.services.find(s => s.name === 'db');
    expect(db).toMatchObject({
      id: 'service:db',
      tier: 'tier:data_tier',
      networks: ['network:data_tier'],
      hasMetadata: true,
      findings: { error: 0, warning: 0, info: 0 },
    });
    const backendToDb = graph.edges.find(
      e => e.source === 'service:backend' && e.target === 'service:db',
    );
    expect(backendToDb).toMatchObject({
      id: 'dependency:service:backend->service:db',
      kind: 'dependency',
      reachable: true,
      networks: ['network:data_tier'],
    });
    expect(graph.edges.some(e => e.kind === 'attachment')).toBe(true);
    expect(graph.edges.map(e => e.id)).toEqual(
      [...graph.edges.map(e => e.id)].sort(),
    );
  });

  it('defaults to the first environment and is deterministic', async () => {
    const result = await validateExample('devonboarder');

    expect(toGraphJson(result).environment).toBe('dev');
    expect(JSON.stringify(toGraphJson(result, 'prod'))).toBe(
      JSON.stringify(toGraphJson(result, 'prod')),
    );
  });

  it('refuses an environment that was not validated', async () => {
    const result = await validateExample('devonboarder');

    expect(() => toGraphJson(result, 'staging')).toThrow(
      'Environment "staging" was not validated',
    );
  });

  it('caps undeclared edges on a flat network', async () => {
    const result = await validateFlatMesh(60);
    const graph = toGraphJson(result, 'dev');
    const undeclared = graph.edges.filter(e => e.kind === 'undeclared');

    // 60 services, each drawing at most the limit, each pair once.
    expect(undeclared.length).toBeGreaterThan(0);
    expect(undeclared.length).toBeLessThanOrEqual(
      60 * graph.undeclaredEdgeLimit,
    );
    expect(undeclared.length).toBeLessThan((60 * 59) / 2);
    expect(graph.services.every(s => s.undeclaredOmitted)).toBe(true);
    expect(undeclared[0].networks).toEqual(['network:flat']);
    const first = graph.services.find(s => s.name === 'svc-0');
    expect(first?.findings.warning).toBeGreaterThan(0);
  });

  it('marks a cross-tier dependency without a flow as forbidden', async () => {
    const result = await validateExample('devonboarder-flat');
    const graph = toGraphJson(result);
    const forbidden = graph.edges.filter(e => e.kind === 'forbidden');
    const dependencies = graph.edges.filter(e => e.kind === 'dependency');

    expect(forbidden.length + dependencies.length).toBeGreaterThan(0);
    for (const edge of forbidden) {
      const source = graph.services.find(s => s.id === edge.source);
      const target = graph.services.find(s => s.id === edge.target);
      const tier = graph.tiers.find(t => t.id === source?.tier);
      expect(tier?.flowsTo).not.toContain(target?.tier);
    }
  });
});
