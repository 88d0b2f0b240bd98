import { useEffect, useState } from 'react';
import { sessionApi, type WhoAmI } from '../api/session.ts';
import { useDictionary } from '../i18n/dictionary.ts';
import { accountText } from '../i18n/account.ts';
import { SignInForm } from './account/SignInForm.tsx';
import { useSignIn } from './account/use-sign-in.ts';

/**
 * Who is signed in (role, name), a sign-in form and sign-out. Changing who
 * is signed in reloads the page: every figure on screen follows the new
 * account's rights.
 */
export function Account() {
  const tt = useDictionary(accountText);
  const [me, setMe] = useState<WhoAmI | null>(null);
  const [open, setOpen] = useState(false);
  const signIn = useSignIn();

  useEffect(() => {
    sessionApi.me().then(setMe, () => setMe(null));
  }, []);

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
      {open ? <SignInForm s={signIn} onCancel={() => setOpen(false)} /> : null}
    </span>
  );
}
