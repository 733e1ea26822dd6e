import { useGetList } from 'react-admin';
import type { ResourceSubtype, SocialStatus } from '../types';
import { useLocalizedLabel } from './useLocalizedLabel';

const CATALOG_QUERY_OPTIONS = { staleTime: Infinity, gcTime: Infinity } as const;
const ALL = { page: 1, perPage: 500 };

/** Returns the active resource subtypes with their technical parameters, and select choices for them. */
export function useSubtypes() {
  const { data = [], isPending } = useGetList<ResourceSubtype>('resource-subtypes', { pagination: ALL }, CATALOG_QUERY_OPTIONS);
  const localized = useLocalizedLabel();
  return {
    subtypes: data,
    isPending,
    choices: data.map((subtype) => ({ id: subtype.id, name: localized(subtype) })),
    labelOf: (id: unknown) => {
      const subtype = data.find((candidate) => candidate.id === id);
      return subtype ? localized(subtype) : '';
    },
  };
}

/** Returns the active social-support groups as choices keyed by code, the form applications store them in. */
export function useSocialStatuses() {
  const { data = [] } = useGetList<SocialStatus>('social-statuses', { pagination: ALL }, CATALOG_QUERY_OPTIONS);
  const localized = useLocalizedLabel();
  return {
    choices: data.map((status) => ({ id: status.code, name: localized(status) })),
    labelOf: (code: string) => {
      const status = data.find((candidate) => candidate.code === code);
      return status ? localized(status) : code;
    },
  };
}
