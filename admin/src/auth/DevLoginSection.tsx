import { useEffect, useState } from 'react';
import { Alert, Button, Card, CardActions, CardContent, Stack, Typography } from '@mui/material';
import LoginIcon from '@mui/icons-material/Login';
import { useLogin, useNotify, useTranslate } from 'react-admin';
import { fetchDevPersons, type DevPerson } from '../api/session';
import { ProfileSummary } from './ProfileSummary';

const PersonCard = ({ person, onLogin }: { person: DevPerson; onLogin: (person: DevPerson) => void }) => {
  const translate = useTranslate();
  const name = `${person.firstName} ${person.lastName}`;
  return (
    <Card variant="outlined" data-testid="dev-person">
      <CardContent>
        <Typography variant="h6" component="h3">
          {name}
        </Typography>
        <Stack spacing={1.5} sx={{ mt: 1 }}>
          {person.profiles.map((profile) => (
            <ProfileSummary key={profile.id} profile={profile} />
          ))}
        </Stack>
      </CardContent>
      <CardActions>
        <Button variant="outlined" startIcon={<LoginIcon />} onClick={() => onLogin(person)}>
          {translate('rumis.auth.log_in_as', { name })}
        </Button>
      </CardActions>
    </Card>
  );
};

/**
 * Lists the demo persons of the development login and logs in as the one chosen. The server
 * offers them only with AUTH_DEV_LOGIN and responds with 404 elsewhere, so the section renders
 * nothing in production. Other failures are logged to the console and hide the section too,
 * because the latvija.lv login above it still works.
 */
export const DevLoginSection = () => {
  const translate = useTranslate();
  const login = useLogin();
  const notify = useNotify();
  const [persons, setPersons] = useState<DevPerson[] | null>(null);

  useEffect(() => {
    let active = true;
    fetchDevPersons()
      .then((result) => active && setPersons(result))
      .catch((error: unknown) => console.error('Listing the demo persons of the development login failed', error));
    return () => {
      active = false;
    };
  }, []);

  if (persons === null) {
    return null;
  }
  const handleLogin = (person: DevPerson) => {
    login({ userId: person.id }).catch((error: Error) => notify(error.message, { type: 'error' }));
  };

  return (
    <Stack component="section" spacing={2} sx={{ mt: 4 }} data-testid="dev-login">
      <Typography variant="h5" component="h2">
        {translate('rumis.auth.dev_login_title')}
      </Typography>
      <Alert severity="warning">{translate('rumis.auth.dev_login_notice')}</Alert>
      {persons.length === 0 && <Alert severity="info">{translate('rumis.auth.no_persons')}</Alert>}
      {persons.map((person) => (
        <PersonCard key={person.id} person={person} onLogin={handleLogin} />
      ))}
    </Stack>
  );
};
