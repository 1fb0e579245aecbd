import {
  Content,
  ContentHeader,
  EmptyState,
  InfoCard,
  MarkdownContent,
  Progress,
} from '@backstage/core-components';
import { useApi, useRouteRefParams } from '@backstage/frontend-plugin-api';
import Chip from '@material-ui/core/Chip';
import Typography from '@material-ui/core/Typography';
import { makeStyles } from '@material-ui/core/styles';
import useAsync from 'react-use/esm/useAsync';
import { networkContractsApiRef } from '../../api';
import { isNotFound } from '../../lib/errors/isNotFound';
import { ruleRouteRef } from '../../routes';
import { BackendErrorPanel } from '../BackendErrorPanel';
import { SeverityChip } from '../SeverityChip';

const useStyles = makeStyles(theme => ({
  facts: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    gap: theme.spacing(1),
    marginBottom: theme.spacing(2),
  },
}));

/** The page without its leading `# Title`, which the header already shows. */
function withoutTitle(markdown: string): string {
  return markdown.replace(/^\s*# [^\n]*\n+/, '');
}

/**
 * Props of {@link RulePage}.
 *
 * @public
 */
export type RulePageProps = {
  /** The rule to show. Default: the `ruleId` of the page's route. */
  ruleId?: string;
};

/**
 * A rule's page from `docs/rules/`, with its title, category and default
 * severity; findings link here.
 *
 * @public
 */
export function RulePage(props: RulePageProps) {
  const params = useRouteRefParams(ruleRouteRef);
  const ruleId = props.ruleId ?? decodeURIComponent(params.ruleId);
  const classes = useStyles();
  const api = useApi(networkContractsApiRef);
  const state = useAsync(() => api.getRule(ruleId), [api, ruleId]);

  if (state.loading) {
    return <Progress />;
  }
  if (isNotFound(state.error)) {
    return (
      <Content>
        <EmptyState
          missing="content"
          title={`No rule ${ruleId}`}
          description="The rule catalogue has no rule of that id; the finding may come from a newer or older version of the rules."
        />
      </Content>
    );
  }
  if (state.error || !state.value) {
    return (
      <Content>
        <BackendErrorPanel error={state.error ?? new Error('No answer')} />
      </Content>
    );
  }

  const { rule, markdown } = state.value;
  return (
    <Content>
      <ContentHeader title={rule.title} />
      <div className={classes.facts}>
        <Typography variant="body2" component="code">
          {rule.id}
        </Typography>
        <Chip size="small" label={`category ${rule.category}`} />
        <Typography variant="body2" component="span">
          default severity
        </Typography>
        <SeverityChip severity={rule.defaultSeverity} />
      </div>
      <InfoCard>
        {markdown ? (
          <MarkdownContent content={withoutTitle(markdown)} dialect="gfm" />
        ) : (
          <Typography variant="body1">
            {rule.summary} The page {rule.docPath} is missing.
          </Typography>
        )}
      </InfoCard>
    </Content>
  );
}
