/** Switches the interface language without a reload. */
import { LANGUAGE_INFO, LANGUAGES } from '../i18n';
import { useAppStore } from '../store';
import { useT } from './useT';

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
          title={LANGUAGE_INFO[l].name}
        >
          {l.toUpperCase()}
          <span className="visually-hidden"> {LANGUAGE_INFO[l].name}</span>
        </button>
      ))}
    </div>
  );
}
