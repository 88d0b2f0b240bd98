import { useCallback, useEffect, useRef, useState } from 'react';
import { importsApi, type ImportProgress } from '../../api/imports.ts';

/** Nothing is shown for an upload answered within this time: a bar that flashes by says nothing. */
const SHOW_AFTER_MS = 1_000;
/** Between one progress answer and the next question. */
const POLL_MS = 500;

interface Run {
  token: string;
  live: boolean;
  timer?: ReturnType<typeof setTimeout>;
}

/** A token for one upload: 128 random bits as 32 hex digits (the server takes 16–64 [A-Za-z0-9_-]). */
function newToken(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}

/**
 * An upload's progress while it runs: `begin` makes the token sent with the
 * upload and, a second later, starts asking GET /api/imports/progress/:token,
 * one question at a time; `end` (the upload answered) stops asking and clears
 * it, as does an answer saying 'done'. An answer that fails is skipped.
 */
export function useImportProgress() {
  const [progress, setProgress] = useState<ImportProgress | null>(null);
  const run = useRef<Run | null>(null);

  const end = useCallback(() => {
    const r = run.current;
    if (r) {
      r.live = false;
      clearTimeout(r.timer);
    }
    run.current = null;
    setProgress(null);
  }, []);

  const begin = useCallback((): string => {
    end();
    const r: Run = { token: newToken(), live: true };
    run.current = r;
    const ask = () => {
      if (!r.live) return;
      importsApi
        .progress(r.token)
        .then((p) => {
          if (p.phase === 'done') r.live = false;
          else if (r.live) setProgress(p);
        })
        .catch(() => undefined)
        .finally(() => {
          if (r.live) r.timer = setTimeout(ask, POLL_MS);
        });
    };
    r.timer = setTimeout(ask, SHOW_AFTER_MS);
    return r.token;
  }, [end]);

  useEffect(() => end, [end]);
  return { progress, begin, end };
}
