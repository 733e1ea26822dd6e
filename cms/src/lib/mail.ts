import type { Core } from '@strapi/strapi';

export interface MailMessage {
  to: string;
  subject: string;
  text: string;
}

/** Outcome of one e-mail. `failed` means that the transport rejected it or could not be reached. */
export type MailOutcome = 'sent' | 'failed';

/**
 * Sends one e-mail through Strapi's email plugin and its configured provider (outbox or SMTP).
 * It never throws, so a mail failure cannot undo the business action that triggered it. It logs
 * the context, the Message-ID and the error code, but not the message or the error text, because
 * an SMTP server's reply can quote the recipient.
 */
export async function sendMail(strapi: Core.Strapi, message: MailMessage, context: Record<string, string | number>): Promise<MailOutcome> {
  try {
    const info = (await strapi.plugin('email').service('email').send(message)) as { messageId?: string } | undefined;
    strapi.log.info('E-mail sent', { ...context, messageId: info?.messageId });
    return 'sent';
  } catch (error) {
    const fields = (error ?? {}) as { code?: unknown; responseCode?: unknown; command?: unknown };
    strapi.log.error('E-mail sending failed', {
      ...context,
      code: typeof fields.code === 'string' ? fields.code : (error as Error)?.name,
      responseCode: fields.responseCode,
      // "RCPT TO" is kept, "RCPT TO:<address>" is not.
      command: typeof fields.command === 'string' && /^[A-Z]+(?: [A-Z]+)?$/.test(fields.command) ? fields.command : undefined,
    });
    return 'failed';
  }
}
