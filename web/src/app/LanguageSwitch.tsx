import { useTranslation } from 'react-i18next';
import { chooseLanguage, languages, type Language } from '../lib/i18n/i18n';

const names: Record<Language, string> = { en: 'English', de: 'Deutsch' };

export function LanguageSwitch() {
  const { t, i18n } = useTranslation();
  return (
    <label className="language-switch">
      <span className="visually-hidden">{t('language')}</span>
      <select value={i18n.resolvedLanguage ?? 'en'} onChange={(event) => chooseLanguage(event.target.value as Language)}>
        {languages.map((language) => (
          <option key={language} value={language} lang={language}>{names[language]}</option>
        ))}
      </select>
    </label>
  );
}
