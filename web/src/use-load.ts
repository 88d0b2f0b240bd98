import { useEffect, useState } from 'react';

export interface Loaded<T> {
  data: T | null;
  error: string | null;
  /** Waiting for the answer (data null may also be an answer: nothing to show). */
  loading: boolean;
}

/**
 * Loads `load()` whenever `key` changes; a later key's answer wins (an
 * earlier answer arriving late is dropped). `data` is null while loading.
 */
export function useLoad<T>(key: string, load: () => Promise<T>): Loaded<T> {
  const state = useKeyedLoad(key, load, false);
  return state.key === key ? state : { data: null, error: null, loading: true };
}

/**
 * As useLoad, but the last answer stays shown while the next key loads
 * (`loading` true meanwhile): for a list refreshed after an edit, which
 * should not blank and jump the page.
 */
export function useReload<T>(key: string, load: () => Promise<T>): Loaded<T> {
  const state = useKeyedLoad(key, load, true);
  return state.key === key ? state : { ...state, loading: true };
}

function useKeyedLoad<T>(key: string, load: () => Promise<T>, keep: boolean) {
  const [state, setState] = useState<Loaded<T> & { key: string | null }>({
    data: null,
    error: null,
    loading: true,
    key: null,
  });
  useEffect(() => {
    let live = true;
    setState((s) =>
      keep ? { ...s, loading: true, key: s.key } : { data: null, error: null, loading: true, key },
    );
    load()
      .then((data) => live && setState({ data, error: null, loading: false, key }))
      .catch((e: Error) => live && setState({ data: null, error: e.message, loading: false, key }));
    return () => {
      live = false;
    };
    // `load` is a fresh closure each render; the key says when to load again.
  }, [key]);
  return state;
}
