import { devonboarderGraph } from '../../__fixtures__/graph';
import { filterGraph } from './filterGraph';

describe('filterGraph', () => {
  it('returns the same graph when nothing is filtered', () => {
    expect(filterGraph(devonboarderGraph, {})).toBe(devonboarderGraph);
  });

  it('keeps the services of a tier, their networks and edges between them', () => {
    const graph = filterGraph(devonboarderGraph, { tier: 'data_tier' });

    expect(graph.services.map(s => s.name)).toEqual(['db']);
    expect(graph.networks.map(n => n.key).sort()).toEqual([
      'auth_tier',
      'data_tier',
    ]);
    expect(graph.edges.every(e => e.kind === 'attachment')).toBe(true);
  });

  it('filters by severity, a service set and a search', () => {
    expect(
      filterGraph(devonboarderGraph, { severity: 'error' }).services.map(
        s => s.name,
      ),
    ).toEqual(['auth-service', 'db']);
    expect(
      filterGraph(devonboarderGraph, { services: new Set(['backend']) })
        .services,
    ).toHaveLength(1);
    expect(
      filterGraph(devonboarderGraph, { search: 'AUTH' }).services[0].name,
    ).toBe('auth-service');
  });
});
