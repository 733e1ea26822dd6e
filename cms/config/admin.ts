import { loadConfig } from '@rumis/config';

export default () => {
  const config = loadConfig();
  return {
    auth: { secret: config.secrets.adminJwtSecret },
    apiToken: { salt: config.secrets.apiTokenSalt },
    transfer: { token: { salt: config.secrets.transferTokenSalt } },
    secrets: { encryptionKey: config.secrets.encryptionKey },
    // No product surveys, no enterprise promotions: the admin UI makes no outside calls.
    flags: { nps: false, promoteEE: false },
    notifications: { releases: false },
    autoOpen: false,
    watchIgnoreFiles: ['**/tests/**'],
  };
};
