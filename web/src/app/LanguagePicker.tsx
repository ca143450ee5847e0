import { useState } from 'react';
import { useAuth } from '../auth/AuthProvider';
import { currentLanguage, LANGUAGES, useTranslation, type Language } from '../i18n';

/**
 * The signed-in user's language, kept on the server for every device. Each language is named in itself
 * ("Deutsch", "English"), so someone who cannot read the current one still finds theirs.
 */
export function LanguagePicker({ className }: { className?: string }) {
  const { chooseLanguage } = useAuth();
  const { t } = useTranslation(['shell', 'common']);
  const [failed, setFailed] = useState(false);
  const choose = async (language: Language) => {
    setFailed(false);
    try {
      await chooseLanguage(language);
    } catch {
      setFailed(true);
    }
  };
  return (
    <label className={className ?? 'qs-language'}>
      <span>{t('shell:language')}</span>
      <select value={currentLanguage()} onChange={(e) => void choose(e.target.value as Language)}>
        {LANGUAGES.map((language) => (
          <option key={language} value={language} lang={language}>
            {t(`common:language.${language}`, { lng: language })}
          </option>
        ))}
      </select>
      {failed && <span role="alert">{t('shell:languageSaveFailed')}</span>}
    </label>
  );
}
