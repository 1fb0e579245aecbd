/**
 * A small mesh that every rule accepts: two tiers, one flow, aliases under
 * the policy domain. Rule tests change one thing in it at a time.
 */
export const CLEAN_MESH: Record<string, string> = {
  '/mesh/.codex/network-policy.yaml': `version: 1
tiers:
  web_tier: { network: web, internal: false }
  data_tier: { network: data, internal: true }
flows:
  - { from: web_tier, to: data_tier }
dns: { domain: x.internal, require_aliases: true }
ports: { allowed_host_ports: [443] }
environments:
  dev: { files: [compose.yaml] }
`,
  '/mesh/.codex/services/web.yaml': `service_name: web
tier: web_tier
dependencies: [db]
exposed_ports: [8080]
dns_aliases: [web.x.internal]
`,
  '/mesh/.codex/services/db.yaml': `service_name: db
tier: data_tier
exposed_ports: [5432]
dns_aliases: [db.x.internal]
`,
  '/mesh/compose.yaml': `name: shop
networks:
  web: {}
  data:
    internal: true
services:
  web:
    image: nginx
    container_name: shop-web
    hostname: web
    expose: ['8080']
    environment:
      DB_URL: postgres://app@db.x.internal:5432/app
    networks:
      web:
        aliases: [web.x.internal]
      data:
        aliases: [web.x.internal]
  db:
    image: postgres
    container_name: shop-db
    hostname: db
    expose: ['5432']
    networks:
      data:
        aliases: [db.x.internal]
`,
};
