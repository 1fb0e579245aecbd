import { CompliancePage } from './components/CompliancePage';
import { LegacyPage } from './components/LegacyPage';
import { RunHistoryPage } from './components/RunHistoryPage';
import { TopologyPage } from './components/TopologyPage';

/** The run history under a page header, for the legacy frontend system. */
export function LegacyRunHistoryPage() {
  return (
    <LegacyPage title="Network contracts" subtitle="Validation runs">
      <RunHistoryPage />
    </LegacyPage>
  );
}

/** The topology under a page header, for the legacy frontend system. */
export function LegacyTopologyPage() {
  return (
    <LegacyPage title="Network contracts" subtitle="Topology">
      <TopologyPage />
    </LegacyPage>
  );
}

/** The compliance view under a page header, for the legacy system. */
export function LegacyCompliancePage() {
  return (
    <LegacyPage title="Network contracts" subtitle="Compliance">
      <CompliancePage />
    </LegacyPage>
  );
}
