/**
 * HTML pages of the stand-in identity provider: Latvian first, English below, with inline styles
 * only, so a page loads nothing from anywhere else.
 */

export interface ListedPerson {
  personKey: string;
  name: string;
}

/** A text in Latvian with its English translation. */
export interface BilingualText {
  lv: string;
  en: string;
}

export function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (character) => `&#${character.charCodeAt(0)};`);
}

function bilingual(text: BilingualText, { tag = 'p', className }: { tag?: string; className?: string } = {}): string {
  const classAttribute = className ? ` class="${className}"` : '';
  return `<${tag}${classAttribute}>${escapeHtml(text.lv)}<span class="en">${escapeHtml(text.en)}</span></${tag}>`;
}

const STYLE = `
  body { font-family: system-ui, sans-serif; background: #f4f5f7; color: #1d2430; margin: 0; }
  main { max-width: 34rem; margin: 3rem auto; background: #fff; padding: 2rem; border-radius: 8px; box-shadow: 0 1px 3px rgba(0,0,0,.15); }
  h1 { font-size: 1.4rem; margin-top: 0; }
  .en { display: block; color: #5c6675; font-size: .9em; font-weight: normal; margin-top: .2rem; }
  .notice { background: #fff4d6; border-left: 4px solid #c88a00; padding: .6rem .8rem; }
  .error { background: #fde8e8; border-left: 4px solid #b42318; padding: .6rem .8rem; }
  ul { list-style: none; padding: 0; }
  li { margin: .4rem 0; }
  button { font: inherit; padding: .5rem 1rem; cursor: pointer; }
  li button { width: 100%; text-align: left; }
  input { font: inherit; padding: .45rem; width: 12rem; }
  form.inline { display: inline; }
`;

export function renderPage(title: BilingualText, content: string): string {
  return `<!DOCTYPE html>
<html lang="lv">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title.lv)} / ${escapeHtml(title.en)}</title>
<style>${STYLE}</style>
</head>
<body>
<main>
${bilingual(title, { tag: 'h1' })}
${content}
</main>
</body>
</html>`;
}

export interface LoginPageInput {
  uid: string;
  persons: ListedPerson[];
  /** Shown above the forms, for example when the persons could not be listed. */
  problem?: BilingualText;
}

/**
 * Lists the persons by name, each a form that posts the person's key, and a field for any other
 * personal code. Codes travel only in form bodies, never in a URL or in this page.
 */
export function renderLoginPage({ uid, persons, problem }: LoginPageInput): string {
  const action = `/interaction/${encodeURIComponent(uid)}`;
  const personForms = persons
    .map(
      (person) => `<li><form method="post" action="${action}/login">
<input type="hidden" name="person" value="${escapeHtml(person.personKey)}">
<button type="submit">${escapeHtml(person.name)}</button>
</form></li>`,
    )
    .join('\n');
  const list = persons.length
    ? `<ul>${personForms}</ul>`
    : bilingual({ lv: 'Sarakstā nav nevienas personas.', en: 'The list has no persons.' });

  return renderPage(
    { lv: 'Pieslēgšanās', en: 'Log in' },
    `${bilingual(
      {
        lv: 'Šis ir latvija.lv aizstājējs izstrādei, demonstrācijām un testiem. Izvēlieties personu, kuras vārdā pieslēgties.',
        en: 'This stand-in for latvija.lv serves development, demos and tests. Choose the person to log in as.',
      },
      { className: 'notice' },
    )}
${problem ? bilingual(problem, { className: 'error' }) : ''}
${list}
<form method="post" action="${action}/login">
<label for="personal_code">Cits personas kods<span class="en">Another personal code</span></label>
<p><input id="personal_code" name="personal_code" inputmode="numeric" autocomplete="off" maxlength="32">
<button type="submit">Pieslēgties / Log in</button></p>
</form>
<form method="post" action="${action}/abort" class="inline">
<button type="submit">Atcelt / Cancel</button>
</form>`,
  );
}

export function renderMessagePage(title: BilingualText, message: BilingualText): string {
  return renderPage(title, bilingual(message, { className: 'error' }));
}
