import { useCallback, useEffect, useState } from 'react';

export interface Loaded<T> {
  data?: T;
  error?: Error;
  isPending: boolean;
  /** Loads the data again, for example after a dialog saved a change. */
  reload: () => void;
}

/**
 * Loads data that is not a react-admin record (such as an institution's settings) when the
 * component mounts and whenever `key` changes. `load` should call the data provider from
 * useDataProvider, so that a 401 ends the session as for any other request.
 */
export function useLoaded<T>(load: () => Promise<T>, key: string): Loaded<T> {
  const [state, setState] = useState<{ data?: T; error?: Error; isPending: boolean }>({ isPending: true });
  const [version, setVersion] = useState(0);

  useEffect(() => {
    let active = true;
    setState((previous) => ({ ...previous, isPending: true }));
    load()
      .then((data) => active && setState({ data, isPending: false }))
      .catch((error: unknown) => active && setState({ error: error instanceof Error ? error : new Error(String(error)), isPending: false }));
    return () => {
      active = false;
    };
    // `load` is a new function at every render, so `key` and `version` decide when to load again.
  }, [key, version]);

  const reload = useCallback(() => setVersion((current) => current + 1), []);
  return { ...state, reload };
}
