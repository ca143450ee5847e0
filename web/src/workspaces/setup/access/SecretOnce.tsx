import { Alert } from '../../../ui';
import { useTranslation } from '../../../i18n';

/** A secret Quayside keeps only as a hash: this is the one time it can be copied. */
export function SecretOnce({ title, secret }: { title: string; secret: string }) {
  const { t } = useTranslation('setup');
  return (
    <Alert tone="warn" title={title}>
      <p>{t('secret.copyNow')}</p>
      <pre className="qs-code" aria-label={t('secret.label')}>
        {secret}
      </pre>
    </Alert>
  );
}
