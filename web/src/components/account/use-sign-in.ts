import { useState, type FormEvent } from 'react';
import { sessionApi } from '../../api/session.ts';
import { ApiFailure } from '../../http.ts';
import { accountText } from '../../i18n/account.ts';
import { useDictionary } from '../../i18n/dictionary.ts';

/**
 * The sign-in form's fields and answer, kept while the form is closed and
 * opened again; signing in reloads the page (every figure follows the new
 * account's rights), too many attempts say how long to wait.
 */
export function useSignIn() {
  const tt = useDictionary(accountText);
  const [name, setName] = useState('');
  const [password, setPassword] = useState('');
  const [error, setError] = useState<string | null>(null);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    setError(null);
    sessionApi.signIn(name, password).then(
      () => window.location.reload(),
      (err: Error) => {
        const wait =
          err instanceof ApiFailure && err.body.code === 'ATLAS_E_TOO_MANY_ATTEMPTS'
            ? Number(err.body.details?.retryAfterSeconds)
            : NaN;
        setError(
          Number.isFinite(wait)
            ? tt('tooMany', { seconds: String(wait) })
            : tt('failed', { message: err.message }),
        );
      },
    );
  };
  return { name, setName, password, setPassword, error, submit };
}

export type SignIn = ReturnType<typeof useSignIn>;
