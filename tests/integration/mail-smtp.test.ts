import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { SMTPServer, type SMTPServerSession } from 'smtp-server';
import { startApp, type TestApp } from '../support/app';
import { createInstitution, createStaff, loginAs } from '../support/fixtures';
import { newPersonalCode, uniqueSuffix } from '../support/people';

const MAIL_FROM = 'RUMIS Rīga <rumis@example.lv>';
const SMTP_USER = 'rumis-mailer';
const SMTP_PASSWORD = 'smtp-test-password-2026';

interface ReceivedMessage {
  mailFrom: string | false;
  recipients: string[];
  secure: boolean;
  user: unknown;
  raw: string;
}

interface TestSmtpServer {
  port: number;
  messages: ReceivedMessage[];
  /** While true, the server rejects every recipient with 550 and quotes the address, as real servers do. */
  rejectRecipients: boolean;
  close: () => Promise<void>;
}

interface ServerOptions {
  /** Certificate and key for STARTTLS. Without them the server offers no STARTTLS. */
  tls?: { cert: string; key: string };
  /** Login that the server requires. Without it the server accepts mail without a login. */
  login?: { user: string; password: string };
}

/** Starts an SMTP server on a free port of 127.0.0.1 that keeps every message it accepts. */
async function startSmtpServer(options: ServerOptions = {}): Promise<TestSmtpServer> {
  const messages: ReceivedMessage[] = [];
  const state = { rejectRecipients: false };
  const server = new SMTPServer({
    logger: false,
    // No DNS query for the client's address.
    disableReverseLookup: true,
    key: options.tls?.key,
    cert: options.tls?.cert,
    disabledCommands: options.tls ? [] : ['STARTTLS'],
    authOptional: !options.login,
    onAuth(auth, _session, callback) {
      if (options.login && auth.username === options.login.user && auth.password === options.login.password) {
        callback(null, { user: auth.username });
      } else {
        callback(new Error('Invalid username or password'));
      }
    },
    onRcptTo(address, _session, callback) {
      if (state.rejectRecipients) {
        callback(Object.assign(new Error(`5.1.1 <${address.address}>: Recipient address rejected`), { responseCode: 550 }));
      } else {
        callback();
      }
    },
    onData(stream, session: SMTPServerSession, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      stream.on('end', () => {
        messages.push({
          mailFrom: session.envelope.mailFrom === false ? false : session.envelope.mailFrom.address,
          recipients: session.envelope.rcptTo.map((recipient) => recipient.address),
          secure: session.secure,
          user: session.user,
          raw: Buffer.concat(chunks).toString('latin1'),
        });
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
  const port = (server.server.address() as AddressInfo).port;
  let closing: Promise<void> | undefined;
  return {
    port,
    messages,
    get rejectRecipients() {
      return state.rejectRecipients;
    },
    set rejectRecipients(value: boolean) {
      state.rejectRecipients = value;
    },
    close: () => {
      closing ??= new Promise<void>((resolve) => server.close(() => resolve()));
      return closing;
    },
  };
}

/** Decodes quoted-printable or Q-encoded text (RFC 2045, RFC 2047) from its bytes as UTF-8. */
function decodeQuotedPrintable(text: string, underscoreIsSpace = false): string {
  const bytes: number[] = [];
  const input = text.replace(/=\r?\n/g, '');
  for (let i = 0; i < input.length; i += 1) {
    if (input[i] === '=' && /^[0-9A-Fa-f]{2}$/.test(input.slice(i + 1, i + 3))) {
      bytes.push(parseInt(input.slice(i + 1, i + 3), 16));
      i += 2;
    } else if (underscoreIsSpace && input[i] === '_') {
      bytes.push(0x20);
    } else {
      bytes.push(input.charCodeAt(i));
    }
  }
  return Buffer.from(bytes).toString('utf8');
}

/** Splits a single-part message into its unfolded headers (lower-case names) and its decoded body. */
function parseMessage(raw: string): { headers: Map<string, string>; body: string } {
  const split = raw.indexOf('\r\n\r\n');
  const headers = new Map<string, string>();
  for (const line of raw.slice(0, split).replace(/\r\n[ \t]+/g, ' ').split('\r\n')) {
    const colon = line.indexOf(':');
    headers.set(line.slice(0, colon).toLowerCase(), line.slice(colon + 1).trim());
  }
  const encodedBody = raw.slice(split + 4);
  const encoding = (headers.get('content-transfer-encoding') ?? '7bit').toLowerCase();
  const body =
    encoding === 'quoted-printable'
      ? decodeQuotedPrintable(encodedBody)
      : encoding === 'base64'
        ? Buffer.from(encodedBody, 'base64').toString('utf8')
        : Buffer.from(encodedBody, 'latin1').toString('utf8');
  return { headers, body };
}

/** Decodes the encoded words of a header value and drops the whitespace between two encoded words. */
function decodeHeader(value: string): string {
  return value
    .replace(/(\?=)\s+(=\?)/g, '$1$2')
    .replace(/=\?utf-8\?([QB])\?([^?]*)\?=/gi, (_word, encoding: string, text: string) =>
      encoding.toUpperCase() === 'B' ? Buffer.from(text, 'base64').toString('utf8') : decodeQuotedPrintable(text, true),
    );
}

const LOG_METHODS = ['error', 'warn', 'info', 'http', 'verbose', 'debug'] as const;

/**
 * Records every call to the Strapi logger, whatever LOG_LEVEL lets through. stop() removes the
 * spies and returns the calls as JSON.
 */
function recordLogs(app: TestApp): { stop: () => string } {
  const log = app.strapi.log as unknown as Record<(typeof LOG_METHODS)[number], (...args: unknown[]) => unknown>;
  const spies = LOG_METHODS.map((method) => jest.spyOn(log, method));
  return {
    stop: () => {
      // mockRestore also clears the recorded calls, so they are read first.
      const text = JSON.stringify(spies.flatMap((spy) => spy.mock.calls));
      spies.forEach((spy) => spy.mockRestore());
      return text;
    },
  };
}

interface Director {
  personalCode: string;
  firstName: string;
  lastName: string;
  email: string;
}

function newDirector(): Director {
  return { personalCode: newPersonalCode(), firstName: 'Līga', lastName: 'Bērziņa', email: `direktore.${uniqueSuffix()}@example.lv` };
}

/** Has a supervisor administrator activate a new inactive school with the director given. */
async function activateSchool(app: TestApp, director: Director) {
  const school = await createInstitution(app, { status: 'inactive', accepting: false });
  const supervisorAdmin = await createStaff(app, { level: 'municipality', supervisorId: school.supervisorId, roles: ['admin'] });
  const agent = await loginAs(app, supervisorAdmin.userId);
  const response = await agent.post(`/api/panel/institutions/${school.id}/activate`).send({ director, acceptApplications: false });
  const institution = await app.knex('institutions').where('id', school.id).first('status');
  return { school, response, status: institution.status as string };
}

function expectNothingPersonal(logText: string, director: Director) {
  expect(logText).not.toContain(director.email);
  expect(logText).not.toContain(director.personalCode);
  expect(logText).not.toContain(director.lastName);
}

function smtpEnvironment(port: number, extra: Record<string, string | undefined> = {}) {
  return { MAIL_TRANSPORT: 'smtp', SMTP_HOST: '127.0.0.1', SMTP_PORT: String(port), MAIL_FROM, ...extra };
}

// These tests run without TLS because the test server offers no STARTTLS, which SMTP_REQUIRE_TLS=false allows.
describe('e-mail over SMTP without TLS', () => {
  let smtp: TestSmtpServer;
  let app: TestApp;

  beforeAll(async () => {
    smtp = await startSmtpServer();
    app = await startApp({ env: smtpEnvironment(smtp.port, { SMTP_REQUIRE_TLS: 'false' }) });
  });

  afterAll(async () => {
    await app?.stop();
    await smtp?.close();
  });

  it('delivers the activation e-mail in Latvian', async () => {
    const director = newDirector();
    const { school, response, status } = await activateSchool(app, director);
    expect(response.status).toBe(200);
    expect(response.body.emailStatus).toBe('sent');
    expect(response.body.emailSent).toBe(true);
    expect(status).toBe('active');

    expect(smtp.messages.length).toBe(1);
    const [received] = smtp.messages;
    expect(received.recipients).toEqual([director.email]);
    expect(received.mailFrom).toBe('rumis@example.lv');
    expect(received.secure).toBe(false);

    const { headers, body } = parseMessage(received.raw);
    expect(headers.get('to')).toBe(director.email);
    expect(decodeHeader(headers.get('from') ?? '')).toBe('RUMIS Rīga <rumis@example.lv>');
    expect(decodeHeader(headers.get('subject') ?? '')).toBe('RUMIS: iestāde aktivizēta / institution activated');
    expect(headers.get('content-type')).toMatch(/charset=utf-8/i);
    expect(body).toContain(`${school.name} ir aktivizēta RUMIS sistēmā.`);
    expect(body).toContain('Direktoram piešķirtas iestādes administratora tiesības; pieslēdzieties ar latvija.lv');
    expect(body).not.toContain(director.personalCode);
  });

  it('activates the school when the server rejects the recipient', async () => {
    const logs = recordLogs(app);
    let logText = '';
    const before = smtp.messages.length;
    const director = newDirector();
    smtp.rejectRecipients = true;
    try {
      const { response, status } = await activateSchool(app, director);
      expect(response.status).toBe(200);
      expect(response.body.emailStatus).toBe('failed');
      expect(response.body.emailSent).toBe(false);
      expect(status).toBe('active');
    } finally {
      smtp.rejectRecipients = false;
      logText = logs.stop();
    }
    expect(smtp.messages.length).toBe(before);
    expect(logText).toContain('E-mail sending failed');
    expect(logText).toContain('"code":"EENVELOPE","responseCode":550,"command":"RCPT TO"');
    expectNothingPersonal(logText, director);
  });

  it('activates the school when the server is down', async () => {
    await smtp.close();
    const logs = recordLogs(app);
    let logText = '';
    const director = newDirector();
    try {
      const { response, status } = await activateSchool(app, director);
      expect(response.status).toBe(200);
      expect(response.body.emailStatus).toBe('failed');
      expect(status).toBe('active');
    } finally {
      logText = logs.stop();
    }
    expect(logText).toContain('E-mail sending failed');
    expect(logText).toContain('"code":"ESOCKET","command":"CONN"');
    expectNothingPersonal(logText, director);
  });
});

describe('e-mail over SMTP when STARTTLS is required', () => {
  let smtp: TestSmtpServer;
  let app: TestApp;

  beforeAll(async () => {
    smtp = await startSmtpServer();
    app = await startApp({ env: smtpEnvironment(smtp.port, { SMTP_REQUIRE_TLS: undefined }) });
  });

  afterAll(async () => {
    await app?.stop();
    await smtp?.close();
  });

  it('sends nothing to a server without STARTTLS', async () => {
    const logs = recordLogs(app);
    let logText = '';
    const director = newDirector();
    try {
      const { response, status } = await activateSchool(app, director);
      expect(response.status).toBe(200);
      expect(response.body.emailStatus).toBe('failed');
      expect(status).toBe('active');
    } finally {
      logText = logs.stop();
    }
    expect(smtp.messages.length).toBe(0);
    expect(logText).toContain('E-mail sending failed');
    expect(logText).toContain('"code":"ETLS"');
    expectNothingPersonal(logText, director);
  });
});

/** Checks whether the openssl command is available to generate the test certificate. */
function hasOpenssl(): boolean {
  try {
    execFileSync('openssl', ['version'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

/** Generates a self-signed certificate for 127.0.0.1 with openssl into a temporary folder. */
function selfSignedCertificate(dir: string): { cert: string; key: string; certFile: string } {
  const keyFile = path.join(dir, 'key.pem');
  const certFile = path.join(dir, 'cert.pem');
  execFileSync(
    'openssl',
    ['req', '-x509', '-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:prime256v1', '-nodes', '-days', '1', '-subj', '/CN=127.0.0.1', '-addext', 'subjectAltName=IP:127.0.0.1', '-keyout', keyFile, '-out', certFile],
    { stdio: 'ignore' },
  );
  return { cert: fs.readFileSync(certFile, 'utf8'), key: fs.readFileSync(keyFile, 'utf8'), certFile };
}

// NOTE: skipped where the openssl command is missing, because Node cannot create certificates.
const describeWithOpenssl = hasOpenssl() ? describe : describe.skip;

describeWithOpenssl('e-mail over SMTP with STARTTLS and a login', () => {
  let smtp: TestSmtpServer;
  let app: TestApp;
  let certDir: string;

  beforeAll(async () => {
    certDir = fs.mkdtempSync(path.join(os.tmpdir(), 'rumis-smtp-tls-'));
    const certificate = selfSignedCertificate(certDir);
    smtp = await startSmtpServer({ tls: certificate, login: { user: SMTP_USER, password: SMTP_PASSWORD } });
    app = await startApp({
      env: smtpEnvironment(smtp.port, { SMTP_TLS_CA_FILE: certificate.certFile, SMTP_USER, SMTP_PASSWORD }),
    });
  });

  afterAll(async () => {
    await app?.stop();
    await smtp?.close();
    fs.rmSync(certDir, { recursive: true, force: true });
  });

  it('logs in over TLS and delivers the message', async () => {
    const logs = recordLogs(app);
    let logText = '';
    const director = newDirector();
    try {
      const { response } = await activateSchool(app, director);
      expect(response.status).toBe(200);
      expect(response.body.emailStatus).toBe('sent');
    } finally {
      logText = logs.stop();
    }
    expect(smtp.messages.length).toBe(1);
    const [received] = smtp.messages;
    expect(received.secure).toBe(true);
    expect(received.user).toBe(SMTP_USER);
    expect(received.recipients).toEqual([director.email]);
    expect(decodeHeader(parseMessage(received.raw).headers.get('subject') ?? '')).toBe('RUMIS: iestāde aktivizēta / institution activated');
    expect(logText).toContain('E-mail sent');
    expect(logText).not.toContain(SMTP_PASSWORD);
    expectNothingPersonal(logText, director);
  });
});
