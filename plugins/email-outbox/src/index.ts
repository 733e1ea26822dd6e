import crypto from 'node:crypto';
import fs from 'node:fs/promises';
import path from 'node:path';

export interface OutboxOptions {
  /** Folder the messages are written to; created when missing. */
  dir: string;
}

export interface OutboxSettings {
  defaultFrom?: string;
  defaultReplyTo?: string;
}

export interface OutboxMessage {
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
 * Strapi e-mail provider for development and tests: each message becomes one JSON file in the
 * outbox folder (named by time and a random id, so files sort by sending order). Nothing leaves
 * the machine.
 */
export function init(options: OutboxOptions, settings: OutboxSettings = {}) {
  return {
    async send(message: OutboxMessage): Promise<void> {
      await fs.mkdir(options.dir, { recursive: true });
      const record = {
        sentAt: new Date().toISOString(),
        from: message.from ?? settings.defaultFrom ?? null,
        replyTo: message.replyTo ?? settings.defaultReplyTo ?? null,
        to: message.to,
        cc: message.cc ?? null,
        bcc: message.bcc ?? null,
        subject: message.subject,
        text: message.text ?? null,
        html: message.html ?? null,
      };
      const name = `${record.sentAt.replace(/[:.]/g, '-')}-${crypto.randomBytes(4).toString('hex')}.json`;
      await fs.writeFile(path.join(options.dir, name), `${JSON.stringify(record, null, 2)}\n`, 'utf8');
    },
  };
}

export default { init };
