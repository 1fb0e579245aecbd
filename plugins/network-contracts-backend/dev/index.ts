import { createBackend } from '@backstage/backend-defaults';
import { mockServices } from '@backstage/backend-test-utils';

// A backend with only this plugin, for working on it in isolation:
// `yarn start` in this folder, then
//   curl http://localhost:7007/api/network-contracts/v1/runs
const backend = createBackend();

backend.add(mockServices.auth.factory());
backend.add(mockServices.httpAuth.factory());
backend.add(import('../src'));

backend.start();
