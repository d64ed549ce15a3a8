/** Accessible tabs (WAI-ARIA tabs pattern): arrow keys move between tabs, the panel follows. */
import { type ComponentType, type KeyboardEvent, Suspense, useRef } from 'react';
import { useT } from './useT';
import './Tabs.css';
import type { PlainKey } from '../i18n';

export type TabSpec = { id: string; title: PlainKey; Component: ComponentType };

export function Tabs({
  tabs,
  active,
  onChange,
  label,
}: {
  tabs: readonly TabSpec[];
  active: string;
  onChange: (id: string) => void;
  label: string;
}) {
  const { t } = useT();
  const refs = useRef<Record<string, HTMLButtonElement | null>>({});
  const current = tabs.find((x) => x.id === active) ?? tabs[0]!;
  const onKey = (e: KeyboardEvent) => {
    const i = tabs.findIndex((x) => x.id === current.id);
    const next =
      e.key === 'ArrowRight'
        ? i + 1
        : e.key === 'ArrowLeft'
          ? i - 1
          : e.key === 'Home'
            ? 0
            : e.key === 'End'
              ? tabs.length - 1
              : null;
    if (next === null) return;
    e.preventDefault();
    const tab = tabs[(next + tabs.length) % tabs.length]!;
    onChange(tab.id);
    refs.current[tab.id]?.focus();
  };
  return (
    <div className="tabs">
      <div role="tablist" aria-label={label} className="tab-list" onKeyDown={onKey}>
        {tabs.map((tab) => (
          <button
            key={tab.id}
            ref={(el) => {
              refs.current[tab.id] = el;
            }}
            type="button"
            role="tab"
            id={`tab-${tab.id}`}
            aria-selected={tab.id === current.id}
            aria-controls={`tabpanel-${tab.id}`}
            tabIndex={tab.id === current.id ? 0 : -1}
            className="tab"
            onClick={() => onChange(tab.id)}
          >
            {t(tab.title)}
          </button>
        ))}
      </div>
      <div
        role="tabpanel"
        id={`tabpanel-${current.id}`}
        aria-labelledby={`tab-${current.id}`}
        className="tab-panel"
      >
        {/* A panel loaded on demand (src/app/panels.ts) shows this line until its code arrives. */}
        <Suspense
          fallback={
            <p className="tab-loading muted" role="status">
              {t('panel.loading')}
            </p>
          }
        >
          <current.Component />
        </Suspense>
      </div>
    </div>
  );
}
