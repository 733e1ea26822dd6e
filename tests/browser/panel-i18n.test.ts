import englishMessages from 'ra-language-english';
import { en } from '../../admin/src/i18n/en';
import { lv } from '../../admin/src/i18n/lv';

type Messages = { [key: string]: string | Messages };

/** Lists every message key as a dotted path, such as ra.action.save. */
function leafKeys(messages: Messages, prefix = ''): string[] {
  return Object.entries(messages).flatMap(([key, value]) =>
    typeof value === 'string' ? [`${prefix}${key}`] : leafKeys(value, `${prefix}${key}.`),
  );
}

function withoutRa(keys: string[]): string[] {
  return keys.filter((key) => !key.startsWith('ra.')).sort();
}

describe('panel translations', () => {
  const latvianKeys = leafKeys(lv as Messages);
  const englishKeys = leafKeys(en as Messages);

  it('Latvian covers every react-admin key', () => {
    const missing = leafKeys(englishMessages as Messages).filter((key) => !latvianKeys.includes(key));
    expect(missing).toEqual([]);
  });

  it('Latvian has no keys react-admin lacks', () => {
    const reactAdminKeys = leafKeys(englishMessages as Messages);
    const extra = latvianKeys.filter((key) => key.startsWith('ra.') && !reactAdminKeys.includes(key));
    expect(extra).toEqual([]);
  });

  it('Latvian and English panel keys match', () => {
    expect(withoutRa(latvianKeys)).toEqual(withoutRa(englishKeys));
  });

  it('Latvian panel texts are not empty', () => {
    const empty = latvianKeys.filter((key) => {
      const value = key.split('.').reduce<string | Messages>((node, part) => (node as Messages)[part], lv as Messages);
      return typeof value === 'string' && value.trim() === '' && key !== 'ra.boolean.null';
    });
    expect(empty).toEqual([]);
  });
});
