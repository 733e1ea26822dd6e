import { Chip, Stack, Typography } from '@mui/material';
import { useTranslate } from 'react-admin';
import type { SessionProfile } from '../api/session';
import { formatDate } from '../common/dates';

/**
 * Shows a profile's level, object and roles. The labels are translation keys rather than code-list
 * entries because the code-list endpoint needs an active profile, and this is shown before one
 * is chosen (login page, profile chooser).
 */
export const ProfileSummary = ({ profile }: { profile: SessionProfile }) => {
  const translate = useTranslate();
  const objectName = profile.institutionName ?? profile.supervisorName ?? translate('rumis.profile.state_object');
  return (
    <Stack spacing={0.5}>
      <Typography variant="body2" color="text.secondary">
        {translate(`rumis.level.${profile.level}`)}
      </Typography>
      <Typography variant="body1">{objectName}</Typography>
      <Stack direction="row" spacing={0.5} useFlexGap flexWrap="wrap">
        {profile.roles.map((role) => (
          <Chip key={role} size="small" label={translate(`rumis.role.${role}`)} />
        ))}
      </Stack>
      {!profile.usable && (
        <Typography variant="body2" color="error">
          {profile.blocked
            ? translate('rumis.profile.blocked')
            : translate('rumis.profile.expired', { date: formatDate(profile.validUntil) })}
        </Typography>
      )}
    </Stack>
  );
};
