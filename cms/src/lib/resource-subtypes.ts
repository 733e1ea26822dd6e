import type { SubtypeDefinition } from '../domain/resource-rules';
import type { ParameterDefinition } from '../domain/resource-parameters';
import { parseJsonColumn, type Db } from './db';

interface SubtypeRow {
  id: number;
  code: string;
  label_lv: string;
  label_en: string | null;
  active: boolean;
  type_id: number | null;
  parameters: ParameterDefinition[] | string | null;
}

function toDefinition(row: SubtypeRow): SubtypeDefinition {
  return {
    id: row.id,
    code: row.code,
    labelLv: row.label_lv,
    labelEn: row.label_en || row.label_lv,
    active: Boolean(row.active),
    typeId: row.type_id,
    parameters: parseJsonColumn<ParameterDefinition[]>(row.parameters, []),
  };
}

/** Subtypes with their type, which Strapi keeps in a link table, and parameter definitions. */
function subtypeQuery(db: Db) {
  return db('resource_subtypes as s')
    .leftJoin('resource_subtypes_type_lnk as l', 'l.resource_subtype_id', 's.id')
    .select('s.id', 's.code', 's.label_lv', 's.label_en', 's.active', 'l.resource_type_id as type_id', 's.parameters');
}

export async function loadSubtypeDefinition(db: Db, subtypeId: number): Promise<SubtypeDefinition | undefined> {
  const row: SubtypeRow | undefined = await subtypeQuery(db).where('s.id', subtypeId).first();
  return row ? toDefinition(row) : undefined;
}

/** Loads every subtype, active or not, ordered by id. */
export async function loadSubtypeDefinitions(db: Db): Promise<SubtypeDefinition[]> {
  const rows: SubtypeRow[] = await subtypeQuery(db).orderBy('s.id');
  return rows.map(toDefinition);
}
