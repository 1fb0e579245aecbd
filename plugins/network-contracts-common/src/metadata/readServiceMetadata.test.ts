import { readServiceMetadata } from './readServiceMetadata';

const FILE = '.codex/services/auth-service.yaml';

const VALID = `service_name: auth-service
tier: auth_tier
role: authentication
dependencies:
  - db
exposed_ports:
  - 8002
internal_endpoints:
  - /api/user
  - /login/discord
security_profile: high
codex_agent_tags:
  - network_topology
`;

describe('readServiceMetadata', () => {
  it('reads the format of the plan into camelCase fields', () => {
    const result = readServiceMetadata(VALID, FILE);

    expect(result.problems).toEqual([]);
    expect(result.value).toMatchObject({
      serviceName: 'auth-service',
      composeService: 'auth-service',
      tier: 'auth_tier',
      role: 'authentication',
      dependencies: ['db'],
      exposedPorts: [8002],
      internalEndpoints: ['/api/user', '/login/discord'],
      securityProfile: 'high',
      codexAgentTags: ['network_topology'],
      extra: {},
    });
    expect(result.value?.source.positions['dependencies.0']).toEqual({
      file: FILE,
      line: 5,
      column: 5,
    });
  });

  it('fills defaults and keeps compose_service when it differs', () => {
    const text = 'service_name: auth-service\ntier: a\ncompose_service: auth\n';
    const { value } = readServiceMetadata(text, FILE);

    expect(value?.composeService).toBe('auth');
    expect(value?.dependencies).toEqual([]);
    expect(value?.exposedPorts).toEqual([]);
    expect(value).not.toHaveProperty('dnsAliases');
  });

  it('reports a port written as a string at its line, with a fix', () => {
    const text = VALID.replace('exposed_ports:\n  - 8002', 'exposed_ports: "8002"');
    const result = readServiceMetadata(text, FILE);

    expect(result.value).toBeUndefined();
    expect(result.problems).toEqual([
      {
        severity: 'error',
        position: { file: FILE, line: 6, column: 16 },
        field: 'exposed_ports',
        message: '"exposed_ports" must be a list of port numbers; found a string.',
        fix: 'Write a list of port numbers, for example `exposed_ports: [8002]`.',
      },
    ]);
  });

  it('reports a missing required field', () => {
    const result = readServiceMetadata('service_name: db\n', FILE);

    expect(result.value).toBeUndefined();
    expect(result.problems).toHaveLength(1);
    expect(result.problems[0]).toMatchObject({
      severity: 'error',
      field: 'tier',
      message: 'Required field "tier" is missing.',
    });
  });

  it('keeps and reports unknown fields as warnings', () => {
    const text = `${VALID}team_channel: '#platform'\nhealth:\n  path: /h\n`;
    const result = readServiceMetadata(text, FILE);

    expect(result.value?.extra).toEqual({
      team_channel: '#platform',
      health: { path: '/h' },
    });
    expect(result.problems.map(p => [p.severity, p.field, p.position?.line]))
      .toEqual([
        ['warning', 'team_channel', 14],
        ['warning', 'health', 15],
      ]);
  });

  it('rejects a name Backstage would not accept as an entity name', () => {
    const tooLong = 'a'.repeat(64);
    for (const name of ['-auth', 'auth__service', 'auth service', tooLong]) {
      const result = readServiceMetadata(
        `service_name: "${name}"\ntier: t\n`,
        FILE,
      );
      expect(result.value).toBeUndefined();
      expect(result.problems[0]).toMatchObject({
        severity: 'error',
        field: 'service_name',
        position: { line: 1, column: 15 },
      });
      expect(result.problems[0].message).toContain(name);
    }
  });

  it('reports malformed YAML with its position instead of throwing', () => {
    const result = readServiceMetadata('service_name: db\ntier: [a\n', FILE);

    expect(result.value).toBeUndefined();
    expect(result.problems[0].severity).toBe('error');
    expect(result.problems[0].message).toMatch(/^Invalid YAML: /);
    expect(result.problems[0].position?.file).toBe(FILE);
    expect(result.problems[0].position?.line).toBeGreaterThanOrEqual(2);
  });

  it('reports duplicate keys', () => {
    const result = readServiceMetadata('service_name: db\nservice_name: x\n', FILE);

    expect(result.value).toBeUndefined();
    expect(result.problems[0]).toMatchObject({
      position: { line: 2, column: 1 },
      fix: 'Keep one of the duplicate keys.',
    });
  });

  it.each([
    ['an empty file', '', 'File is empty.'],
    ['a comment only', '# nothing yet\n', 'File holds only comments.'],
    [
      'a list',
      '- service_name: db\n',
      'Expected a mapping of fields at the top level, found a list.',
    ],
    [
      'a scalar',
      'db\n',
      'Expected a mapping of fields at the top level, found a single value.',
    ],
  ])('reports %s', (_, text, message) => {
    const result = readServiceMetadata(text, FILE);

    expect(result.value).toBeUndefined();
    expect(result.problems).toHaveLength(1);
    expect(result.problems[0]).toMatchObject({ severity: 'error', message });
  });

  it('drops __proto__ keys without polluting any prototype', () => {
    const text = `${VALID}__proto__:\n  polluted: yes\n`;
    const result = readServiceMetadata(text, FILE);

    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(result.value).toBeUndefined();
    expect(result.problems).toEqual([
      {
        severity: 'error',
        position: { file: FILE, line: 14, column: 1 },
        field: '__proto__',
        message: 'The key "__proto__" is not allowed and was ignored.',
        fix: 'Remove this key.',
      },
    ]);
  });

  it('keeps a constructor key as plain data', () => {
    const text = `${VALID}constructor:\n  prototype:\n    polluted: yes\n`;
    const result = readServiceMetadata(text, FILE);

    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(result.problems.map(p => [p.severity, p.field])).toEqual([
      ['warning', 'constructor'],
    ]);
    const extra = result.value?.extra ?? {};
    expect(Object.getPrototypeOf(extra)).toBe(Object.prototype);
    expect(Object.keys(extra)).toEqual(['constructor']);
    expect(extra.constructor).toEqual({ prototype: { polluted: 'yes' } });
  });

  it('stops an alias bomb', () => {
    const lines = ['a: &a [x, x, x, x, x, x, x, x, x, x]'];
    for (let i = 1; i < 9; i++) {
      const prev = String.fromCharCode(96 + i);
      const next = String.fromCharCode(97 + i);
      lines.push(`${next}: &${next} [${Array(10).fill(`*${prev}`).join(', ')}]`);
    }
    const text = `service_name: db\ntier: t\n${lines.join('\n')}\n`;
    const result = readServiceMetadata(text, FILE);

    expect(result.value).toBeUndefined();
    expect(result.problems[0].message).toMatch(/aliases expand too far/);
  });

  it('refuses a huge file with a clear message', () => {
    const text = `service_name: db\ntier: t\ndescription: ${'x'.repeat(300_000)}\n`;
    const result = readServiceMetadata(text, FILE);

    expect(result.value).toBeUndefined();
    expect(result.problems[0].message).toBe(
      `File is ${text.length} characters long; the limit is 262144.`,
    );
    expect(
      readServiceMetadata(text, FILE, { maxChars: 400_000 }).value,
    ).toBeDefined();
  });

  it('never throws, whatever the input', () => {
    const inputs = ['{', ']', '!!binary x', ':::', '? [a]\n: b', '&a *a', '\t-'];
    for (const text of inputs) {
      const result = readServiceMetadata(text, FILE);
      expect(result.value).toBeUndefined();
      expect(result.problems.length).toBeGreaterThan(0);
    }
  });
});
