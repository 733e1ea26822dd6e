import { Alert, Box, Button, Card, CardActions, CardContent, CircularProgress, Stack, Typography } from '@mui/material';
import { LocalesMenuButton, useAuthenticated, useLogout, useNotify, useTranslate } from 'react-admin';
import type { SessionProfile } from '../api/session';
import { ProfileSummary } from './ProfileSummary';
import { useSession } from './useSession';
import { useSwitchProfile } from './useSwitchProfile';

const ProfileCard = ({ profile, active }: { profile: SessionProfile; active: boolean }) => {
  const translate = useTranslate();
  const notify = useNotify();
  const switchTo = useSwitchProfile();
  const handleChoose = () => {
    switchTo(profile.id).catch((error: Error) => notify(error.message, { type: 'error' }));
  };
  return (
    <Card variant="outlined" data-testid="profile-choice">
      <CardContent>
        <ProfileSummary profile={profile} />
      </CardContent>
      <CardActions>
        <Button variant="contained" disabled={!profile.usable} onClick={handleChoose}>
          {translate(active ? 'rumis.profile.continue' : 'rumis.profile.choose')}
        </Button>
      </CardActions>
    </Card>
  );
};

/** Lists the user's profiles to choose from, after login with several usable profiles and whenever none is active. */
export const ProfileChooserPage = () => {
  useAuthenticated();
  const translate = useTranslate();
  const logout = useLogout();
  const { session, isPending } = useSession();
  const usableCount = session?.profiles.filter((profile) => profile.usable).length ?? 0;

  return (
    <Box sx={{ maxWidth: 720, mx: 'auto', p: 3 }}>
      <Stack direction="row" alignItems="center" justifyContent="space-between">
        <Typography variant="h4" component="h1">
          {translate('rumis.profile.choose_title')}
        </Typography>
        <LocalesMenuButton />
      </Stack>
      {session && (
        <Typography sx={{ my: 2 }}>
          {translate('rumis.profile.choose_help', { name: `${session.user.firstName} ${session.user.lastName}` })}
        </Typography>
      )}
      {isPending && <CircularProgress />}
      {session && usableCount === 0 && (
        <Alert severity="error" sx={{ mb: 2 }}>
          {translate('rumis.profile.none_usable')}
        </Alert>
      )}
      <Stack spacing={2}>
        {session?.profiles.map((profile) => (
          <ProfileCard key={profile.id} profile={profile} active={profile.id === session.activeProfileId} />
        ))}
      </Stack>
      <Button sx={{ mt: 3 }} onClick={() => logout()}>
        {translate('ra.auth.logout')}
      </Button>
    </Box>
  );
};
