import { ActionsRegistryService } from '@backstage/backend-plugin-api/alpha';
import {
  FINDING_SEVERITIES,
  networkContractsFindingsReadPermission as readPermission,
  networkContractsRunCreatePermission as createPermission,
} from '@internal/plugin-network-contracts-common';
import { AccessGuard } from '../service/AccessGuard';
import {
  DEFAULT_FINDINGS_LIMIT,
  MAX_FINDINGS_LIMIT,
  NetworkContractsApi,
} from '../service/NetworkContractsApi';

/**
 * Offers the plugin to agents through the actions registry (served over
 * MCP by the MCP actions plugin), with the permission checks of the API.
 *
 * @public
 */
export function registerActions(options: {
  actionsRegistry: ActionsRegistryService;
  api: NetworkContractsApi;
  access: AccessGuard;
}) {
  const { actionsRegistry, api, access } = options;
  const readOnly = { readOnly: true, idempotent: true, destructive: false };

  actionsRegistry.register({
    name: 'get-service-contract',
    title: 'Get the network contract of a service',
    description:
      'The declared contract of a compose service (tier, dependencies, ports) ' +
      'and its effective network in each environment as the latest run saw ' +
      'it: networks and aliases, ports, reachable dependencies, undeclared ' +
      'peers, and its findings.',
    attributes: readOnly,
    schema: {
      input: z =>
        z.object({
          name: z.string().describe('Compose service or catalog entity name'),
          mesh: z
            .string()
            .optional()
            .describe('Mesh name; needed only if several meshes have it'),
        }),
      output: z => z.object({ contract: z.unknown() }),
    },
    action: async ({ input, credentials }) => {
      await access.require(credentials, readPermission);
      return {
        output: { contract: await api.serviceContract(input.name, input.mesh) },
      };
    },
  });

  actionsRegistry.register({
    name: 'get-topology',
    title: 'Get the network topology of an environment',
    description:
      'The graph of one environment of a mesh: tiers, networks, services and ' +
      'their attachment, dependency and undeclared-reach edges.',
    attributes: readOnly,
    schema: {
      input: z =>
        z.object({
          environment: z
            .string()
            .optional()
            .describe('Environment of the policy; default the first'),
          mesh: z
            .string()
            .optional()
            .describe('Mesh name; default the only one'),
        }),
      output: z => z.object({ graph: z.unknown() }),
    },
    action: async ({ input, credentials }) => {
      await access.require(credentials, readPermission);
      return {
        output: { graph: await api.topology(input.environment, input.mesh) },
      };
    },
  });

  actionsRegistry.register({
    name: 'list-findings',
    title: 'List network contract findings',
    description:
      'Findings of the latest successful run of each mesh, filtered by mesh, ' +
      'environment, tier, severity, category or service. Answers one page ' +
      `(${DEFAULT_FINDINGS_LIMIT} findings unless limit says otherwise) ` +
      'and the total; ask again with a larger offset for the next.',
    attributes: readOnly,
    schema: {
      input: z =>
        z.object({
          mesh: z.string().optional(),
          environment: z.string().optional(),
          tier: z.string().optional(),
          severity: z.enum(FINDING_SEVERITIES).optional(),
          category: z.string().optional(),
          service: z.string().optional(),
          waived: z.boolean().optional(),
          offset: z.number().int().min(0).optional(),
          limit: z.number().int().min(1).max(MAX_FINDINGS_LIMIT).optional(),
        }),
      output: z =>
        z.object({ findings: z.array(z.unknown()), total: z.number() }),
    },
    action: async ({ input, credentials }) => {
      await access.require(credentials, readPermission);
      const { offset, limit, ...filter } = input;
      const page = await api.findings(filter, { offset, limit });
      return { output: { findings: page.items, total: page.total } };
    },
  });

  actionsRegistry.register({
    name: 'start-run',
    title: 'Start a network contract validation',
    description:
      'Validates a mesh (or every mesh) now. The run goes on in the ' +
      'background; its id is returned.',
    attributes: { readOnly: false, idempotent: false, destructive: false },
    schema: {
      input: z =>
        z.object({
          mesh: z.string().optional().describe('Mesh name; default all'),
        }),
      output: z => z.object({ runs: z.array(z.unknown()) }),
    },
    action: async ({ input, credentials }) => {
      await access.require(credentials, createPermission);
      return { output: { runs: await api.startRuns(input.mesh) } };
    },
  });
}
