import { accountText } from '../../i18n/account.ts';
import { useDictionary } from '../../i18n/dictionary.ts';
import type { SignIn } from './use-sign-in.ts';

/** The sign-in form: name, password, the answer, submit and cancel. */
export function SignInForm(props: { s: SignIn; onCancel: () => void }) {
  const tt = useDictionary(accountText);
  const { name, setName, password, setPassword, error, submit } = props.s;
  return (
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
        <button type="button" onClick={props.onCancel}>
          {tt('cancel')}
        </button>
      </div>
    </form>
  );
}
