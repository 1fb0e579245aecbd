import { Select } from '@backstage/core-components';
import { FINDING_CATEGORIES } from '@internal/plugin-network-contracts-common';
import Box from '@material-ui/core/Box';
import Checkbox from '@material-ui/core/Checkbox';
import FormControlLabel from '@material-ui/core/FormControlLabel';
import TextField from '@material-ui/core/TextField';

/** Value of the pickers' first option, that lets everything through. */
export const ALL = 'all';

/** The filter values of the topology page; {@link ALL} means all. */
export interface TopologyFilterValues {
  mesh: string;
  environment: string;
  tier: string;
  category: string;
  severity: string;
  search: string;
  showAttachments: boolean;
}

// The pickers are as wide as their value, so a short value like "dev"
// under a long label like "Environment" let the label run into the next.
const PICKER_MIN_WIDTH = 130;

const all = { label: 'All', value: ALL };
const options = (values: readonly string[]) => [
  all,
  ...values.map(value => ({ label: value, value })),
];

/** The pickers above the graph. */
export function TopologyFilters(props: {
  values: TopologyFilterValues;
  meshes: string[];
  environments: string[];
  tiers: string[];
  onChange: (values: Partial<TopologyFilterValues>) => void;
}) {
  const { values, meshes, environments, tiers, onChange } = props;
  return (
    <Box
      display="flex"
      flexWrap="wrap"
      alignItems="flex-end"
      style={{ gap: 16 }}
    >
      {meshes.length > 1 && (
        <Select
          label="Mesh"
          selected={values.mesh}
          items={meshes.map(m => ({ label: m, value: m }))}
          onChange={v => onChange({ mesh: String(v), environment: '' })}
        />
      )}
      <Box minWidth={PICKER_MIN_WIDTH}>
        <Select
          label="Environment"
          selected={values.environment}
          items={environments.map(e => ({ label: e, value: e }))}
          onChange={v => onChange({ environment: String(v) })}
        />
      </Box>
      <Box minWidth={PICKER_MIN_WIDTH}>
        <Select
          label="Tier"
          selected={values.tier}
          items={options(tiers)}
          onChange={v => onChange({ tier: String(v) })}
        />
      </Box>
      <Box minWidth={PICKER_MIN_WIDTH}>
        <Select
          label="Category"
          selected={values.category}
          items={options(FINDING_CATEGORIES)}
          onChange={v => onChange({ category: String(v) })}
        />
      </Box>
      <Box minWidth={PICKER_MIN_WIDTH}>
        <Select
          label="Severity"
          selected={values.severity}
          items={options(['error', 'warning', 'info'])}
          onChange={v => onChange({ severity: String(v) })}
        />
      </Box>
      <TextField
        id="network-contracts-topology-search"
        label="Search services"
        type="search"
        value={values.search}
        onChange={e => onChange({ search: e.target.value })}
      />
      <FormControlLabel
        control={
          <Checkbox
            checked={values.showAttachments}
            onChange={e => onChange({ showAttachments: e.target.checked })}
          />
        }
        label="Network lines"
      />
    </Box>
  );
}
