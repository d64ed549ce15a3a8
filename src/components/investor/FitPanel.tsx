/** The fit finder: criteria in, zones out, each zone with every criterion, its own value and the verdict. */
import { useMemo } from 'react';
import { EMPTY_FIT, type FitCriteria, isFitActive } from '../../domain/fit';
import { countWithoutArea } from '../../domain/sortZones';
import { fitParams, FIT_PARAM_NAMES } from '../../domain/urlState';
import { useAppStore } from '../../store';
import { selectFacetsById, selectZones, sortListed } from '../../store/derived';
import { selectFitResults } from '../../store/plannerSelectors';
import { useT } from '../useT';
import { CityFacts } from '../market/CityFacts';
import { SortControl } from '../SortControl';
import { FitCriteriaForm } from './FitCriteriaForm';
import { FitResultRow } from './FitResultRow';
import { useReference } from './useReference';
import './fit.css';

/** The page's URL (as the URL sync keeps it in the store) with the fit criteria set, others kept. */
export function fitLink(fit: FitCriteria, pageUrl: string): string {
  const url = new URL(pageUrl || '/', document.baseURI);
  for (const name of FIT_PARAM_NAMES) url.searchParams.delete(name);
  for (const [name, value] of fitParams(fit)) url.searchParams.set(name, value);
  return url.href;
}

export function FitPanel() {
  const { t, num, lang } = useT();
  useReference();
  const fit = useAppStore((s) => s.fit);
  const setFit = useAppStore((s) => s.setFit);
  const setActivePanel = useAppStore((s) => s.setActivePanel);
  const notify = useAppStore((s) => s.notify);
  const zones = useAppStore(selectZones);
  const facets = useAppStore(selectFacetsById);
  const sort = useAppStore((s) => s.listSort);
  const results = useAppStore(selectFitResults);
  const [pass, fail] = useMemo(() => {
    // The fit finder judges zones as they are today, so statuses are today's (no timeline year).
    const sorted = sortListed(zones, sort, lang, facets, null);
    return [
      sorted.filter((z) => results?.get(z.properties.id)?.pass),
      sorted.filter((z) => results && !results.get(z.properties.id)?.pass),
    ];
  }, [zones, results, sort, lang, facets]);
  const withoutArea = useMemo(() => countWithoutArea(zones, (z) => z.properties), [zones]);
  const pageUrl = useAppStore((s) => s.pageUrl);
  const link = fitLink(fit, pageUrl);
  const copy = () =>
    void navigator.clipboard?.writeText(link).then(
      () => notify({ key: 'fit.copied' }, 'info'),
      () => undefined,
    );
  const item = (z: (typeof zones)[number]) => {
    const r = results?.get(z.properties.id);
    return r ? <FitResultRow key={z.properties.id} zone={z} result={r} /> : null;
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
          <SortControl withoutArea={withoutArea} />
          <h3>{t('fit.passing')}</h3>
          <ul className="result-list fit-results" data-fit-list="pass">
            {pass.map(item)}
          </ul>
          <h3>{t('fit.failing')}</h3>
          <ul className="result-list fit-results" data-fit-list="fail">
            {fail.map(item)}
          </ul>
        </>
      )}
    </section>
  );
}
