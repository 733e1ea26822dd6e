import { forwardRef } from 'react';
import { Box, Divider, ListItemIcon, ListItemText, MenuItem } from '@mui/material';
import SwapHorizIcon from '@mui/icons-material/SwapHoriz';
import { Logout, UserMenu, useNotify, useTranslate, useUserMenu } from 'react-admin';
import type { SessionProfile } from '../api/session';
import { ProfileSummary } from '../auth/ProfileSummary';
import { useSession } from '../auth/useSession';
import { useSwitchProfile } from '../auth/useSwitchProfile';

const SwitchProfileItem = forwardRef<HTMLLIElement, { profile: SessionProfile }>(function SwitchProfileItem({ profile }, ref) {
  const translate = useTranslate();
  const notify = useNotify();
  const userMenu = useUserMenu();
  const switchTo = useSwitchProfile();
  const objectName = profile.institutionName ?? profile.supervisorName ?? translate('rumis.profile.state_object');

  const handleClick = () => {
    userMenu?.onClose();
    switchTo(profile.id).catch((error: Error) => notify(error.message, { type: 'error' }));
  };
  return (
    <MenuItem ref={ref} onClick={handleClick}>
      <ListItemIcon>
        <SwapHorizIcon fontSize="small" />
      </ListItemIcon>
      <ListItemText
        primary={translate('rumis.profile.switch_to', { name: objectName })}
        secondary={profile.roles.map((role) => translate(`rumis.role.${role}`)).join(', ')}
      />
    </MenuItem>
  );
});

/** Renders the user menu: the active profile, the other usable profiles to switch to, and logout. */
export const ProfileMenu = () => {
  const { session, activeProfile } = useSession();
  const others = session?.profiles.filter((profile) => profile.usable && profile.id !== activeProfile?.id) ?? [];
  return (
    <UserMenu>
      {activeProfile && (
        <Box sx={{ px: 2, py: 1, maxWidth: 360 }} data-testid="active-profile">
          <ProfileSummary profile={activeProfile} />
        </Box>
      )}
      {activeProfile && <Divider />}
      {others.map((profile) => (
        <SwitchProfileItem key={profile.id} profile={profile} />
      ))}
      {others.length > 0 && <Divider />}
      <Logout />
    </UserMenu>
  );
};
