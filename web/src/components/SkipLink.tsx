import { useLang } from '../lang.tsx';

/**
 * The first stop of the Tab key: jumps past the header to the page, as
 * WCAG 2.4.1 (bypass blocks) asks. Hidden until focused. A button, not a
 * `#content` link: the hash is the app's router.
 */
export function SkipLink() {
  const { t } = useLang();
  const skip = () => {
    // The page, past the header and the synthetic-data banner that may follow it.
    const page = document.querySelector<HTMLElement>('.app > header ~ :not(.synthetic-banner)');
    if (!page) return;
    page.tabIndex = -1;
    page.focus();
  };
  return (
    <button type="button" className="skip-link" onClick={skip} data-testid="skip-link">
      {t('skipToContent')}
    </button>
  );
}
