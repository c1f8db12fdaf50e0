import i18next, { type BackendModule } from 'i18next';
import { initReactI18next } from 'react-i18next';
import common from '../../locales/en/common.json';
import errors from '../../locales/en/errors.json';
import booking from '../../locales/en/booking.json';

export const languages = ['en', 'de'] as const;
export type Language = (typeof languages)[number];
const storageKey = 'platform.language';

// Each page area has its own namespace file per language, loaded with the page that needs it, so the
// booking page does not carry the console's words.
const files = import.meta.glob<{ default: Record<string, unknown> }>([
  '../../locales/*/*.json',
  '!../../locales/en/{common,errors,booking}.json',
]);

// English words of the booking page ship with it (one round trip less on a slow phone); other namespaces and
// languages load when needed.
const bundled = { en: { common, errors, booking } };

const backend: BackendModule = {
  type: 'backend',
  init: () => undefined,
  read: (language, namespace, callback) => {
    const load = files[`../../locales/${language}/${namespace}.json`];
    if (!load) {
      callback(null, {});
      return;
    }
    load().then(
      (module) => callback(null, module.default),
      (error: unknown) => callback(error instanceof Error ? error : new Error(String(error)), null),
    );
  },
};

export function detectLanguage(): Language {
  const stored = window.localStorage.getItem(storageKey);
  if (stored === 'en' || stored === 'de') return stored;
  const preferred = navigator.languages?.find((tag) => languages.some((language) => tag.toLowerCase().startsWith(language)));
  return preferred?.toLowerCase().startsWith('de') ? 'de' : 'en';
}

export function chooseLanguage(language: Language) {
  window.localStorage.setItem(storageKey, language);
  document.documentElement.lang = language;
  void i18next.changeLanguage(language);
}

export async function startI18n() {
  const language = detectLanguage();
  document.documentElement.lang = language;
  await i18next
    .use(backend)
    .use(initReactI18next)
    .init({
      lng: language,
      resources: bundled,
      partialBundledLanguages: true,
      fallbackLng: 'en',
      supportedLngs: [...languages],
      ns: ['common', 'errors'],
      defaultNS: 'common',
      interpolation: { escapeValue: false },
      react: { useSuspense: true },
      returnNull: false,
    });
}
