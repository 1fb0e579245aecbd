import type { Finding } from '../../rules/Finding';

/** Findings that exercise every branch of the reports. */
export const SAMPLE_FINDINGS: Finding[] = [
  {
    rule: 'metadata/invalid-policy',
    category: 'metadata',
    severity: 'warning',
    message: 'Field "extra" is unknown.',
    remediation: 'Remove it.',
    waived: false,
  },
  {
    rule: 'isolation/data-tier-published-port',
    category: 'isolation',
    severity: 'error',
    service: 'db',
    environment: 'dev',
    message: 'Service "db" publishes 5432 on the host, <all> & "every" one.',
    remediation: 'Remove `ports:`, use `expose:`.',
    position: { file: 'docker-compose.yaml', line: 40, column: 7 },
    waived: false,
  },
  {
    rule: 'reachability/undeclared-peer',
    category: 'reachability',
    severity: 'warning',
    service: 'frontend',
    environment: 'dev',
    message: 'Service "frontend" can reach 1 service: db, 100% open.',
    remediation: 'Split the network,\nor declare it.',
    position: { file: 'docker-compose.yaml', line: 12, column: 5 },
    waived: false,
  },
  {
    rule: 'ports/unbound-host-interface',
    category: 'ports',
    severity: 'error',
    service: 'traefik',
    environment: 'prod',
    message: 'Service "traefik" publishes 443 on every interface.',
    remediation: 'Bind it to one address.',
    position: { file: 'docker-compose.prod.yaml', line: 8, column: 9 },
    waived: true,
    waiver: {
      rule: 'ports/unbound-host-interface',
      service: 'traefik',
      reason: 'Public ingress.',
      owner: 'group:default/platform',
      expires: '2099-12-31',
    },
  },
];
