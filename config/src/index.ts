import fs from 'node:fs';
import path from 'node:path';
import crypto from 'node:crypto';
import * as yup from 'yup';

/** Root of the repository: config/dist/index.js sits two levels below it. */
export const repoRoot = path.resolve(__dirname, '..', '..');

export const DEMO_ADMIN_PASSWORD = 'RumisDemo-2026';
export const DEMO_ESERVICE_TOKEN = 'demo-eservice-token';

export interface RumisConfig {
  env: 'development' | 'test' | 'production';
  host: string;
  port: number;
  publicUrl: string;
  databaseUrl?: string;
  databasePoolMax: number;
  embeddedPostgres: { dataDir: string; port: number };
  secrets: {
    appKeys: string[];
    apiTokenSalt: string;
    adminJwtSecret: string;
    transferTokenSalt: string;
    jwtSecret: string;
    encryptionKey: string;
  };
  cmsAdmin: { email: string; password: string };
  eserviceApiToken: string;
  authDevLogin: boolean;
  /** OpenID Connect login through the national identity provider (latvija.lv). */
  oidc: {
    /** Issuer URL; unset outside production means that `npm start` runs the stand-in provider. */
    issuer?: string;
    clientId?: string;
    clientSecret?: string;
    /** ID token claim that carries the Latvian personal code. */
    personalCodeClaim: string;
    scopes: string[];
  };
  /** Port of the stand-in identity provider on 127.0.0.1. */
  devIdpPort: number;
  sessionTtlMinutes: number;
  /** E-mail transport: `outbox` writes each message as a JSON file into mailOutboxDir, and `smtp` sends it. */
  mailTransport: 'outbox' | 'smtp';
  /** Folder of the outbox transport. */
  mailOutboxDir: string;
  /** Sender that recipients see, such as `RUMIS <rumis@example.lv>`, and the reply-to address. */
  mailFrom: string;
  /** SMTP server, set whenever SMTP_HOST is set and so always when mailTransport is `smtp`. */
  smtp?: SmtpConfig;
  libreOfficeDir?: string;
  logLevel: 'error' | 'warn' | 'info' | 'debug';
  seedDemoData: boolean;
  /** Days after which a resource's unconfirmed status counts as stale on the dashboard. */
  resourceStaleDays: number;
}

export interface SmtpConfig {
  host: string;
  port: number;
  /** Implicit TLS from the first byte (usually port 465). When false, the connection starts unencrypted. */
  secure: boolean;
  /** Whether an unencrypted connection must switch to TLS with STARTTLS before sending. Ignored when secure. */
  requireTls: boolean;
  /** PEM file with the certificate authorities that are trusted for the server's certificate instead of Node's bundled list. */
  tlsCaFile?: string;
  auth?: { user: string; password: string };
}

export class ConfigError extends Error {
  constructor(variable: string, problem: string) {
    super(`Invalid configuration: ${variable} ${problem}`);
    this.name = 'ConfigError';
  }
}

const booleanString = () =>
  yup
    .string()
    .oneOf(['true', 'false', '1', '0'], 'must be true or false')
    .transform((value: string | undefined) => value?.trim().toLowerCase());

const schema = yup.object({
  NODE_ENV: yup.string().oneOf(['development', 'test', 'production'], 'must be development, test or production').default('development'),
  HOST: yup.string().default('127.0.0.1'),
  PORT: yup.number().typeError('must be a whole number').integer('must be a whole number').min(1).max(65535).default(1337),
  // yup's url() rejects hosts without a dot such as localhost, so the URL parser decides.
  PUBLIC_URL: yup.string().test('absolute-url', 'must be an absolute http(s) URL such as https://rumis.example.lv', (value) => value === undefined || isHttpUrl(value)),
  DATABASE_URL: yup
    .string()
    .matches(/^postgres(ql)?:\/\//, 'must be a PostgreSQL URL such as postgres://user:password@host:5432/rumis'),
  DATABASE_POOL_MAX: yup.number().typeError('must be a whole number').integer().min(1).max(200).default(10),
  EMBEDDED_PG_DIR: yup.string().default('.data/postgres'),
  EMBEDDED_PG_PORT: yup.number().typeError('must be a whole number').integer().min(1024).max(65535).default(54329),
  APP_KEYS: yup.string(),
  API_TOKEN_SALT: yup.string(),
  ADMIN_JWT_SECRET: yup.string(),
  TRANSFER_TOKEN_SALT: yup.string(),
  JWT_SECRET: yup.string(),
  ENCRYPTION_KEY: yup.string(),
  CMS_ADMIN_EMAIL: yup.string().email('must be an e-mail address').default('admin@rumis.local'),
  CMS_ADMIN_PASSWORD: yup.string().min(12, 'must be at least 12 characters long').default(DEMO_ADMIN_PASSWORD),
  ESERVICE_API_TOKEN: yup.string().min(16, 'must be at least 16 characters long').default(DEMO_ESERVICE_TOKEN),
  AUTH_DEV_LOGIN: booleanString(),
  OIDC_ISSUER: yup.string().test('http-url', 'must be an absolute http(s) URL such as https://idp.example.lv', (value) => value === undefined || isHttpUrl(value)),
  OIDC_CLIENT_ID: yup.string(),
  OIDC_CLIENT_SECRET: yup.string(),
  OIDC_PERSONAL_CODE_CLAIM: yup.string().default('personal_code'),
  OIDC_SCOPES: yup
    .string()
    .default('openid profile')
    .test('has-openid', 'must be a space-separated list of scopes that includes openid', (value) => value.split(/\s+/).includes('openid')),
  DEV_IDP_PORT: yup.number().typeError('must be a whole number').integer('must be a whole number').min(1024).max(65535).default(1338),
  SESSION_TTL_MINUTES: yup.number().typeError('must be a whole number of minutes').integer().min(5).max(1440).default(480),
  MAIL_TRANSPORT: yup.string().oneOf(['outbox', 'smtp'], 'must be outbox or smtp'),
  MAIL_OUTBOX_DIR: yup.string().default('.data/outbox'),
  MAIL_FROM: yup
    .string()
    .test('mailbox', 'must be an e-mail address, optionally with a display name, such as RUMIS <rumis@example.lv>', (value) => value === undefined || isMailbox(value)),
  SMTP_HOST: yup
    .string()
    .matches(/^[A-Za-z0-9.-]+$|^\[?[0-9A-Fa-f:.]+\]?$/, 'must be a host name or IP address such as smtp.example.lv, without a scheme or port'),
  SMTP_PORT: yup.number().typeError('must be a whole number').integer('must be a whole number').min(1).max(65535).default(587),
  SMTP_SECURE: booleanString(),
  SMTP_REQUIRE_TLS: booleanString(),
  SMTP_TLS_CA_FILE: yup.string(),
  SMTP_USER: yup.string(),
  SMTP_PASSWORD: yup.string(),
  LIBREOFFICE_DIR: yup.string(),
  LOG_LEVEL: yup.string().oneOf(['error', 'warn', 'info', 'debug'], 'must be error, warn, info or debug').default('info'),
  SEED_DEMO_DATA: booleanString(),
  RESOURCE_STALE_DAYS: yup.number().typeError('must be a whole number of days').integer('must be a whole number of days').min(1).max(366).default(10),
});

const SECRET_NAMES = [
  'APP_KEYS',
  'API_TOKEN_SALT',
  'ADMIN_JWT_SECRET',
  'TRANSFER_TOKEN_SALT',
  'JWT_SECRET',
  'ENCRYPTION_KEY',
] as const;
type SecretName = (typeof SECRET_NAMES)[number];

function isHttpUrl(value: string): boolean {
  try {
    const url = new URL(value);
    return url.protocol === 'http:' || url.protocol === 'https:';
  } catch {
    return false;
  }
}

/**
 * Matches `address@domain` or `Display Name <address@domain>`, the forms of an RFC 5322 mailbox
 * RUMIS accepts. A comma or semicolon in the name must be inside quotes, or it would start a
 * second address.
 */
function isMailbox(value: string): boolean {
  const match = /^\s*(?:(?:"[^"]*"|[^<>",;])*<([^<>\s]+)>|([^<>\s,;]+))\s*$/.exec(value);
  const address = match?.[1] ?? match?.[2];
  return address !== undefined && yup.string().email().isValidSync(address);
}

function isTrue(value: string | undefined, fallback: boolean): boolean {
  if (value === undefined || value === '') {
    return fallback;
  }
  return value === 'true' || value === '1';
}

/** Reads KEY=value lines of a dotenv file; variables already in the environment win. */
function readDotenv(file: string): Record<string, string> {
  if (!fs.existsSync(file)) {
    return {};
  }
  const values: Record<string, string> = {};
  for (const line of fs.readFileSync(file, 'utf8').split(/\r?\n/)) {
    const match = /^\s*([A-Z0-9_]+)\s*=\s*(.*)\s*$/.exec(line);
    if (match) {
      values[match[1]] = match[2].replace(/^(['"])(.*)\1$/, '$2');
    }
  }
  return values;
}

/**
 * Generates the Strapi secrets once for development and keeps them in .data/secrets.json,
 * so that sessions and API tokens survive a restart without any set-up.
 */
function developmentSecrets(dataDir: string): Record<SecretName, string> {
  const file = path.join(dataDir, 'secrets.json');
  if (fs.existsSync(file)) {
    return JSON.parse(fs.readFileSync(file, 'utf8')) as Record<SecretName, string>;
  }
  const random = () => crypto.randomBytes(24).toString('base64');
  const secrets: Record<SecretName, string> = {
    APP_KEYS: [random(), random()].join(','),
    API_TOKEN_SALT: random(),
    ADMIN_JWT_SECRET: random(),
    TRANSFER_TOKEN_SALT: random(),
    JWT_SECRET: random(),
    ENCRYPTION_KEY: random(),
  };
  fs.mkdirSync(dataDir, { recursive: true });
  fs.writeFileSync(file, JSON.stringify(secrets, null, 2), { mode: 0o600 });
  return secrets;
}

function resolveFromRoot(value: string): string {
  return path.isAbsolute(value) ? value : path.join(repoRoot, value);
}

function findLibreOffice(explicit: string | undefined): string | undefined {
  const candidates = [explicit, ...(process.env.PATH ?? '').split(path.delimiter), '/usr/lib/libreoffice/program'];
  return candidates.find((dir): dir is string => Boolean(dir) && fs.existsSync(path.join(dir as string, 'soffice')));
}

const DEVELOPMENT_MAIL_FROM = 'RUMIS <rumis@localhost>';

/** Checks the rules that link the mail variables and picks the transport. */
function mailSettings(
  raw: yup.InferType<typeof schema>,
  production: boolean,
): { transport: RumisConfig['mailTransport']; from: string; smtp?: SmtpConfig } {
  const transport = (raw.MAIL_TRANSPORT ?? (raw.SMTP_HOST ? 'smtp' : 'outbox')) as RumisConfig['mailTransport'];
  // The outbox only writes files, so in production no school would ever get its e-mail.
  if (production && raw.MAIL_TRANSPORT === 'outbox') {
    throw new ConfigError('MAIL_TRANSPORT', 'must be smtp when NODE_ENV=production, because the outbox folder sends nothing');
  }
  if (!raw.SMTP_HOST && (production || transport === 'smtp')) {
    const reason = production ? 'NODE_ENV=production' : 'MAIL_TRANSPORT=smtp';
    throw new ConfigError('SMTP_HOST', `is required when ${reason} (the host name of the SMTP server that sends e-mail)`);
  }
  if (raw.SMTP_USER && !raw.SMTP_PASSWORD) {
    throw new ConfigError('SMTP_PASSWORD', 'is required when SMTP_USER is set (set both or neither)');
  }
  if (raw.SMTP_PASSWORD && !raw.SMTP_USER) {
    throw new ConfigError('SMTP_USER', 'is required when SMTP_PASSWORD is set (set both or neither)');
  }
  const secure = isTrue(raw.SMTP_SECURE, false);
  const requireTls = isTrue(raw.SMTP_REQUIRE_TLS, true);
  if (production && raw.SMTP_USER && !secure && !requireTls) {
    throw new ConfigError('SMTP_REQUIRE_TLS', 'must not be false when NODE_ENV=production and SMTP_USER is set, because the password would cross the network unencrypted');
  }
  const tlsCaFile = raw.SMTP_TLS_CA_FILE ? resolveFromRoot(raw.SMTP_TLS_CA_FILE) : undefined;
  if (tlsCaFile && !fs.existsSync(tlsCaFile)) {
    throw new ConfigError('SMTP_TLS_CA_FILE', 'must name an existing PEM file with the trusted certificate authorities');
  }
  if (production && !raw.MAIL_FROM) {
    throw new ConfigError('MAIL_FROM', 'is required when NODE_ENV=production (the sender recipients see, such as RUMIS <rumis@example.lv>)');
  }

  const smtp: SmtpConfig | undefined = raw.SMTP_HOST
    ? {
        host: raw.SMTP_HOST.replace(/^\[(.*)\]$/, '$1'),
        port: raw.SMTP_PORT,
        secure,
        requireTls,
        tlsCaFile,
        auth: raw.SMTP_USER && raw.SMTP_PASSWORD ? { user: raw.SMTP_USER, password: raw.SMTP_PASSWORD } : undefined,
      }
    : undefined;
  return { transport, from: raw.MAIL_FROM?.trim() ?? DEVELOPMENT_MAIL_FROM, smtp };
}

/**
 * Validates the environment (and the repository's .env file, if any) and returns the typed
 * configuration. Throws ConfigError naming the first invalid variable and the expected form.
 */
export function loadConfig(environment: NodeJS.ProcessEnv = process.env): RumisConfig {
  const merged = { ...readDotenv(path.join(repoRoot, '.env')), ...environment };
  let raw: yup.InferType<typeof schema>;
  try {
    raw = schema.validateSync(
      Object.fromEntries(Object.entries(merged).filter(([, value]) => value !== '')),
      { abortEarly: true, stripUnknown: true },
    );
  } catch (error) {
    if (error instanceof yup.ValidationError) {
      throw new ConfigError(error.path ?? 'environment', error.errors[0] ?? 'is invalid');
    }
    throw error;
  }

  const env = raw.NODE_ENV as RumisConfig['env'];
  const production = env === 'production';
  const dataDir = path.join(repoRoot, '.data');

  let secretValues: Record<SecretName, string | undefined>;
  if (production) {
    for (const name of SECRET_NAMES) {
      if (!raw[name]) {
        throw new ConfigError(name, 'is required when NODE_ENV=production (a random string of at least 16 characters)');
      }
    }
    secretValues = Object.fromEntries(SECRET_NAMES.map((name) => [name, raw[name]])) as Record<SecretName, string>;
  } else {
    const generated = developmentSecrets(dataDir);
    secretValues = Object.fromEntries(SECRET_NAMES.map((name) => [name, raw[name] ?? generated[name]])) as Record<SecretName, string>;
  }

  if (production && raw.CMS_ADMIN_PASSWORD === DEMO_ADMIN_PASSWORD) {
    throw new ConfigError('CMS_ADMIN_PASSWORD', 'must not be the demo password when NODE_ENV=production');
  }
  if (production && raw.ESERVICE_API_TOKEN === DEMO_ESERVICE_TOKEN) {
    throw new ConfigError('ESERVICE_API_TOKEN', 'must not be the demo token when NODE_ENV=production');
  }
  const authDevLogin = isTrue(raw.AUTH_DEV_LOGIN, !production);
  if (production && authDevLogin) {
    throw new ConfigError('AUTH_DEV_LOGIN', 'must be false when NODE_ENV=production');
  }
  // The stand-in identity provider lets anyone log in as anyone, so production must name the real one.
  if (production && !raw.OIDC_ISSUER) {
    throw new ConfigError('OIDC_ISSUER', 'is required when NODE_ENV=production (the issuer URL of the latvija.lv OpenID Connect provider)');
  }
  if (production && !raw.OIDC_ISSUER?.startsWith('https://')) {
    throw new ConfigError('OIDC_ISSUER', 'must be an https:// URL when NODE_ENV=production');
  }
  if (raw.OIDC_ISSUER) {
    for (const name of ['OIDC_CLIENT_ID', 'OIDC_CLIENT_SECRET'] as const) {
      if (!raw[name]) {
        throw new ConfigError(name, 'is required when OIDC_ISSUER is set (the client registration at the identity provider)');
      }
    }
  }

  const mail = mailSettings(raw, production);

  return {
    env,
    host: raw.HOST,
    port: raw.PORT,
    publicUrl: raw.PUBLIC_URL ?? `http://localhost:${raw.PORT}`,
    databaseUrl: raw.DATABASE_URL,
    databasePoolMax: raw.DATABASE_POOL_MAX,
    embeddedPostgres: { dataDir: resolveFromRoot(raw.EMBEDDED_PG_DIR), port: raw.EMBEDDED_PG_PORT },
    secrets: {
      appKeys: (secretValues.APP_KEYS as string).split(',').map((key) => key.trim()),
      apiTokenSalt: secretValues.API_TOKEN_SALT as string,
      adminJwtSecret: secretValues.ADMIN_JWT_SECRET as string,
      transferTokenSalt: secretValues.TRANSFER_TOKEN_SALT as string,
      jwtSecret: secretValues.JWT_SECRET as string,
      encryptionKey: secretValues.ENCRYPTION_KEY as string,
    },
    cmsAdmin: { email: raw.CMS_ADMIN_EMAIL, password: raw.CMS_ADMIN_PASSWORD },
    eserviceApiToken: raw.ESERVICE_API_TOKEN,
    authDevLogin,
    oidc: {
      issuer: raw.OIDC_ISSUER,
      clientId: raw.OIDC_CLIENT_ID,
      clientSecret: raw.OIDC_CLIENT_SECRET,
      personalCodeClaim: raw.OIDC_PERSONAL_CODE_CLAIM,
      scopes: raw.OIDC_SCOPES.split(/\s+/).filter(Boolean),
    },
    devIdpPort: raw.DEV_IDP_PORT,
    sessionTtlMinutes: raw.SESSION_TTL_MINUTES,
    mailTransport: mail.transport,
    mailOutboxDir: resolveFromRoot(raw.MAIL_OUTBOX_DIR),
    mailFrom: mail.from,
    smtp: mail.smtp,
    libreOfficeDir: findLibreOffice(raw.LIBREOFFICE_DIR),
    logLevel: raw.LOG_LEVEL as RumisConfig['logLevel'],
    seedDemoData: isTrue(raw.SEED_DEMO_DATA, !production),
    resourceStaleDays: raw.RESOURCE_STALE_DAYS,
  };
}
