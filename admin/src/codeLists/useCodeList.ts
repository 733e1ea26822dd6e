import { useCallback, useMemo } from 'react';
import { useGetList } from 'react-admin';
import type { CodeListEntry } from '../types';
import { useLocalizedLabel } from './useLocalizedLabel';

/** Code lists change only with a deployment, so one load per session is enough. */
const CATALOG_QUERY_OPTIONS = { staleTime: Infinity, gcTime: Infinity } as const;
const ALL = { page: 1, perPage: 500 };

export interface Choice {
  id: string;
  name: string;
}

/**
 * Returns the labels and select choices of one code list (such as resource_status), in the chosen
 * language. `only` limits the choices to the codes it names. An unknown code is shown as the code itself.
 */
export function useCodeList(list: string, only?: readonly string[]) {
  const { data = [] } = useGetList<CodeListEntry>('code-lists', { pagination: ALL }, CATALOG_QUERY_OPTIONS);
  const localized = useLocalizedLabel();

  const entries = useMemo(() => data.filter((entry) => entry.list === list && (!only || only.includes(entry.code))), [data, list, only]);
  const choices: Choice[] = entries.map((entry) => ({ id: entry.code, name: localized(entry) }));
  const labelOf = useCallback(
    (code: string | null | undefined) => {
      const entry = entries.find((candidate) => candidate.code === code);
      return entry ? localized(entry) : (code ?? '');
    },
    [entries, localized],
  );
  return { choices, labelOf };
}
