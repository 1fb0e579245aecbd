import { defineEnvironmentRule, EnvironmentRule } from '../Rule';

const SOCKET = /(^|\/)docker\.sock$/;

/**
 * The Docker socket is root on the host: a container that can write to it
 * can start a privileged container. Mounting it read-only does not help,
 * since the API is reached by connecting, not by writing the file.
 *
 * @public
 */
export const dockerSocketMounted: EnvironmentRule = defineEnvironmentRule({
  id: 'hazard/docker-socket-mounted',
  category: 'hazard',
  defaultSeverity: 'error',
  scope: 'environment',
  title: 'Docker socket mounted',
  summary: 'A service mounts /var/run/docker.sock (or another docker.sock).',
  *check(ctx) {
    for (const service of ctx.topology.services.values()) {
      const volumes = ctx.project.services[service.name]?.volumes ?? [];
      for (const [i, mount] of volumes.entries()) {
        if (!SOCKET.test(mount.source ?? '') && !SOCKET.test(mount.target)) {
          continue;
        }
        yield {
          service: service.name,
          message:
            `Service "${service.name}" mounts the Docker socket ` +
            `${mount.source ?? mount.target}${mount.read_only ? ' (read-only)' : ''}.`,
          remediation:
            'Configure the service from files instead (for Traefik, the ' +
            'file provider), or put a filtering socket proxy in between.',
          position: ctx.at(
            `services.${service.name}.volumes[${i}]`,
            `services.${service.name}`,
          ),
        };
      }
    }
  },
});
