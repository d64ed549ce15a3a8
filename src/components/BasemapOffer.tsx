/**
 * A link asked for an online base map the visitor has not chosen: nothing is requested from that
 * map's host until the visitor says yes here. "No" keeps the visitor's own map.
 */
import { PROVIDERS } from '../domain/basemap';
import { useAppStore } from '../store';
import { useT } from './useT';
import './BasemapOffer.css';

export function BasemapOffer() {
  const { t } = useT();
  const offer = useAppStore((s) => s.basemapOffer);
  const answer = useAppStore((s) => s.answerBasemapOffer);
  if (!offer) return null;
  const { name, host } = PROVIDERS[offer];
  return (
    <section className="basemap-offer" role="region" aria-labelledby="basemap-offer-text">
      <p id="basemap-offer-text">{t('basemap.offer', { provider: name, host })}</p>
      <div className="basemap-offer-actions">
        <button type="button" className="primary" onClick={() => answer(true)}>
          {t('basemap.offerAccept')}
        </button>
        <button type="button" onClick={() => answer(false)}>
          {t('basemap.offerDecline')}
        </button>
      </div>
    </section>
  );
}
