/** Every source and licence behind the map, with the data's as-of date. */
import { useAppStore } from '../store';
import { DataText } from './DataText';
import { SourceTitle } from './SourceTitle';
import { useT } from './useT';
import './AboutPanel.css';

export function AboutPanel() {
  const tr = useT();
  const { t, date, label, num, note } = tr;
  const data = useAppStore((s) => s.data);
  if (data.status !== 'ready') return null;
  const sources = [...data.sources].sort((a, b) => a.title.localeCompare(b.title, 'vi'));
  return (
    <section className="about" aria-labelledby="about-title">
      <h2 id="about-title">{t('about.title')}</h2>
      <p>{t('about.intro')}</p>
      <p className="muted">
        {t('about.asOf', {
          from: data.meta.statusDates.oldest ? date(data.meta.statusDates.oldest) : t('zone.unknown'),
          to: data.meta.statusDates.newest ? date(data.meta.statusDates.newest) : t('zone.unknown'),
          count: num(data.meta.zoneCount),
        })}
      </p>
      <h3>{t('about.layers')}</h3>
      <ul className="about-list" data-list="layers">
        {data.layers.map((l) => (
          <li key={l.id}>
            {/* Credit lines and licence names are quoted as their licensors write them. */}
            <strong>{label(l.title)}</strong> — <DataText value={l.attribution} tr={tr} />.{' '}
            {t('about.licence')}: <DataText value={l.licence} tr={tr} />
            {l.asOf && <>, {t('zone.asOf', { date: date(l.asOf) })}</>}
            {l.url && (
              <>
                {' '}
                <a href={l.url} target="_blank" rel="noreferrer noopener">
                  {t('about.link')}
                </a>
              </>
            )}
            {l.note && <span className="muted"> {note(l.note)}</span>}
          </li>
        ))}
      </ul>
      {data.unplaced.length > 0 && (
        <>
          <h3>{t('about.unplaced', { count: num(data.unplaced.length) })}</h3>
          <p className="muted">{t('about.unplacedIntro')}</p>
          <ul className="about-list" data-list="unplaced">
            {data.unplaced.map((z) => (
              <li key={z.id}>
                <strong>{label(z.name)}</strong> — {note(z.reason)}
              </li>
            ))}
          </ul>
        </>
      )}
      <h3>{t('about.sources', { count: num(sources.length) })}</h3>
      <ul className="about-list" data-list="sources">
        {sources.map((s) => (
          <li key={s.id} id={`source-${s.id}`}>
            <SourceTitle source={s} />
            <span className="muted">
              {' '}
              — <DataText value={s.publisher} tr={tr} />
              {s.date ? `, ${date(s.date)}` : `, ${t('zone.undated')}`}
              {s.licence ? ` · ${t('about.licence')}: ${s.licence}` : ''}
            </span>
            {s.note && <span className="muted"> {note(s.note)}</span>}
          </li>
        ))}
      </ul>
    </section>
  );
}
