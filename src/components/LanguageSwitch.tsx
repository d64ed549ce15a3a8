/** Switches the interface language without a reload. */
import { LANGUAGES } from '../i18n';
import { useAppStore } from '../store';
import { useT } from './useT';

const NAMES = { vi: 'Tiếng Việt', en: 'English' } as const;

export function LanguageSwitch() {
  const { t } = useT();
  const lang = useAppStore((s) => s.lang);
  const setLang = useAppStore((s) => s.setLang);
  return (
    <div className="lang-switch" role="group" aria-label={t('app.language')}>
      {LANGUAGES.map((l) => (
        <button
          key={l}
          type="button"
          lang={l}
          aria-pressed={l === lang}
          onClick={() => setLang(l)}
          title={NAMES[l]}
        >
          {l.toUpperCase()}
          <span className="visually-hidden"> {NAMES[l]}</span>
        </button>
      ))}
    </div>
  );
}
