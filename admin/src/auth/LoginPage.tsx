import { Box, Button, Paper, Stack, Typography } from '@mui/material';
import LoginIcon from '@mui/icons-material/Login';
import { LocalesMenuButton, useTranslate } from 'react-admin';
import { OIDC_LOGIN_URL } from '../api/session';
import { DevLoginSection } from './DevLoginSection';

/**
 * Shows the login page: the latvija.lv login, and below it the development login where the
 * server offers one. The latvija.lv button is a plain link, because the login leaves the panel
 * for the identity provider and comes back through the server's callback.
 */
export const LoginPage = () => {
  const translate = useTranslate();
  return (
    <Box sx={{ maxWidth: 720, mx: 'auto', p: 3 }}>
      <Stack direction="row" alignItems="center" justifyContent="space-between">
        <Typography variant="h4" component="h1">
          {translate('rumis.auth.login_title')}
        </Typography>
        <LocalesMenuButton />
      </Stack>
      <Paper variant="outlined" sx={{ p: 3, my: 2 }}>
        <Typography sx={{ mb: 2 }}>{translate('rumis.auth.login_help')}</Typography>
        <Button variant="contained" size="large" startIcon={<LoginIcon />} href={OIDC_LOGIN_URL}>
          {translate('rumis.auth.oidc_login')}
        </Button>
      </Paper>
      <DevLoginSection />
    </Box>
  );
};
