import type { Context } from 'koa';
import type { Knex } from 'knex';
import { parseJsonColumn } from './db';
import { invalid } from './errors';
import { forbiddenCharacterPath, MAX_ID } from './validation';

/** A list request in the ra-data-simple-rest dialect: sort=["field","ASC"], range=[0,24], filter={...}. */
export interface ListRequest {
  sort: { field: string; order: 'asc' | 'desc' };
  range: { start: number; end: number };
  filter: Record<string, unknown>;
}

export const MAX_PAGE_SIZE = 500;

function parseJsonParam(ctx: Context, name: string): unknown {
  const raw = ctx.query[name];
  if (raw === undefined) {
    return undefined;
  }
  if (typeof raw !== 'string') {
    throw invalid(
      'QUERY_INVALID',
      { lv: `Parametrs "${name}" jānorāda vienu reizi.`, en: `Give the parameter "${name}" only once.` },
      name,
    );
  }
  try {
    return JSON.parse(raw);
  } catch {
    throw invalid(
      'QUERY_INVALID',
      { lv: `Parametra "${name}" vērtība nav derīgs JSON.`, en: `The value of the parameter "${name}" is not valid JSON.` },
      name,
    );
  }
}

/** Parses and checks the list parameters; sort fields are checked later against the list's own map. */
export function parseListRequest(ctx: Context, defaultSort: ListRequest['sort']): ListRequest {
  const sort = parseJsonParam(ctx, 'sort');
  const range = parseJsonParam(ctx, 'range');
  const filter = parseJsonParam(ctx, 'filter');

  let parsedSort = defaultSort;
  if (sort !== undefined) {
    if (!Array.isArray(sort) || sort.length !== 2 || typeof sort[0] !== 'string' || !['ASC', 'DESC'].includes(String(sort[1]).toUpperCase())) {
      throw invalid(
        'QUERY_INVALID',
        {
          lv: 'Parametram "sort" jābūt formā ["lauks","ASC"] vai ["lauks","DESC"].',
          en: 'The "sort" parameter must have the form ["field","ASC"] or ["field","DESC"].',
        },
        'sort',
      );
    }
    parsedSort = { field: sort[0], order: String(sort[1]).toLowerCase() as 'asc' | 'desc' };
  }

  let parsedRange = { start: 0, end: 24 };
  if (range !== undefined) {
    if (!Array.isArray(range) || range.length !== 2 || !range.every((n) => Number.isSafeInteger(n) && n >= 0) || range[1] < range[0]) {
      throw invalid(
        'QUERY_INVALID',
        {
          lv: 'Parametram "range" jābūt formā [sākums,beigas] ar nenegatīviem veseliem skaitļiem.',
          en: 'The "range" parameter must have the form [start,end] with non-negative integers.',
        },
        'range',
      );
    }
    if (range[1] - range[0] + 1 > MAX_PAGE_SIZE) {
      throw invalid(
        'QUERY_INVALID',
        {
          lv: `Vienā lapā var pieprasīt ne vairāk kā ${MAX_PAGE_SIZE} ierakstus.`,
          en: `At most ${MAX_PAGE_SIZE} records can be requested on one page.`,
        },
        'range',
      );
    }
    parsedRange = { start: range[0], end: range[1] };
  }

  if (filter !== undefined && (typeof filter !== 'object' || filter === null || Array.isArray(filter))) {
    throw invalid(
      'QUERY_INVALID',
      { lv: 'Parametram "filter" jābūt JSON objektam.', en: 'The "filter" parameter must be a JSON object.' },
      'filter',
    );
  }
  const forbiddenPath = forbiddenCharacterPath(filter);
  if (forbiddenPath !== undefined) {
    const key = forbiddenPath.split(/[.[]/)[0];
    throw invalid(
      'FILTER_INVALID',
      {
        lv: `Filtra "${key}" vērtībā ir neatļauta rakstzīme (NUL vai nepāra aizstājējrakstzīme).`,
        en: `The value of the filter "${key}" contains a character that is not allowed (NUL or an unpaired surrogate).`,
      },
      `filter.${key}`,
    );
  }
  return { sort: parsedSort, range: parsedRange, filter: (filter as Record<string, unknown>) ?? {} };
}

export type FilterHandler = (query: Knex.QueryBuilder, value: unknown) => void;

export interface ListDefinition {
  /** Resource name used in the Content-Range header. */
  name: string;
  /** Sortable API field names mapped to SQL columns. */
  sortable: Record<string, string>;
  filters: Record<string, FilterHandler>;
}

/** Applies the filters the list defines. An unknown filter is a 400 error, never silently ignored. */
export function applyFilters(query: Knex.QueryBuilder, definition: ListDefinition, filter: Record<string, unknown>): void {
  for (const [key, value] of Object.entries(filter)) {
    if (value === undefined || value === null || value === '') {
      continue;
    }
    const handler = definition.filters[key];
    if (!handler) {
      throw invalid(
        'FILTER_UNKNOWN',
        { lv: `Sarakstu nevar filtrēt pēc lauka "${key}".`, en: `The list cannot be filtered by the field "${key}".` },
        `filter.${key}`,
      );
    }
    handler(query, value);
  }
}

/**
 * Runs a list query: counts the filtered rows, then fetches one sorted page, and sets the
 * Content-Range header that react-admin reads the total from.
 */
export async function runList(ctx: Context, base: Knex.QueryBuilder, definition: ListDefinition, request: ListRequest): Promise<Record<string, unknown>[]> {
  applyFilters(base, definition, request.filter);
  const sortColumn = definition.sortable[request.sort.field];
  if (!sortColumn) {
    throw invalid(
      'SORT_UNKNOWN',
      {
        lv: `Sarakstu nevar kārtot pēc lauka "${request.sort.field}".`,
        en: `The list cannot be sorted by the field "${request.sort.field}".`,
      },
      'sort',
    );
  }
  const countQuery = base.clone().clearSelect().clearOrder().count<{ count: string }[]>({ count: '*' });
  const [{ count }] = await countQuery;
  const rows = await base
    .orderBy(sortColumn, request.sort.order)
    .orderBy(definition.sortable.id ?? 'id', request.sort.order)
    .offset(request.range.start)
    .limit(request.range.end - request.range.start + 1);
  const total = Number(count);
  const end = rows.length === 0 ? request.range.start : request.range.start + rows.length - 1;
  ctx.set('Content-Range', `${definition.name} ${request.range.start}-${end}/${total}`);
  return rows.map(camelize);
}

/** JSONB columns of the domain tables, which knex returns as text (see parseJsonColumn). */
const JSON_COLUMNS = new Set(['parameters', 'social_statuses', 'roles']);

/** Copies a row with snake_case keys into one with camelCase keys, parsing its JSONB columns. */
export function camelize(row: Record<string, unknown>): Record<string, unknown> {
  const result: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(row)) {
    const camelKey = key.replace(/_([a-z0-9])/g, (_match, letter: string) => letter.toUpperCase());
    result[camelKey] = JSON_COLUMNS.has(key) ? parseJsonColumn(value, null) : value;
  }
  return result;
}

/** Escapes LIKE wildcards so that user text is matched literally. */
export function likePattern(text: string): string {
  return `%${text.replace(/[\\%_]/g, (character) => `\\${character}`)}%`;
}

export function asIdList(value: unknown, field: string): number[] {
  const values = Array.isArray(value) ? value : [value];
  const ids = values.map(Number);
  if (ids.some((id) => !Number.isSafeInteger(id) || id <= 0 || id > MAX_ID)) {
    throw invalid(
      'FILTER_INVALID',
      {
        lv: `Filtra "${field}" vērtībai jābūt identifikatoram vai to sarakstam.`,
        en: `The value of the filter "${field}" must be an id or a list of ids.`,
      },
      `filter.${field}`,
    );
  }
  return ids;
}

export function asStringList(value: unknown, field: string, allowed?: readonly string[]): string[] {
  const values = Array.isArray(value) ? value : [value];
  if (values.some((item) => typeof item !== 'string' || (allowed && !allowed.includes(item)))) {
    throw invalid(
      'FILTER_INVALID',
      { lv: `Filtra "${field}" vērtība nav atļauta.`, en: `The value of the filter "${field}" is not allowed.` },
      `filter.${field}`,
    );
  }
  return values as string[];
}
