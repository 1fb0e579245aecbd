import fs from 'node:fs';
import path from 'node:path';

/** Shapes of generated projects. */
export type MeshShape = 'flat' | 'tiered';

const TIERS = ['auth', 'api', 'data'];

/**
 * Writes a compose project of `size` services into `dir` and returns the
 * files to pass with `-f`. A flat mesh puts every service on one network;
 * a tiered mesh spreads them over three networks and adds an overlay file
 * that changes every tenth service, as a production environment would.
 */
export function generateMesh(
  dir: string,
  size: number,
  shape: MeshShape,
): string[] {
  fs.mkdirSync(dir, { recursive: true });
  const lines = [
    'x-defaults: &defaults',
    '  restart: unless-stopped',
    '  labels:',
    '    com.example.managed: "true"',
    'services:',
  ];
  for (let i = 0; i < size; i++) {
    const tier = TIERS[i % TIERS.length];
    const network = shape === 'flat' ? 'mesh' : `${tier}_tier`;
    lines.push(
      `  svc${i}:`,
      '    <<: *defaults',
      `    image: "registry.local/svc${i}:\${TAG:-1.0}"`,
      `    hostname: svc${i}`,
      '    networks:',
      `      ${network}:`,
      `        aliases: [svc${i}.mesh.internal]`,
      '    expose: ["8080"]',
      '    environment:',
      `      - UPSTREAM=http://svc${(i + 1) % size}:8080`,
      '      - LOG_LEVEL=info',
      '    volumes:',
      `      - ./config/svc${i}:/etc/svc:ro`,
    );
    // Each service depends on one of ten hub services, as most meshes do.
    if (i >= 10) {
      lines.push('    depends_on:', `      - svc${i % 10}`);
    }
    if (i % 50 === 0) {
      lines.push('    ports:', `      - "127.0.0.1:${10000 + i}:8080"`);
    }
  }
  lines.push('networks:');
  if (shape === 'flat') {
    lines.push('  mesh: {}');
  } else {
    for (const tier of TIERS) {
      lines.push(`  ${tier}_tier:`, `    internal: ${tier === 'data'}`);
    }
  }
  fs.writeFileSync(path.join(dir, 'compose.yaml'), `${lines.join('\n')}\n`);
  if (shape === 'flat') {
    return ['compose.yaml'];
  }

  const overlay = ['services:'];
  for (let i = 0; i < size; i += 10) {
    overlay.push(
      `  svc${i}:`,
      '    environment:',
      '      LOG_LEVEL: warn',
      '    labels:',
      '      com.example.env: production',
      '    networks:',
      `      ${TIERS[i % TIERS.length]}_tier:`,
      `        aliases: [svc${i}.prod.internal]`,
    );
  }
  fs.writeFileSync(path.join(dir, 'prod.yaml'), `${overlay.join('\n')}\n`);
  return ['compose.yaml', 'prod.yaml'];
}
