import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ConfigError, DEMO_ADMIN_PASSWORD, DEMO_ESERVICE_TOKEN, loadConfig } from '@rumis/config';

const productionSecrets = {
  NODE_ENV: 'production',
  APP_KEYS: 'first-key-0123456789,second-key-0123456789',
  API_TOKEN_SALT: 'api-token-salt-0123456789',
  ADMIN_JWT_SECRET: 'admin-jwt-secret-0123456789',
  TRANSFER_TOKEN_SALT: 'transfer-token-salt-0123456789',
  JWT_SECRET: 'jwt-secret-0123456789',
  ENCRYPTION_KEY: 'encryption-key-0123456789',
  CMS_ADMIN_PASSWORD: 'a-real-long-password-2026',
  ESERVICE_API_TOKEN: 'a-real-eservice-token-2026',
  AUTH_DEV_LOGIN: 'false',
  PUBLIC_URL: 'https://rumis.example.lv',
  OIDC_ISSUER: 'https://idp.example.lv',
  OIDC_CLIENT_ID: 'rumis',
  OIDC_CLIENT_SECRET: 'a-real-client-secret-2026',
  SMTP_HOST: 'smtp.example.lv',
  MAIL_FROM: 'RUMIS <rumis@example.lv>',
};

function errorOf(environment: NodeJS.ProcessEnv): ConfigError {
  try {
    loadConfig(environment);
  } catch (error) {
    if (error instanceof ConfigError) {
      return error;
    }
    throw error;
  }
  throw new Error('loadConfig accepted the environment');
}

describe('configuration', () => {
  it('applies the documented defaults in development', () => {
    const config = loadConfig({ NODE_ENV: 'development' });
    expect(config.port).toBe(1337);
    expect(config.databaseUrl).toBeUndefined();
    expect(config.embeddedPostgres.port).toBe(54329);
    expect(config.authDevLogin).toBe(true);
    expect(config.cmsAdmin.password).toBe(DEMO_ADMIN_PASSWORD);
    expect(config.secrets.appKeys.length).toBe(2);
    expect(config.mailTransport).toBe('outbox');
    expect(config.mailFrom).toBe('RUMIS <rumis@localhost>');
    expect(config.smtp).toBeUndefined();
  });

  it('accepts a localhost public URL', () => {
    expect(loadConfig({ PUBLIC_URL: 'http://localhost:1400' }).publicUrl).toBe('http://localhost:1400');
  });

  it('names the variable and the expected form', () => {
    expect(errorOf({ PUBLIC_URL: 'localhost:1337' }).message).toContain('PUBLIC_URL must be an absolute http(s) URL');
    expect(errorOf({ PORT: 'eighty' }).message).toBe('Invalid configuration: PORT must be a whole number');
    expect(errorOf({ DATABASE_URL: 'mysql://x' }).message).toContain('DATABASE_URL must be a PostgreSQL URL');
    expect(errorOf({ AUTH_DEV_LOGIN: 'maybe' }).message).toContain('AUTH_DEV_LOGIN must be true or false');
    expect(errorOf({ LOG_LEVEL: 'loud' }).message).toContain('LOG_LEVEL must be error, warn, info or debug');
  });

  it('accepts a complete production environment', () => {
    const config = loadConfig(productionSecrets);
    expect(config.env).toBe('production');
    expect(config.authDevLogin).toBe(false);
    expect(config.seedDemoData).toBe(false);
    expect(config.mailTransport).toBe('smtp');
    expect(config.mailFrom).toBe('RUMIS <rumis@example.lv>');
  });

  it('requires every secret in production', () => {
    const { JWT_SECRET: _omitted, ...withoutJwt } = productionSecrets;
    expect(errorOf(withoutJwt).message).toContain('JWT_SECRET is required when NODE_ENV=production');
  });

  it('refuses the demo password in production', () => {
    expect(errorOf({ ...productionSecrets, CMS_ADMIN_PASSWORD: DEMO_ADMIN_PASSWORD }).message).toContain('CMS_ADMIN_PASSWORD must not be the demo password');
  });

  it('refuses the demo e-service token in production', () => {
    expect(errorOf({ ...productionSecrets, ESERVICE_API_TOKEN: DEMO_ESERVICE_TOKEN }).message).toContain('ESERVICE_API_TOKEN must not be the demo token');
  });

  it('refuses the development login in production', () => {
    expect(errorOf({ ...productionSecrets, AUTH_DEV_LOGIN: 'true' }).message).toContain('AUTH_DEV_LOGIN must be false');
  });
});

describe('mail configuration', () => {
  it('sends over SMTP with STARTTLS by default when SMTP_HOST is set', () => {
    const config = loadConfig({ SMTP_HOST: 'smtp.example.lv' });
    expect(config.mailTransport).toBe('smtp');
    expect(config.smtp).toEqual({ host: 'smtp.example.lv', port: 587, secure: false, requireTls: true, tlsCaFile: undefined, auth: undefined });
  });

  it('reads every SMTP variable', () => {
    const config = loadConfig({
      SMTP_HOST: '127.0.0.1',
      SMTP_PORT: '465',
      SMTP_SECURE: 'true',
      SMTP_REQUIRE_TLS: 'false',
      SMTP_USER: 'rumis',
      SMTP_PASSWORD: 'smtp-password',
      MAIL_FROM: 'skola@example.lv',
    });
    expect(config.smtp).toEqual({ host: '127.0.0.1', port: 465, secure: true, requireTls: false, tlsCaFile: undefined, auth: { user: 'rumis', password: 'smtp-password' } });
    expect(config.mailFrom).toBe('skola@example.lv');
  });

  it('keeps the outbox when MAIL_TRANSPORT says so', () => {
    const config = loadConfig({ SMTP_HOST: 'smtp.example.lv', MAIL_TRANSPORT: 'outbox' });
    expect(config.mailTransport).toBe('outbox');
    expect(config.smtp?.host).toBe('smtp.example.lv');
  });

  it('names invalid mail variables and the expected form', () => {
    expect(errorOf({ MAIL_TRANSPORT: 'sendmail' }).message).toBe('Invalid configuration: MAIL_TRANSPORT must be outbox or smtp');
    expect(errorOf({ SMTP_HOST: 'smtp://smtp.example.lv' }).message).toContain('SMTP_HOST must be a host name or IP address');
    expect(errorOf({ SMTP_HOST: 'smtp.example.lv:587' }).message).toContain('SMTP_HOST must be a host name or IP address');
    expect(errorOf({ SMTP_PORT: 'submission' }).message).toBe('Invalid configuration: SMTP_PORT must be a whole number');
    expect(errorOf({ SMTP_PORT: '70000' }).message).toContain('SMTP_PORT');
    expect(errorOf({ SMTP_SECURE: 'yes' }).message).toContain('SMTP_SECURE must be true or false');
    expect(errorOf({ SMTP_REQUIRE_TLS: 'no' }).message).toContain('SMTP_REQUIRE_TLS must be true or false');
  });

  it('accepts a sender with or without a display name', () => {
    expect(loadConfig({ MAIL_FROM: 'Rīgas skola <skola@example.lv>' }).mailFrom).toBe('Rīgas skola <skola@example.lv>');
    expect(loadConfig({ MAIL_FROM: ' skola@example.lv ' }).mailFrom).toBe('skola@example.lv');
    expect(loadConfig({ MAIL_FROM: '"Rīgas dome, RUMIS" <rumis@example.lv>' }).mailFrom).toBe('"Rīgas dome, RUMIS" <rumis@example.lv>');
  });

  it('rejects a sender that is no e-mail address', () => {
    for (const from of ['RUMIS', 'RUMIS <rumis>', 'RUMIS <rumis@example.lv', 'a@example.lv, b@example.lv', 'Rīgas dome, RUMIS <rumis@example.lv>']) {
      expect(errorOf({ MAIL_FROM: from }).message).toContain('MAIL_FROM must be an e-mail address');
    }
  });

  it('requires SMTP_HOST for the SMTP transport', () => {
    expect(errorOf({ MAIL_TRANSPORT: 'smtp' }).message).toContain('SMTP_HOST is required when MAIL_TRANSPORT=smtp');
  });

  it('requires both SMTP credentials or neither', () => {
    expect(errorOf({ SMTP_HOST: 'smtp.example.lv', SMTP_USER: 'rumis' }).message).toContain('SMTP_PASSWORD is required when SMTP_USER is set');
    expect(errorOf({ SMTP_HOST: 'smtp.example.lv', SMTP_PASSWORD: 'smtp-password' }).message).toContain('SMTP_USER is required when SMTP_PASSWORD is set');
  });

  it('checks that the CA file exists', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'rumis-config-'));
    const caFile = path.join(dir, 'ca.pem');
    fs.writeFileSync(caFile, 'not read by loadConfig');
    try {
      expect(loadConfig({ SMTP_HOST: 'smtp.example.lv', SMTP_TLS_CA_FILE: caFile }).smtp?.tlsCaFile).toBe(caFile);
      expect(errorOf({ SMTP_HOST: 'smtp.example.lv', SMTP_TLS_CA_FILE: path.join(dir, 'missing.pem') }).message).toContain('SMTP_TLS_CA_FILE must name an existing PEM file');
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('requires an SMTP server in production', () => {
    const { SMTP_HOST: _omitted, ...withoutHost } = productionSecrets;
    expect(errorOf(withoutHost).message).toContain('SMTP_HOST is required when NODE_ENV=production');
  });

  it('rejects the outbox in production', () => {
    expect(errorOf({ ...productionSecrets, MAIL_TRANSPORT: 'outbox' }).message).toContain('MAIL_TRANSPORT must be smtp when NODE_ENV=production');
  });

  it('requires the sender in production', () => {
    const { MAIL_FROM: _omitted, ...withoutFrom } = productionSecrets;
    expect(errorOf(withoutFrom).message).toContain('MAIL_FROM is required when NODE_ENV=production');
  });

  it('rejects an unencrypted SMTP login in production', () => {
    const login = { SMTP_USER: 'rumis', SMTP_PASSWORD: 'smtp-password' };
    expect(errorOf({ ...productionSecrets, ...login, SMTP_REQUIRE_TLS: 'false' }).message).toContain('SMTP_REQUIRE_TLS must not be false');
    expect(loadConfig({ ...productionSecrets, ...login, SMTP_REQUIRE_TLS: 'false', SMTP_SECURE: 'true' }).smtp?.secure).toBe(true);
    expect(loadConfig({ ...productionSecrets, SMTP_REQUIRE_TLS: 'false' }).smtp?.requireTls).toBe(false);
    expect(loadConfig({ NODE_ENV: 'development', SMTP_HOST: '127.0.0.1', ...login, SMTP_REQUIRE_TLS: 'false' }).smtp?.auth?.user).toBe('rumis');
  });
});

/** Reads the KEY=value lines of config/.env.example that are not commented out. */
function exampleValues(): Record<string, string> {
  const text = fs.readFileSync(path.resolve(__dirname, '..', '..', 'config', '.env.example'), 'utf8');
  const values: Record<string, string> = {};
  for (const line of text.split('\n')) {
    const match = /^([A-Z0-9_]+)=(.*)$/.exec(line.trim());
    if (match) {
      values[match[1]] = match[2];
    }
  }
  return values;
}

describe('configuration example', () => {
  it('sets only the defaults', () => {
    expect(loadConfig(exampleValues())).toEqual(loadConfig({ NODE_ENV: 'development' }));
  });

  it('keeps the public URL on a changed port', () => {
    const config = loadConfig({ ...exampleValues(), PORT: '1400' });
    expect(config.publicUrl).toBe('http://localhost:1400');
  });

  it('names every variable the configuration reads', () => {
    const example = fs.readFileSync(path.resolve(__dirname, '..', '..', 'config', '.env.example'), 'utf8');
    const source = fs.readFileSync(path.resolve(__dirname, '..', '..', 'config', 'src', 'index.ts'), 'utf8');
    const schemaKeys = [...source.matchAll(/^ {2}([A-Z][A-Z0-9_]+): yup\./gm)].map((match) => match[1]);
    expect(schemaKeys.length).toBeGreaterThan(20);
    const missing = schemaKeys.filter((key) => !new RegExp(`^#? ?${key}=`, 'm').test(example));
    expect(missing).toEqual([]);
  });
});
