import type { Entity } from '@backstage/catalog-model';
import type { ServiceContract } from '../api';

export const authServiceEntity: Entity = {
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'Component',
  metadata: {
    name: 'auth-service',
    labels: {
      'network-contracts.io/tier': 'auth_tier',
      'network-contracts.io/mesh': 'devonboarder',
    },
  },
  spec: { type: 'service', owner: 'platform', lifecycle: 'production' },
};

export const websiteEntity: Entity = {
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'Component',
  metadata: { name: 'website' },
  spec: { type: 'website' },
};

export const authServiceContract: ServiceContract = {
  mesh: 'devonboarder',
  runId: '7',
  name: 'auth-service',
  metadata: {
    serviceName: 'auth-service',
    file: '.codex/services/auth-service.yaml',
    tier: 'auth_tier',
    dependencies: ['db'],
    exposedPorts: [8002],
  },
  environments: [
    {
      environment: 'dev',
      present: true,
      networkMode: 'networks',
      networks: [
        {
          network: 'auth_tier',
          aliases: ['auth.devonboarder.internal'],
          internal: true,
          tier: 'auth_tier',
        },
      ],
      publishedPorts: [{ target: 8002, published: '8002', protocol: 'tcp' }],
      exposedPorts: ['8002'],
      dependencies: [{ service: 'db', reachable: false, networks: [] }],
      undeclaredPeers: [{ service: 'backend', networks: ['auth_tier'] }],
    },
    {
      environment: 'prod',
      present: true,
      networkMode: 'networks',
      networks: [
        { network: 'auth_tier', aliases: [], internal: true },
        { network: 'data_tier', aliases: ['auth'], internal: true },
      ],
      publishedPorts: [],
      exposedPorts: ['8002'],
      dependencies: [
        { service: 'db', reachable: true, networks: ['data_tier'] },
      ],
      undeclaredPeers: [],
    },
  ],
  findings: [
    {
      mesh: 'devonboarder',
      runId: '7',
      rule: 'reachability/dependency-unreachable',
      category: 'reachability',
      severity: 'error',
      service: 'auth-service',
      environment: 'dev',
      message: 'auth-service declares db but shares no network with it.',
      remediation: 'Attach auth-service to data_tier.',
      waived: false,
    },
  ],
};
