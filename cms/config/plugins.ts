import { loadConfig, type RumisConfig } from '@rumis/config';

/** Strapi email plugin settings for the configured transport (MAIL_TRANSPORT). */
function emailConfig(config: RumisConfig) {
  const settings = { defaultFrom: config.mailFrom, defaultReplyTo: config.mailFrom };
  if (config.mailTransport === 'smtp' && config.smtp) {
    const { smtp } = config;
    return {
      provider: '@rumis/email-smtp',
      providerOptions: { host: smtp.host, port: smtp.port, secure: smtp.secure, requireTls: smtp.requireTls, tlsCaFile: smtp.tlsCaFile, auth: smtp.auth },
      settings,
    };
  }
  return { provider: '@rumis/email-outbox', providerOptions: { dir: config.mailOutboxDir }, settings };
}

export default () => {
  const config = loadConfig();
  return {
    'users-permissions': { config: { jwtSecret: config.secrets.jwtSecret } },
    email: { config: emailConfig(config) },
    documents: { enabled: true, resolve: '../plugins/documents' },
    eservice: { enabled: true, resolve: '../plugins/eservice' },
  };
};
