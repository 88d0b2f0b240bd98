import { useEffect, useState, type FormEvent } from 'react';
import { sessionApi, type WhoAmI } from '../api/session.ts';
import { ApiFailure } from '../http.ts';
import { useDictionary } from '../i18n/dictionary.ts';
import { accountText } from '../i18n/account.ts';

/**
 * Who is signed in (role, name), a sign-in form and sign-out. Changing who
 * is signed in reloads the page: every figure on screen follows the new
 * account's rights.
 */
export function Account() {
  const tt = useDictionary(accountText);
  const [me, setMe] = useState<WhoAmI | null>(null);
  const [open, setOpen] = useState(false);
  const [name, setName] = useState('');
  const [password, setPassword] = useState('');
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    sessionApi.me().then(setMe, () => setMe(null));
  }, []);

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

  if (!me) return null;
  if (me.signedIn) {
    return (
      <span className="account" data-testid="account">
        <span title={me.organization ?? undefined}>
          {me.user} · {tt(`role.${me.role}`)}
        </span>
        <button
          type="button"
          onClick={() => sessionApi.signOut().then(() => window.location.reload())}
        >
          {tt('signOut')}
        </button>
      </span>
    );
  }
  return (
    <span className="account" data-testid="account">
      <span className="muted">{tt('anonymous')}</span>
      <button type="button" onClick={() => setOpen((o) => !o)} data-testid="sign-in-open">
        {tt('signIn')}
      </button>
      {open ? (
        <form className="sign-in" onSubmit={submit} data-testid="sign-in-form">
          <label>
            {tt('name')}
            <input
              value={name}
              onChange={(e) => setName(e.target.value)}
              autoComplete="username"
              required
            />
          </label>
          <label>
            {tt('password')}
            <input
              type="password"
              value={password}
              onChange={(e) => setPassword(e.target.value)}
              autoComplete="current-password"
              required
            />
          </label>
          {error ? (
            <div role="alert" className="error">
              {error}
            </div>
          ) : null}
          <div className="sign-in-buttons">
            <button type="submit">{tt('submit')}</button>
            <button type="button" onClick={() => setOpen(false)}>
              {tt('cancel')}
            </button>
          </div>
        </form>
      ) : null}
    </span>
  );
}
