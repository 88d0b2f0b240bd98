import { useLang } from '../lang.tsx';

/** Marks synthetic data wherever it is counted or shown. */
export function SyntheticBadge({ count }: { count?: number }) {
  const { t, lang } = useLang();
  return (
    <span
      className="badge badge-synthetic"
      title={t('syntheticTitle')}
      data-testid="synthetic-badge"
    >
      {t('synthetic')}
      {count !== undefined ? ` ${new Intl.NumberFormat(lang).format(count)}` : ''}
    </span>
  );
}

export function UnverifiedBadge() {
  const { t } = useLang();
  return (
    <span className="badge badge-unverified" title={t('unverifiedTitle')}>
      {t('unverified')}
    </span>
  );
}

export function NationalBadge({ round }: { round: number | null }) {
  const { t } = useLang();
  return (
    <span className="badge badge-national">
      {t('national')}
      {round ? ` · ${t('round', { n: round })}` : ''}
    </span>
  );
}
