import { FindingSeverity } from '@internal/plugin-network-contracts-common';
import type { Run } from '../database/RunStore';
import { MeshSnapshot } from './MeshSnapshot';

type SeverityCounts = Record<FindingSeverity, number>;

/**
 * How a mesh stands against its contracts, for the platform team.
 *
 * @public
 */
export interface Compliance {
  mesh: string;
  /** The latest successful run, which the figures are of. */
  run: Run;
  /**
   * The newest run whatever its status; when it failed, its reason tells
   * why the figures are of an older run.
   */
  latestRun: Run;
  bySeverity: SeverityCounts;
  byCategory: Record<string, SeverityCounts>;
  byTier: Record<string, SeverityCounts>;
  services: { service: string; tier?: string; open: SeverityCounts }[];
  waivers: {
    rule: string;
    service: string;
    environment?: string;
    reason: string;
    owner: string;
    expires: string;
    daysLeft: number;
    expired: boolean;
    used: boolean;
  }[];
  trend: {
    runId: string;
    startedAt: string;
    status: string;
    counts: Run['counts'];
  }[];
}

const DAY_MS = 24 * 60 * 60 * 1000;

function zero(): SeverityCounts {
  return { error: 0, warning: 0, info: 0 };
}

/**
 * Counts the open (unwaived) findings of the latest successful run by
 * tier, category, severity and service, lists the policy's waivers with
 * the days they have left, and the counts of past runs, oldest first.
 */
export function compliance(
  snapshot: MeshSnapshot,
  history: Run[],
  today: string,
): Compliance {
  const bySeverity = zero();
  const byCategory: Record<string, SeverityCounts> = {};
  const byTier: Record<string, SeverityCounts> = {};
  const byService = new Map<string, SeverityCounts>();
  for (const finding of snapshot.findings) {
    if (finding.waived) {
      continue;
    }
    const severity = finding.severity;
    bySeverity[severity] += 1;
    (byCategory[finding.category] ??= zero())[severity] += 1;
    (byTier[finding.tier ?? 'none'] ??= zero())[severity] += 1;
    if (finding.service) {
      const counts = byService.get(finding.service) ?? zero();
      counts[severity] += 1;
      byService.set(finding.service, counts);
    }
  }

  const used = new Set(
    snapshot.findings
      .filter(f => f.waiver)
      .map(f => `${f.waiver!.rule}\u0000${f.waiver!.service}`),
  );
  const day = Date.parse(`${today}T00:00:00Z`);

  return {
    mesh: snapshot.mesh,
    run: snapshot.run,
    latestRun: history[0] ?? snapshot.run,
    bySeverity,
    byCategory,
    byTier,
    services: [...byService.entries()]
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([service, open]) => {
        const tier = snapshot.tierOf(service);
        return { service, ...(tier && { tier }), open };
      }),
    waivers: snapshot.policy.waivers.map(waiver => {
      const daysLeft = Math.round(
        (Date.parse(`${waiver.expires}T00:00:00Z`) - day) / DAY_MS,
      );
      return {
        rule: waiver.rule,
        service: waiver.service,
        ...(waiver.environment && { environment: waiver.environment }),
        reason: waiver.reason,
        owner: waiver.owner,
        expires: waiver.expires,
        daysLeft,
        // The expiry day itself is still covered.
        expired: daysLeft < 0,
        used: used.has(`${waiver.rule}\u0000${waiver.service}`),
      };
    }),
    trend: [...history].reverse().map(run => ({
      runId: run.id,
      startedAt: run.startedAt,
      status: run.status,
      counts: run.counts,
    })),
  };
}
