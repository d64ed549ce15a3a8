/**
 * Zone and place search as a combobox (WAI-ARIA 1.2 pattern): suggestions as you type, arrows to move,
 * Enter to choose, Escape to close. A zone is selected and flown to; a place is flown to.
 */
import { useId, useMemo, useState } from 'react';
import { search, type SearchHit } from '../domain/search';
import type { PlainKey } from '../i18n';
import { useAppStore } from '../store';
import { useSearchIndex } from './useSearchIndex';
import { useT } from './useT';

const TYPE_LABEL: Record<SearchHit['doc']['type'], PlainKey> = {
  zone: 'search.typeZone',
  district: 'search.typeDistrict',
  commune: 'search.typeCommune',
};

export function SearchBox() {
  const { t } = useT();
  const { index, done } = useSearchIndex();
  const places = useAppStore((s) => (s.data.status === 'ready' ? s.data.places : null));
  const select = useAppStore((s) => s.select);
  const requestCamera = useAppStore((s) => s.requestCamera);
  const setSheetExpanded = useAppStore((s) => s.setSheetExpanded);
  const [query, setQuery] = useState('');
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  const id = useId();
  const hits = useMemo(() => search(index, query), [index, query]);
  const expanded = open && query.trim().length > 0;

  const choose = (hit: SearchHit | undefined) => {
    if (!hit) return;
    const { type, id: targetId } = hit.doc;
    if (type === 'zone') {
      select(targetId, { fly: true });
      setSheetExpanded(true);
    } else {
      const place = (type === 'district' ? places?.districts : places?.communes)?.find(
        (p) => p.id === targetId,
      );
      if (place) requestCamera({ bounds: place.bbox as [number, number, number, number] });
    }
    setQuery(hit.doc.label);
    setOpen(false);
  };

  const onKeyDown = (e: React.KeyboardEvent<HTMLInputElement>) => {
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault();
      setOpen(true);
      if (hits.length) setActive((i) => (i + (e.key === 'ArrowDown' ? 1 : hits.length - 1)) % hits.length);
    } else if (e.key === 'Enter') {
      if (expanded) {
        e.preventDefault();
        choose(hits[active]);
      }
    } else if (e.key === 'Escape') {
      if (expanded) setOpen(false);
      else setQuery('');
    }
  };

  return (
    <div className="search">
      <label htmlFor={`${id}-input`} className="visually-hidden">
        {t('search.label')}
      </label>
      <input
        id={`${id}-input`}
        type="search"
        role="combobox"
        autoComplete="off"
        spellCheck={false}
        maxLength={200}
        placeholder={t('search.placeholder')}
        aria-expanded={expanded}
        aria-controls={`${id}-list`}
        aria-autocomplete="list"
        aria-activedescendant={expanded && hits[active] ? `${id}-opt-${active}` : undefined}
        value={query}
        onChange={(e) => {
          setQuery(e.target.value);
          setActive(0);
          setOpen(true);
        }}
        onKeyDown={onKeyDown}
        onBlur={() => setOpen(false)}
        onFocus={() => setOpen(true)}
      />
      <ul
        id={`${id}-list`}
        role="listbox"
        aria-label={t('search.results')}
        className="search-results"
        hidden={!expanded}
        data-index={done ? 'complete' : 'partial'}
      >
        {hits.map((hit, i) => (
          <li
            key={`${hit.doc.type}:${hit.doc.id}`}
            id={`${id}-opt-${i}`}
            role="option"
            aria-selected={i === active}
            data-target={`${hit.doc.type}:${hit.doc.id}`}
            // mousedown, not click: it must win over the input's blur.
            onMouseDown={(e) => {
              e.preventDefault();
              choose(hit);
            }}
          >
            <span className="search-label">{hit.doc.label}</span>
            <span className="search-type">{t(TYPE_LABEL[hit.doc.type])}</span>
          </li>
        ))}
        {expanded && hits.length === 0 && done && (
          <li role="option" aria-selected={false} aria-disabled="true" className="search-empty">
            {t('search.none')}
          </li>
        )}
        {/* Said while the index is still being built, so a missing result is not taken as absent. */}
        {expanded && !done && (
          <li role="option" aria-selected={false} aria-disabled="true" className="search-empty">
            {t('search.partial')}
          </li>
        )}
      </ul>
    </div>
  );
}
