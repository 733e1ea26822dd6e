import type { Db } from './db';

/** Latvian labels of the code lists: list name to code to label. */
export type CodeLabels = Map<string, Map<string, string>>;

/** Loads the Latvian labels of the given code lists (resource_status, resource_location, ...). */
export async function loadCodeLabels(db: Db, lists: readonly string[]): Promise<CodeLabels> {
  const rows: Array<{ list: string; code: string; label_lv: string }> = await db('code_list_entries')
    .whereIn('list', lists)
    .orderBy(['list', 'position'])
    .select('list', 'code', 'label_lv');
  const labels: CodeLabels = new Map(lists.map((list) => [list, new Map<string, string>()]));
  for (const row of rows) {
    labels.get(row.list)?.set(row.code, row.label_lv);
  }
  return labels;
}
