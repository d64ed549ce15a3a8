/**
 * Several zones under one click or tap (zones sharing a point, overlapping shapes): a short menu at
 * the click lists them all, so every zone can be opened and none hides another. Esc closes it.
 */
import { useEffect, useRef } from 'react';
import { KIND_COLORS } from '../domain/symbology';
import { KIND_LABELS } from '../domain/vocab';
import { useAppStore } from '../store';
import { selectZoneIndex } from '../store/derived';
import { useT } from './useT';
import './ZonePicker.css';

export function ZonePicker() {
  const { t, label, num } = useT();
  const choice = useAppStore((s) => s.choice);
  const index = useAppStore(selectZoneIndex);
  const select = useAppStore((s) => s.select);
  const clear = useAppStore((s) => s.clearChoice);
  const first = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    if (!choice) return;
    first.current?.focus();
    const onKey = (e: KeyboardEvent) => e.key === 'Escape' && clear();
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [choice, clear]);

  if (!choice) return null;
  const zones = choice.ids.flatMap((id) => index.get(id) ?? []);
  return (
    <div
      className="zone-picker"
      role="dialog"
      aria-labelledby="zone-picker-title"
      style={{ left: choice.at.x, top: choice.at.y }}
      data-testid="zone-picker"
    >
      <div className="zone-picker-head">
        <h2 id="zone-picker-title">{t('picker.title', { count: num(zones.length) })}</h2>
        <button type="button" className="close" onClick={clear} aria-label={t('zone.close')}>
          ×
        </button>
      </div>
      <ul>
        {zones.map((z, i) => (
          <li key={z.properties.id}>
            <button
              type="button"
              ref={i === 0 ? first : undefined}
              data-zone-id={z.properties.id}
              onClick={() => select(z.properties.id, { fly: true })}
            >
              <span
                className="swatch"
                style={{ background: KIND_COLORS[z.properties.kind] }}
                aria-hidden="true"
              />
              <span className="zone-picker-name">{label(z.properties.name)}</span>
              <span className="muted">{label(KIND_LABELS[z.properties.kind])}</span>
            </button>
          </li>
        ))}
      </ul>
    </div>
  );
}
