/** One fact with its source and date; when sources disagree, the other values are listed too. */
import type { ReactNode } from 'react';
import { byNewest, type FactMode, otherValues } from '../domain/facts';
import type { Source } from '../domain/sources';
import { SourceTitle } from './SourceTitle';
import type { Fact } from '../domain/zone';
import type { T } from './useT';
import './FactRow.css';

export function Citation({
  fact,
  sources,
  tr,
}: {
  fact: Pick<Fact<unknown>, 'source' | 'asOf'>;
  sources: ReadonlyMap<string, Source>;
  tr: T;
}) {
  const source = sources.get(fact.source);
  return (
    <span className="citation">
      {fact.asOf ? tr.t('zone.asOf', { date: tr.date(fact.asOf) }) : tr.t('zone.undated')}
      {' · '}
      {source ? <SourceTitle source={source} /> : fact.source}
    </span>
  );
}

function FactItem<V>({
  fact,
  render,
  sources,
  tr,
}: {
  fact: Fact<V>;
  render: (value: V) => ReactNode;
  sources: ReadonlyMap<string, Source>;
  tr: T;
}) {
  return (
    <>
      <span className="fact-value">{render(fact.value)}</span>
      {fact.note && <span className="fact-note"> ({tr.note(fact.note)})</span>}
      <Citation fact={fact} sources={sources} tr={tr} />
    </>
  );
}

/**
 * mode "single": the newest value, then any value other sources give ("sources differ");
 * "history": the newest state, then earlier ones; "list": every item with its own source.
 */
export function FactRow<V>({
  name,
  facts,
  render,
  sources,
  tr,
  mode = 'single',
}: {
  name: string;
  facts: readonly Fact<V>[];
  render: (value: V) => ReactNode;
  sources: ReadonlyMap<string, Source>;
  tr: T;
  mode?: FactMode;
}) {
  const [current, ...older] = byNewest(facts);
  if (mode === 'list' && current)
    return (
      <div className="fact" data-fact={name}>
        <dt>{name}</dt>
        <dd>
          <ul className="fact-list">
            {[current, ...older].map((f, i) => (
              <li key={i}>
                <FactItem fact={f} render={render} sources={sources} tr={tr} />
              </li>
            ))}
          </ul>
        </dd>
      </div>
    );
  const others = mode === 'history' ? older : otherValues(facts);
  return (
    <div className="fact" data-fact={name}>
      <dt>{name}</dt>
      <dd>
        {current ? (
          <>
            <span className="fact-value">{render(current.value)}</span>
            {current.note && <span className="fact-note"> ({tr.note(current.note)})</span>}
            <Citation fact={current} sources={sources} tr={tr} />
            {others.length > 0 && (
              <div className={mode === 'history' ? 'fact-history' : 'sources-differ'} role="note">
                <strong>{tr.t(mode === 'history' ? 'zone.earlier' : 'zone.sourcesDiffer')}</strong>
                <ul>
                  {others.map((f, i) => (
                    <li key={i}>
                      {render(f.value)}
                      {f.note && <span className="fact-note"> ({tr.note(f.note)})</span>}{' '}
                      <Citation fact={f} sources={sources} tr={tr} />
                    </li>
                  ))}
                </ul>
              </div>
            )}
          </>
        ) : (
          <span className="unknown">{tr.t('zone.unknown')}</span>
        )}
      </dd>
    </div>
  );
}
