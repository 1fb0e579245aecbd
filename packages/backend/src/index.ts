import { createBackend } from '@backstage/backend-defaults';

const backend = createBackend();

backend.add(import('@backstage/plugin-app-backend'));
backend.add(import('@backstage/plugin-proxy-backend'));

// The event bus the catalog and signals subscribe to.
backend.add(import('@backstage/plugin-events-backend'));

// Guest sign-in, so that the example portal works without an identity provider.
backend.add(import('@backstage/plugin-auth-backend'));
backend.add(import('@backstage/plugin-auth-backend-module-guest-provider'));

backend.add(import('@backstage/plugin-catalog-backend'));
backend.add(import('@backstage/plugin-catalog-backend-module-logs'));
// Lists entities that failed processing, such as a bad service metadata file,
// with their errors (the frontend's Unprocessed Entities page).
backend.add(import('@backstage/plugin-catalog-backend-module-unprocessed'));

backend.add(import('@backstage/plugin-permission-backend'));
backend.add(
  import('@backstage/plugin-permission-backend-module-allow-all-policy'),
);

backend.add(import('@backstage/plugin-search-backend'));
backend.add(import('@backstage/plugin-search-backend-module-pg'));
backend.add(import('@backstage/plugin-search-backend-module-catalog'));

backend.add(import('@backstage/plugin-user-settings-backend'));
backend.add(import('@backstage/plugin-notifications-backend'));
backend.add(import('@backstage/plugin-signals-backend'));
backend.add(import('@backstage/plugin-mcp-actions-backend'));

backend.add(import('@internal/plugin-catalog-backend-module-network-contracts'));
backend.add(import('@internal/plugin-network-contracts-backend'));
backend.start();
