import { useEffect, useState } from 'react';
import { Alert, Box, Button, Card, CardActions, CardContent, CircularProgress, Stack, Typography } from '@mui/material';
import LoginIcon from '@mui/icons-material/Login';
import { LocalesMenuButton, useLogin, useNotify, useTranslate } from 'react-admin';
import { fetchDevPersons, type DevPerson } from '../api/session';
import { ProfileSummary } from './ProfileSummary';

const PersonCard = ({ person, onLogin }: { person: DevPerson; onLogin: (person: DevPerson) => void }) => {
  const translate = useTranslate();
  const name = `${person.firstName} ${person.lastName}`;
  return (
    <Card variant="outlined" data-testid="dev-person">
      <CardContent>
        <Typography variant="h6">{name}</Typography>
        <Stack spacing={1.5} sx={{ mt: 1 }}>
          {person.profiles.map((profile) => (
            <ProfileSummary key={profile.id} profile={profile} />
          ))}
        </Stack>
      </CardContent>
      <CardActions>
        <Button variant="contained" startIcon={<LoginIcon />} onClick={() => onLogin(person)}>
          {translate('rumis.auth.log_in_as', { name })}
        </Button>
      </CardActions>
    </Card>
  );
};

/**
 * Shows the development login, which lists the demo persons and logs in as the one chosen. The
 * server offers it only with AUTH_DEV_LOGIN. Elsewhere it responds with 404, shown here as an error.
 * TODO: offer the latvija.lv (OpenID Connect) login on this page once the server has it.
 */
export const DevLoginPage = () => {
  const translate = useTranslate();
  const login = useLogin();
  const notify = useNotify();
  const [persons, setPersons] = useState<DevPerson[] | null>(null);
  const [loadError, setLoadError] = useState<string | null>(null);

  useEffect(() => {
    let active = true;
    fetchDevPersons()
      .then((result) => active && setPersons(result))
      .catch((error: Error) => active && setLoadError(error.message));
    return () => {
      active = false;
    };
  }, []);

  const handleLogin = (person: DevPerson) => {
    login({ userId: person.id }).catch((error: Error) => notify(error.message, { type: 'error' }));
  };

  return (
    <Box sx={{ maxWidth: 720, mx: 'auto', p: 3 }}>
      <Stack direction="row" alignItems="center" justifyContent="space-between">
        <Typography variant="h4" component="h1">
          {translate('rumis.auth.dev_login_title')}
        </Typography>
        <LocalesMenuButton />
      </Stack>
      <Alert severity="warning" sx={{ my: 2 }}>
        {translate('rumis.auth.dev_login_notice')}
      </Alert>
      {loadError && <Alert severity="error">{loadError}</Alert>}
      {!persons && !loadError && <CircularProgress />}
      {persons?.length === 0 && <Alert severity="info">{translate('rumis.auth.no_persons')}</Alert>}
      <Stack spacing={2}>
        {persons?.map((person) => (
          <PersonCard key={person.id} person={person} onLogin={handleLogin} />
        ))}
      </Stack>
    </Box>
  );
};
