/** The fit finder: criteria in, zones out, each failing zone with the criteria it fails. */
import { useMemo } from 'react';
import { EMPTY_FIT, type FitCriteria, isFitActive } from '../../domain/fit';
import { currentValue } from '../../domain/facts';
import { fitParams, FIT_PARAM_NAMES } from '../../domain/urlState';
import { useAppStore } from '../../store';
import { selectZones } from '../../store/derived';
import { selectFitResults } from '../../store/plannerSelectors';
import { useT } from '../useT';
import { CityFacts } from '../market/CityFacts';
import { FitCriteriaForm } from './FitCriteriaForm';
import { reasonKey } from './FitBadge';
import { PinButton } from './PinButton';
import { useReference } from './useReference';

/** The current page's URL with the fit criteria set (other parameters kept), to share. */
export function fitLink(fit: FitCriteria): string {
  const url = new URL(window.location.href);
  for (const name of FIT_PARAM_NAMES) url.searchParams.delete(name);
  for (const [name, value] of fitParams(fit)) url.searchParams.set(name, value);
  return url.href;
}

export function FitPanel() {
  const { t, label, num } = useT();
  useReference();
  const fit = useAppStore((s) => s.fit);
  const setFit = useAppStore((s) => s.setFit);
  const setActivePanel = useAppStore((s) => s.setActivePanel);
  const select = useAppStore((s) => s.select);
  const notify = useAppStore((s) => s.notify);
  const zones = useAppStore(selectZones);
  const results = useAppStore(selectFitResults);
  const [pass, fail] = useMemo(() => {
    const sorted = [...zones].sort((a, b) =>
      label(a.properties.name).localeCompare(label(b.properties.name), 'vi'),
    );
    return [
      sorted.filter((z) => results?.get(z.properties.id)?.pass),
      sorted.filter((z) => results && !results.get(z.properties.id)?.pass),
    ];
  }, [zones, results, label]);
  const link = fitLink(fit);
  const copy = () =>
    void navigator.clipboard?.writeText(link).then(
      () => notify(t('fit.copied'), 'info'),
      () => undefined,
    );
  const item = (z: (typeof zones)[number]) => {
    const r = results?.get(z.properties.id);
    const occ = currentValue(z.properties.occupancyPct);
    return (
      <li
        key={z.properties.id}
        className="result-row"
        data-fit-zone={z.properties.id}
        data-fit={r?.pass ? 'pass' : 'fail'}
      >
        <button type="button" className="result" onClick={() => select(z.properties.id, { fly: true })}>
          <span className="result-name">{label(z.properties.name)}</span>
          <span className="result-meta">
            {r && !r.pass
              ? t('fit.fails', { reasons: r.failures.map((f) => t(reasonKey(f))).join('; ') })
              : t('fit.pass')}
            {' · '}
            {occ === undefined
              ? t('fit.occupancyUnknown')
              : t('fit.occupancy', { value: t('unit.pct', { value: num(occ) }) })}
          </span>
        </button>
        <PinButton id={z.properties.id} name={label(z.properties.name)} compact />
      </li>
    );
  };
  return (
    <section className="fit" aria-labelledby="fit-title">
      <div className="panel-head">
        <h2 id="fit-title">{t('fit.title')}</h2>
        <button
          type="button"
          className="link-button"
          onClick={() => setFit(EMPTY_FIT)}
          disabled={!isFitActive(fit)}
        >
          {t('fit.clear')}
        </button>
      </div>
      <p className="muted">{t('fit.intro')}</p>
      <FitCriteriaForm fit={fit} setFit={setFit} />
      <CityFacts onOpenMarket={() => setActivePanel('market')} />
      <div className="fit-link">
        <label>
          {t('fit.linkLabel')}
          <input type="text" readOnly value={link} onFocus={(e) => e.target.select()} data-fit-link />
        </label>
        <button type="button" className="secondary" onClick={copy}>
          {t('fit.copyLink')}
        </button>
      </div>
      {!results ? (
        <p className="muted">{t('fit.none')}</p>
      ) : (
        <>
          <p className="filters-summary" aria-live="polite" data-fit-summary>
            {t('fit.summary', { pass: num(pass.length), fail: num(fail.length) })}
          </p>
          <h3>{t('fit.passing')}</h3>
          <ul className="result-list">{pass.map(item)}</ul>
          <h3>{t('fit.failing')}</h3>
          <ul className="result-list">{fail.map(item)}</ul>
        </>
      )}
    </section>
  );
}
