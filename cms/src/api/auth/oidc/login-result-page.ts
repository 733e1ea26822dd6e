/**
 * Pages shown when a latvija.lv login is rejected or fails. The browser arrives here from the
 * identity provider rather than from the panel's JavaScript, so each is a small self-contained
 * HTML page (inline styles, no scripts, fonts or images) in Latvian with English below, marked
 * lang="en", because the server does not know the language chosen in the panel.
 */

export type LoginRejection = 'UNKNOWN_USER' | 'USER_BLOCKED' | 'NO_USABLE_PROFILE' | 'LOGIN_FAILED';

interface RejectionText {
  status: number;
  titleLv: string;
  titleEn: string;
  messageLv: string;
  messageEn: string;
}

const REJECTIONS: Record<LoginRejection, RejectionText> = {
  UNKNOWN_USER: {
    status: 403,
    titleLv: 'Lietotājs nav reģistrēts',
    titleEn: 'User not registered',
    messageLv: 'RUMIS nav lietotāja ar jūsu personas kodu. Lūdziet savas iestādes vai pašvaldības RUMIS administratoram jūs reģistrēt.',
    messageEn: 'RUMIS has no user with your personal code. Ask the RUMIS administrator of your institution or municipality to register you.',
  },
  USER_BLOCKED: {
    status: 403,
    titleLv: 'Lietotājs ir bloķēts',
    titleEn: 'User blocked',
    messageLv: 'Jūsu RUMIS lietotājs ir bloķēts. Ja tā ir kļūda, sazinieties ar savas iestādes vai pašvaldības RUMIS administratoru.',
    messageEn: 'Your RUMIS user is blocked. If this is a mistake, contact the RUMIS administrator of your institution or municipality.',
  },
  NO_USABLE_PROFILE: {
    status: 403,
    titleLv: 'Nav derīga profila',
    titleEn: 'No valid profile',
    messageLv: 'Jums nav neviena derīga profila: visi profili ir bloķēti vai to derīguma termiņš ir beidzies. Lūdziet RUMIS administratoram atjaunot jūsu tiesības.',
    messageEn: 'You have no valid profile: every profile is blocked or has expired. Ask a RUMIS administrator to renew your rights.',
  },
  LOGIN_FAILED: {
    status: 400,
    titleLv: 'Pieslēgšanās neizdevās',
    titleEn: 'Login failed',
    messageLv: 'Pieslēgšanos caur latvija.lv neizdevās pabeigt vai tās laiks beidzās. Mēģiniet vēlreiz.',
    messageEn: 'The login through latvija.lv could not be completed or took too long. Try again.',
  },
};

export function isLoginRejection(value: unknown): value is LoginRejection {
  return typeof value === 'string' && Object.prototype.hasOwnProperty.call(REJECTIONS, value);
}

/** Renders the page for a rejection and returns it with its HTTP status. The page contains no personal data. */
export function renderLoginResultPage(rejection: LoginRejection): { status: number; html: string } {
  const text = REJECTIONS[rejection];
  const html = `<!DOCTYPE html>
<html lang="lv">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${text.titleLv} – RUMIS</title>
<style>
  body { font-family: system-ui, sans-serif; background: #f4f5f7; color: #1d2430; margin: 0; }
  main { max-width: 34rem; margin: 4rem auto; background: #fff; padding: 2rem; border-radius: 8px; box-shadow: 0 1px 3px rgba(0,0,0,.15); }
  h1 { font-size: 1.4rem; margin-top: 0; }
  .en { display: block; color: #5c6675; font-size: .9em; font-weight: normal; margin-top: .25rem; }
  .code { color: #5c6675; font-size: .8em; }
  a { color: #1d4ed8; }
</style>
</head>
<body>
<main>
<h1>${text.titleLv}<span class="en" lang="en">${text.titleEn}</span></h1>
<p>${text.messageLv}<span class="en" lang="en">${text.messageEn}</span></p>
<p><a href="/api/session/oidc/login">Pieslēgties vēlreiz<span class="en" lang="en">Log in again</span></a></p>
<p class="code">${rejection}</p>
</main>
</body>
</html>`;
  return { status: text.status, html };
}
