import { StatusError, StatusOK } from '@backstage/core-components';
import Grid from '@material-ui/core/Grid';
import Table from '@material-ui/core/Table';
import TableBody from '@material-ui/core/TableBody';
import TableCell from '@material-ui/core/TableCell';
import TableHead from '@material-ui/core/TableHead';
import TableRow from '@material-ui/core/TableRow';
import Typography from '@material-ui/core/Typography';
import type { EffectiveNetwork } from '../../api';

function Section(props: { title: string; children: React.ReactNode }) {
  return (
    <Grid item xs={12}>
      <Typography variant="subtitle2" component="h3" gutterBottom>
        {props.title}
      </Typography>
      {props.children}
    </Grid>
  );
}

function publishedPort(port: EffectiveNetwork['publishedPorts'][number]) {
  const host = port.hostIp ? `${port.hostIp}:` : '';
  const published = port.published ? `${host}${port.published} → ` : '';
  return `${published}${port.target}/${port.protocol}`;
}

/** The effective network of a service in one environment. */
export function EnvironmentDetails(props: { network: EffectiveNetwork }) {
  const { network } = props;

  if (!network.present) {
    return (
      <Typography variant="body2">
        The compose files of {network.environment} do not define this service.
      </Typography>
    );
  }
  return (
    <Grid container spacing={2}>
      <Section title="Networks">
        {network.networkMode !== 'networks' && (
          <Typography variant="body2">
            Network mode: {network.networkMode}
          </Typography>
        )}
        <Table size="small" aria-label="Networks">
          <TableHead>
            <TableRow>
              <TableCell>Network</TableCell>
              <TableCell>Aliases</TableCell>
              <TableCell>Internal</TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {network.networks.map(n => (
              <TableRow key={n.network}>
                <TableCell>
                  {n.network}
                  {n.tier && (
                    <Typography variant="caption" display="block">
                      tier {n.tier}
                    </Typography>
                  )}
                </TableCell>
                <TableCell>{n.aliases.join(', ') || '—'}</TableCell>
                <TableCell>{n.internal ? 'yes' : 'no'}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </Section>
      <Section title="Ports">
        <Typography variant="body2">
          Published:{' '}
          {network.publishedPorts.map(publishedPort).join(', ') || 'none'}
        </Typography>
        <Typography variant="body2">
          Exposed: {network.exposedPorts.join(', ') || 'none'}
        </Typography>
      </Section>
      <Section title="Declared dependencies">
        {network.dependencies.length ? (
          <Table size="small" aria-label="Declared dependencies">
            <TableHead>
              <TableRow>
                <TableCell>Service</TableCell>
                <TableCell>Reachable</TableCell>
                <TableCell>Over</TableCell>
              </TableRow>
            </TableHead>
            <TableBody>
              {network.dependencies.map(dep => (
                <TableRow key={dep.service}>
                  <TableCell>{dep.service}</TableCell>
                  <TableCell>
                    {dep.reachable ? (
                      <StatusOK>reachable</StatusOK>
                    ) : (
                      <StatusError>
                        {dep.resolved === false
                          ? 'no such service'
                          : 'unreachable'}
                      </StatusError>
                    )}
                  </TableCell>
                  <TableCell>
                    {dep.viaHost ? 'the host' : dep.networks.join(', ') || '—'}
                  </TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        ) : (
          <Typography variant="body2">None declared.</Typography>
        )}
      </Section>
      <Section title="Reachable but undeclared">
        {network.undeclaredPeers.length ? (
          <Table size="small" aria-label="Reachable but undeclared">
            <TableHead>
              <TableRow>
                <TableCell>Service</TableCell>
                <TableCell>Over</TableCell>
              </TableRow>
            </TableHead>
            <TableBody>
              {network.undeclaredPeers.map(peer => (
                <TableRow key={peer.service}>
                  <TableCell>{peer.service}</TableCell>
                  <TableCell>{peer.networks.join(', ')}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        ) : (
          <Typography variant="body2">
            No other service can reach it without a declaration.
          </Typography>
        )}
      </Section>
    </Grid>
  );
}
