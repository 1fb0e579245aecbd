import { NotFoundError } from '@backstage/errors';
import {
  networkContractsFindingsReadPermission as readPermission,
  RuleDefinition,
  RULES,
} from '@internal/plugin-network-contracts-common';
import { readRuleDoc } from '@internal/plugin-network-contracts-node';
import Router from 'express-promise-router';
import { RouteContext } from './RouteContext';

/**
 * The catalogue fields of a rule; the rule objects also carry their check
 * function and scope, which are no business of the API.
 */
function toRuleBody(rule: RuleDefinition): RuleDefinition {
  const { id, category, defaultSeverity, title, summary, docPath } = rule;
  return { id, category, defaultSeverity, title, summary, docPath };
}

/** The rule catalogue and each rule's page from `docs/rules/`. */
export function ruleRoutes({ access }: RouteContext) {
  const router = Router();

  router.get('/rules', async (req, res) => {
    await access.request(req, readPermission);
    res.json({ items: RULES.map(toRuleBody) });
  });

  // The id holds a `/`, so clients send it encoded as `%2F`; express
  // decodes the parameter.
  router.get('/rules/:ruleId', async (req, res) => {
    await access.request(req, readPermission);
    const doc = await readRuleDoc(req.params.ruleId);
    if (!doc) {
      throw new NotFoundError(
        `Unknown rule "${req.params.ruleId}"; GET /v1/rules lists the rules.`,
      );
    }
    res.json({ rule: toRuleBody(doc.rule), markdown: doc.markdown ?? null });
  });

  return router;
}
