import path from 'node:path';

import type { TemplateKind } from './handover-act-document-data';

const TEMPLATE_FILES: Record<TemplateKind, string> = {
  'handover-act': 'handover-act.lv.docx',
  'return-act': 'return-act.lv.docx',
};

/** Returns the absolute path of the default Latvian template that ships in templates/. */
export function defaultTemplatePath(kind: TemplateKind): string {
  const fileName = TEMPLATE_FILES[kind];
  if (fileName === undefined) {
    throw new TypeError(
      `defaultTemplatePath: unknown template kind "${String(kind)}"; use "handover-act" or "return-act"`,
    );
  }
  // Both src/ and dist/ sit directly in the package folder, beside templates/.
  return path.join(__dirname, '..', 'templates', fileName);
}
