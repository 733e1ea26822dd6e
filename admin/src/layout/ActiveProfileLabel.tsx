import { Box, Typography } from '@mui/material';
import { useTranslate } from 'react-admin';
import { useSession } from '../auth/useSession';

/** Shows the active profile's level, object and roles in the app bar. */
export const ActiveProfileLabel = () => {
  const translate = useTranslate();
  const { activeProfile } = useSession();
  if (!activeProfile) {
    return null;
  }
  const objectName = activeProfile.institutionName ?? activeProfile.supervisorName ?? translate('rumis.profile.state_object');
  const roles = activeProfile.roles.map((role) => translate(`rumis.role.${role}`)).join(', ');
  return (
    <Box sx={{ display: { xs: 'none', md: 'block' }, textAlign: 'right', mr: 1 }} data-testid="active-profile-label">
      <Typography variant="body2" noWrap>
        {translate(`rumis.level.${activeProfile.level}`)}: {objectName}
      </Typography>
      <Typography variant="caption" noWrap component="div">
        {roles}
      </Typography>
    </Box>
  );
};
