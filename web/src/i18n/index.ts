import i18next from 'i18next';
import { initReactI18next, useTranslation } from 'react-i18next';
import { coreDe, coreEn } from './core';
import type { en } from './en';

export const LANGUAGES = ['en', 'de'] as const;
export type Language = (typeof LANGUAGES)[number];
const STORAGE_KEY = 'quayside.language';

declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'common';
    resources: typeof en;
  }
}

function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && (LANGUAGES as readonly string[]).includes(value);
}

/**
 * The language before anyone signs in: the one chosen last on this device, else the browser's first
 * language we have, else English. A signed-in user's own choice replaces it (setLanguage).
 */
function initialLanguage(): Language {
  try {
    const stored = localStorage.getItem(STORAGE_KEY);
    if (isLanguage(stored)) return stored;
  } catch {
    // Storage can be off (private windows); the browser's languages still apply.
  }
  const preferred = (navigator.languages ?? [navigator.language]).map((l) => l.slice(0, 2).toLowerCase());
  return preferred.find(isLanguage) ?? 'en';
}

// Catalogues are bundled, not fetched: two languages of a few kilobytes each cost less than a round trip,
// and the app must start offline. What the sign-in page, the shell and the mobile app need is in the main
// bundle; the desk workspaces' words come in a chunk of their own with the first workspace (the mobile app's
// compressed JavaScript stays within its budget however much the desk says).
void i18next.use(initReactI18next).init({
  resources: { en: coreEn, de: coreDe },
  partialBundledLanguages: true,
  lng: initialLanguage(),
  fallbackLng: 'en',
  defaultNS: 'common',
  ns: Object.keys(coreEn),
  interpolation: { escapeValue: false }, // React escapes already
  returnNull: false,
});
document.documentElement.lang = i18next.language;

let deskLoaded: Promise<void> | undefined;

/** Adds the desk workspaces' catalogues (both languages) once; the router awaits it before a workspace shows. */
export function loadDeskCatalogues(): Promise<void> {
  deskLoaded ??= import('./desk').then(({ deskCatalogues }) => {
    for (const [language, namespaces] of Object.entries(deskCatalogues)) {
      for (const [ns, resources] of Object.entries(namespaces)) i18next.addResourceBundle(language, ns, resources, true, true);
    }
  });
  return deskLoaded;
}

export function currentLanguage(): Language {
  return isLanguage(i18next.language) ? i18next.language : 'en';
}

export async function setLanguage(language: string | null | undefined): Promise<void> {
  if (!isLanguage(language) || language === i18next.language) return;
  try {
    localStorage.setItem(STORAGE_KEY, language);
  } catch {
    // Only this session keeps the choice then.
  }
  document.documentElement.lang = language;
  await i18next.changeLanguage(language);
}

export { i18next as i18n, useTranslation };
