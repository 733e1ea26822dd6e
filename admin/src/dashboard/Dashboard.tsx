import { Card, CardContent, Typography } from '@mui/material';
import { Navigate, useResourceDefinitions, useTranslate } from 'react-admin';
import { rolesCanAccess } from '../auth/permissions';
import { useSession } from '../auth/useSession';
import { ResourceDashboard } from './ResourceDashboard';

/**
 * Renders the home page: the resource dashboard for profiles that may see it (resource managers
 * and report operators). Others go to the first list their roles allow, as react-admin does without a
 * dashboard, and a profile with no list at all gets a short explanation.
 */
export const Dashboard = () => {
  const translate = useTranslate();
  const resources = useResourceDefinitions();
  const { activeProfile, isFetching } = useSession();
  // A session being reloaded may be the one from before a profile switch.
  if (!activeProfile || isFetching) {
    return null;
  }
  const roles = activeProfile.roles;
  if (rolesCanAccess(roles, 'dashboard', 'resources')) {
    return <ResourceDashboard />;
  }
  const first = Object.values(resources).find((definition) => definition.hasList && rolesCanAccess(roles, definition.name, 'list'));
  if (first) {
    return <Navigate to={`/${first.name}`} replace />;
  }
  return (
    <Card sx={{ mt: 2 }}>
      <CardContent>
        <Typography>{translate('rumis.dashboard.nothing')}</Typography>
      </CardContent>
    </Card>
  );
};
