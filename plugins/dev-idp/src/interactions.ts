import type { IncomingMessage, ServerResponse } from 'node:http';
import type { AccountDirectory, AccountPerson, DevPerson } from './accounts';
import type { InteractionDetails, InteractionResult, Provider } from './oidc-provider';
import { renderLoginPage, renderMessagePage, type BilingualText } from './pages';

/** Largest accepted form body in bytes; the forms post one short field. */
const MAX_FORM_BYTES = 16 * 1024;

/** Longest typed personal code; longer input is rejected rather than asserted. */
const MAX_TYPED_CODE_LENGTH = 32;

export interface DevIdpLogger {
  warn(message: string, error?: unknown): void;
}

export interface InteractionDependencies {
  provider: Provider;
  accounts: AccountDirectory;
  persons: () => Promise<DevPerson[]>;
  logger: DevIdpLogger;
}

class FormError extends Error {
  constructor(readonly status: number, readonly text: BilingualText) {
    super(text.en);
    this.name = 'FormError';
  }
}

function sendHtml(res: ServerResponse, status: number, html: string): void {
  res.statusCode = status;
  res.setHeader('Content-Type', 'text/html; charset=utf-8');
  res.setHeader('Cache-Control', 'no-store');
  // NOTE: no form-action directive, because browsers apply it to the redirects that follow a form
  // post, and the login form's redirects end at the relying party's callback on another origin.
  res.setHeader('Content-Security-Policy', "default-src 'none'; style-src 'unsafe-inline'; frame-ancestors 'none'");
  res.end(html);
}

function redirect(res: ServerResponse, location: string): void {
  res.statusCode = 303;
  res.setHeader('Location', location);
  res.setHeader('Content-Length', '0');
  res.end();
}

async function readForm(req: IncomingMessage): Promise<URLSearchParams> {
  const contentType = req.headers['content-type'] ?? '';
  if (!contentType.startsWith('application/x-www-form-urlencoded')) {
    throw new FormError(415, { lv: 'Veidlapa jāiesniedz kā application/x-www-form-urlencoded.', en: 'The form must be posted as application/x-www-form-urlencoded.' });
  }
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    const buffer = chunk as Buffer;
    size += buffer.length;
    if (size > MAX_FORM_BYTES) {
      throw new FormError(413, { lv: 'Veidlapas dati ir pārāk gari.', en: 'The form data is too long.' });
    }
    chunks.push(buffer);
  }
  return new URLSearchParams(Buffer.concat(chunks).toString('utf8'));
}

function displayName(person: DevPerson): string {
  return `${person.firstName} ${person.lastName}`.trim();
}

/**
 * Serves the interaction pages that oidc-provider sends the browser to: the login page with the
 * persons to choose from, the form posts that finish it, and consent, which is granted without
 * asking because the stand-in's clients are RUMIS itself.
 */
export function createInteractionHandler({ provider, accounts, persons, logger }: InteractionDependencies) {
  async function showLoginPage(res: ServerResponse, uid: string, status = 200, problem?: BilingualText): Promise<void> {
    let listed: DevPerson[] = [];
    try {
      listed = await persons();
    } catch (error) {
      logger.warn('Stand-in identity provider could not list the persons', error);
      problem ??= { lv: 'Personu sarakstu neizdevās ielādēt; var ievadīt personas kodu.', en: 'The persons could not be listed; a personal code can still be typed.' };
    }
    const entries = listed.map((person) => ({ personKey: accounts.personKeyOf(person.personalCode), name: displayName(person) }));
    sendHtml(res, status, renderLoginPage({ uid, persons: entries, problem }));
  }

  /** Grants the scopes and claims the client requested, as the provider's own consent form does. */
  async function grantConsent(interaction: InteractionDetails): Promise<InteractionResult> {
    const accountId = interaction.session?.accountId;
    if (!accountId || typeof interaction.params.client_id !== 'string') {
      throw new FormError(400, { lv: 'Pieslēgšanās sesija nav pabeigta.', en: 'The login session is incomplete.' });
    }
    const grant = interaction.grantId
      ? await provider.Grant.find(interaction.grantId)
      : new provider.Grant({ accountId, clientId: interaction.params.client_id });
    if (!grant) {
      throw new FormError(400, { lv: 'Piekrišanas ieraksts nav atrasts.', en: 'The consent record was not found.' });
    }
    const { missingOIDCScope, missingOIDCClaims, missingResourceScopes } = interaction.prompt.details;
    if (missingOIDCScope) {
      grant.addOIDCScope(missingOIDCScope.join(' '));
    }
    if (missingOIDCClaims) {
      grant.addOIDCClaims(missingOIDCClaims);
    }
    for (const [indicator, scopes] of Object.entries(missingResourceScopes ?? {})) {
      grant.addResourceScope(indicator, scopes.join(' '));
    }
    return { consent: { grantId: await grant.save() } };
  }

  async function choosePerson(form: URLSearchParams): Promise<AccountPerson> {
    const personKey = form.get('person');
    if (personKey) {
      const person = (await persons()).find((candidate) => accounts.personKeyOf(candidate.personalCode) === personKey);
      if (!person) {
        throw new FormError(400, { lv: 'Izvēlētā persona vairs nav sarakstā.', en: 'The chosen person is no longer in the list.' });
      }
      return person;
    }
    const typed = (form.get('personal_code') ?? '').trim();
    if (!typed) {
      throw new FormError(400, { lv: 'Izvēlieties personu vai ievadiet personas kodu.', en: 'Choose a person or type a personal code.' });
    }
    if (typed.length > MAX_TYPED_CODE_LENGTH) {
      throw new FormError(400, { lv: `Personas kods var būt ne garāks par ${MAX_TYPED_CODE_LENGTH} rakstzīmēm.`, en: `A personal code can be at most ${MAX_TYPED_CODE_LENGTH} characters long.` });
    }
    // A typed code is asserted as it is, even when it is invalid, so that the relying party's
    // handling of unknown and invalid codes can be tried.
    return { personalCode: typed };
  }

  async function route(req: IncomingMessage, res: ServerResponse, path: string): Promise<void> {
    const [, , uid, action] = path.split('/');
    const interaction = await provider.interactionDetails(req, res);
    if (interaction.uid !== uid) {
      throw new FormError(400, { lv: 'Pieslēgšanās sesija neatbilst adresei.', en: 'The login session does not match the address.' });
    }

    if (req.method === 'GET' && action === undefined) {
      if (interaction.prompt.name === 'login') {
        return showLoginPage(res, uid);
      }
      if (interaction.prompt.name === 'consent') {
        return redirect(res, await provider.interactionResult(req, res, await grantConsent(interaction), { mergeWithLastSubmission: true }));
      }
      throw new FormError(400, { lv: `Pieprasījums "${interaction.prompt.name}" netiek atbalstīts.`, en: `The prompt "${interaction.prompt.name}" is not supported.` });
    }

    if (req.method === 'POST' && action === 'login' && interaction.prompt.name === 'login') {
      const form = await readForm(req);
      let person: AccountPerson;
      try {
        person = await choosePerson(form);
      } catch (error) {
        if (error instanceof FormError) {
          return showLoginPage(res, uid, error.status, error.text);
        }
        throw error;
      }
      const accountId = accounts.remember(person);
      return redirect(res, await provider.interactionResult(req, res, { login: { accountId } }, { mergeWithLastSubmission: false }));
    }

    if (req.method === 'POST' && action === 'abort') {
      const result = { error: 'access_denied', error_description: 'The person cancelled the login at the stand-in identity provider.' };
      return redirect(res, await provider.interactionResult(req, res, result, { mergeWithLastSubmission: false }));
    }

    throw new FormError(404, { lv: 'Lapa nav atrasta.', en: 'The page was not found.' });
  }

  /** Handles a request under /interaction/ and renders every failure as a page. */
  return async function handleInteraction(req: IncomingMessage, res: ServerResponse, path: string): Promise<void> {
    try {
      await route(req, res, path);
    } catch (error) {
      const title = { lv: 'Pieslēgšanās neizdevās', en: 'Login failed' };
      if (error instanceof FormError) {
        sendHtml(res, error.status, renderMessagePage(title, error.text));
        return;
      }
      if ((error as { name?: unknown } | null)?.name === 'SessionNotFound') {
        const text = { lv: 'Pieslēgšanās sesija nav atrasta vai ir beigusies. Sāciet pieslēgšanos no jauna.', en: 'The login session was not found or has expired. Start the login again.' };
        sendHtml(res, 400, renderMessagePage(title, text));
        return;
      }
      logger.warn(`Stand-in identity provider failed on ${req.method} ${path}`, error);
      sendHtml(res, 500, renderMessagePage(title, { lv: 'Radās iekšēja kļūda.', en: 'An internal error occurred.' }));
    }
  };
}
