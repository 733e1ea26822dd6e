import fs from 'node:fs';
import nodemailer from 'nodemailer';

export interface SmtpOptions {
  host: string;
  port: number;
  /** Implicit TLS from the first byte (usually port 465). */
  secure: boolean;
  /** Whether an unencrypted connection must switch to TLS with STARTTLS. Ignored when secure. */
  requireTls: boolean;
  /** PEM file with the certificate authorities trusted instead of Node's bundled list. */
  tlsCaFile?: string;
  auth?: { user: string; password: string };
  /** Milliseconds to wait for the TCP connection, 10 000 when omitted. */
  connectionTimeout?: number;
  /** Milliseconds to wait for the server's greeting after connecting, 10 000 when omitted. */
  greetingTimeout?: number;
  /** Milliseconds of socket inactivity before the connection is dropped, 30 000 when omitted. */
  socketTimeout?: number;
}

export interface SmtpSettings {
  defaultFrom?: string;
  defaultReplyTo?: string;
}

export interface SmtpMessage {
  from?: string;
  to: string | string[];
  cc?: string | string[];
  bcc?: string | string[];
  replyTo?: string;
  subject: string;
  text?: string;
  html?: string;
}

/**
 * Failure to hand a message to the SMTP server. The message carries only the error code, the
 * SMTP reply code and the command, never nodemailer's own message, because that can quote
 * recipient addresses from the server's reply.
 */
export class SmtpSendError extends Error {
  /** nodemailer's error code, such as ESOCKET (no connection), ETIMEDOUT, ETLS, EAUTH or EENVELOPE. */
  readonly code: string;
  /** SMTP reply code of the server, such as 550, when the server rejected a command. */
  readonly responseCode?: number;
  /** SMTP command the server rejected, such as RCPT TO. */
  readonly command?: string;

  constructor(code: string, responseCode?: number, command?: string) {
    const details = [responseCode === undefined ? undefined : `reply ${responseCode}`, command === undefined ? undefined : `to ${command}`]
      .filter(Boolean)
      .join(' ');
    super(`SMTP sending failed: ${code}${details ? ` (${details})` : ''}`);
    this.name = 'SmtpSendError';
    this.code = code;
    this.responseCode = responseCode;
    this.command = command;
  }
}

function toSendError(error: unknown): SmtpSendError {
  const fields = (error ?? {}) as { code?: unknown; responseCode?: unknown; command?: unknown };
  const code = typeof fields.code === 'string' ? fields.code : 'EUNKNOWN';
  const responseCode = typeof fields.responseCode === 'number' ? fields.responseCode : undefined;
  // Only the verb of the command: "RCPT TO:<address>" would put the address into the logs.
  const command = typeof fields.command === 'string' ? /^[A-Z]+(?: (?:TO|FROM))?/.exec(fields.command)?.[0] : undefined;
  return new SmtpSendError(code, responseCode, command);
}

/**
 * Strapi e-mail provider for production: sends each message through the SMTP server with one
 * connection per message. The server's certificate is always verified. send resolves to the
 * Message-ID and rejects with SmtpSendError.
 */
export function init(options: SmtpOptions, settings: SmtpSettings = {}) {
  const transporter = nodemailer.createTransport({
    host: options.host,
    port: options.port,
    secure: options.secure,
    requireTLS: !options.secure && options.requireTls,
    auth: options.auth ? { user: options.auth.user, pass: options.auth.password } : undefined,
    tls: {
      minVersion: 'TLSv1.2',
      rejectUnauthorized: true,
      ca: options.tlsCaFile ? fs.readFileSync(options.tlsCaFile, 'utf8') : undefined,
    },
    connectionTimeout: options.connectionTimeout ?? 10_000,
    greetingTimeout: options.greetingTimeout ?? 10_000,
    socketTimeout: options.socketTimeout ?? 30_000,
    // Messages come from RUMIS's own code, which never attaches files or URLs.
    disableFileAccess: true,
    disableUrlAccess: true,
    logger: false,
  });

  return {
    async send(message: SmtpMessage): Promise<{ messageId: string }> {
      try {
        const info = await transporter.sendMail({
          from: message.from ?? settings.defaultFrom,
          replyTo: message.replyTo ?? settings.defaultReplyTo,
          to: message.to,
          cc: message.cc,
          bcc: message.bcc,
          subject: message.subject,
          text: message.text,
          html: message.html,
        });
        return { messageId: info.messageId };
      } catch (error) {
        throw toSendError(error);
      }
    },
  };
}

export default { init };
