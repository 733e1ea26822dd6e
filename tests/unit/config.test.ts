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
