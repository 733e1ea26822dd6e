import { Alert, List, ListItem, Typography } from '@mui/material';
import { Link, useCreatePath, useTranslate } from 'react-admin';
import { useCodeList } from '../codeLists/useCodeList';
import { formatDateTime } from '../common/dates';
import type { ResourceDashboardData } from '../types';

/** Resource list filtered to the stale resources the count covers, oldest confirmation first. */
const OLDEST_CONFIRMED_FIRST = `?${new URLSearchParams({ filter: JSON.stringify({ stale: true }), sort: 'statusConfirmedAt', order: 'ASC' })}`;

/**
 * Shows how many resources have not had their status confirmed within the period in which
 * changes must be registered, the oldest few, and a link to the list.
 */
export const StaleResources = ({ stale }: { stale: ResourceDashboardData['stale'] }) => {
  const translate = useTranslate();
  const createPath = useCreatePath();
  const statuses = useCodeList('resource_status');
  const listPath = createPath({ resource: 'resources', type: 'list' });
  return (
    <>
      <Typography variant="h3" component="p" data-testid="stale-count">
        {stale.count}
      </Typography>
      <Typography variant="body2" sx={{ mb: 1 }}>
        {translate('rumis.dashboard.stale_help', { smart_count: stale.days })}
      </Typography>
      {stale.count === 0 ? (
        <Alert severity="success">{translate('rumis.dashboard.stale_none')}</Alert>
      ) : (
        <>
          <List dense disablePadding>
            {stale.sample.map((resource) => (
              <ListItem key={resource.id} disableGutters>
                <Link to={createPath({ resource: 'resources', id: resource.id, type: 'show' })}>{resource.number}</Link>
                <Typography variant="body2" component="span" sx={{ ml: 1 }}>
                  {statuses.labelOf(resource.status)}
                  {resource.statusConfirmedAt ? ` · ${formatDateTime(resource.statusConfirmedAt)}` : ''}
                </Typography>
              </ListItem>
            ))}
          </List>
          <Link to={`${listPath}${OLDEST_CONFIRMED_FIRST}`} data-testid="stale-link">
            {translate('rumis.dashboard.stale_open_list')}
          </Link>
        </>
      )}
    </>
  );
};
