import { loadConfig } from '@rumis/config';

export default () => {
  const config = loadConfig();
  return {
    'users-permissions': { config: { jwtSecret: config.secrets.jwtSecret } },
    documents: { enabled: true, resolve: '../plugins/documents' },
    eservice: { enabled: true, resolve: '../plugins/eservice' },
  };
};
