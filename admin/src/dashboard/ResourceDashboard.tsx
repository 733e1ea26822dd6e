import type { ReactNode } from 'react';
import { Alert, Box, Card, CardContent, CircularProgress, Typography } from '@mui/material';
import { Title, useCreatePath, useDataProvider, useTranslate } from 'react-admin';
import type { RumisDataProvider } from '../api/dataProvider';
import { useCodeList } from '../codeLists/useCodeList';
import { useSubtypes } from '../codeLists/useSubtypes';
import { useLoaded } from '../common/useLoaded';
import { BarChart } from './BarChart';
import { StaleResources } from './StaleResources';

const Tile = ({ title, children, testId }: { title: string; children: ReactNode; testId: string }) => {
  const translate = useTranslate();
  return (
    <Card variant="outlined" data-testid={testId}>
      <CardContent>
        <Typography variant="h6" component="h2" gutterBottom>
          {translate(title)}
        </Typography>
        {children}
      </CardContent>
    </Card>
  );
};

/** Returns the resource list path with one filter, such as {"status":"available"}. */
function filteredList(listPath: string, filter: Record<string, unknown>): string {
  return `${listPath}?${new URLSearchParams({ filter: JSON.stringify(filter) })}`;
}

/**
 * Shows the resource manager's dashboard: the scoped resources by status and by subtype, each bar
 * linked to the filtered list, and the resources whose status is overdue for confirmation.
 */
export const ResourceDashboard = () => {
  const translate = useTranslate();
  const createPath = useCreatePath();
  const dataProvider = useDataProvider<RumisDataProvider>();
  const statuses = useCodeList('resource_status');
  const subtypes = useSubtypes();
  const dashboard = useLoaded(() => dataProvider.getResourceDashboard(), 'resource-dashboard');
  const listPath = createPath({ resource: 'resources', type: 'list' });

  if (dashboard.error) {
    return <Alert severity="error">{dashboard.error.message}</Alert>;
  }
  if (!dashboard.data) {
    return <CircularProgress sx={{ m: 3 }} />;
  }
  const { byStatus, bySubtype, stale } = dashboard.data;
  const total = byStatus.reduce((sum, row) => sum + row.count, 0);
  const statusBars = byStatus.map((row) => ({
    key: row.status,
    label: statuses.labelOf(row.status),
    count: row.count,
    to: filteredList(listPath, { status: row.status }),
  }));
  const subtypeBars = bySubtype.map((row) => ({
    key: String(row.subtypeId),
    label: subtypes.labelOf(row.subtypeId) || row.subtypeLabel,
    count: row.count,
    to: filteredList(listPath, { subtypeId: row.subtypeId }),
  }));

  return (
    <Box sx={{ mt: 2 }}>
      <Title title="rumis.dashboard.title" />
      <Typography variant="body1" sx={{ mb: 2 }} data-testid="resource-total">
        {translate('rumis.dashboard.total', { smart_count: total })}
      </Typography>
      <Box sx={{ display: 'grid', gridTemplateColumns: { xs: '1fr', lg: '1fr 1fr 1fr' }, gap: 2 }}>
        <Tile title="rumis.dashboard.by_status" testId="dashboard-by-status">
          <BarChart bars={statusBars} testId="chart-by-status" />
        </Tile>
        <Tile title="rumis.dashboard.by_subtype" testId="dashboard-by-subtype">
          <BarChart bars={subtypeBars} testId="chart-by-subtype" />
        </Tile>
        <Tile title="rumis.dashboard.stale_title" testId="dashboard-stale">
          <StaleResources stale={stale} />
        </Tile>
      </Box>
    </Box>
  );
};
