import { loadConfig } from '@rumis/config';

export default () => {
  const config = loadConfig();
  return {
    'users-permissions': { config: { jwtSecret: config.secrets.jwtSecret } },
    // TODO: production needs an SMTP provider; until one is configured, every environment
    // writes e-mails to the local outbox (MAIL_OUTBOX_DIR) and nothing is sent.
    email: {
      config: {
        provider: '@rumis/email-outbox',
        providerOptions: { dir: config.mailOutboxDir },
        settings: { defaultFrom: 'rumis@localhost', defaultReplyTo: 'rumis@localhost' },
      },
    },
    documents: { enabled: true, resolve: '../plugins/documents' },
    eservice: { enabled: true, resolve: '../plugins/eservice' },
  };
};
