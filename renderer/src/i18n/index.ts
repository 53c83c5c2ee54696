import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import { zh } from './zh';
import { en } from './en';
import { FIELD_LABELS, type Bilingual } from '../../../shared/messages';

export type Lang = 'zh' | 'en';
const STORAGE_KEY = 'xst.lang';

export function initialLang(): Lang {
  try {
    const v = localStorage.getItem(STORAGE_KEY);
    if (v === 'zh' || v === 'en') return v;
  } catch {
    /* storage unavailable */
  }
  return 'zh';
}

void i18n.use(initReactI18next).init({
  resources: { zh: { translation: zh }, en: { translation: en } },
  lng: initialLang(),
  fallbackLng: 'zh',
  interpolation: { escapeValue: false },
});

export function setLang(lang: Lang): void {
  void i18n.changeLanguage(lang);
  try {
    localStorage.setItem(STORAGE_KEY, lang);
  } catch {
    /* ignore */
  }
}

export const currentLang = (): Lang => (i18n.language === 'en' ? 'en' : 'zh');

/** A bilingual text in the current language. */
export const bi = (b: Bilingual | { message_zh: string; message_en: string }): string => {
  if ('zh' in b) return currentLang() === 'en' ? b.en : b.zh;
  return currentLang() === 'en' ? b.message_en : b.message_zh;
};

/** A field's label (shared with the server's validation messages). */
export const fl = (field: string): string => {
  const l = FIELD_LABELS[field];
  return l ? bi(l) : field;
};

export default i18n;
