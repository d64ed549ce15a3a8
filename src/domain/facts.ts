/** Reading facts: which value is current, and whether the sources disagree. */
import type { Fact } from './zone';

/** The key facts are ordered by: a range's end ("2021/2022" → "2022"), undated first of all. */
const dateKey = (asOf: string | null) => (asOf === null ? '' : asOf.slice(asOf.indexOf('/') + 1));

/** Newest first; undated facts last; ties keep the order the data lists them in. */
export function byNewest<T>(facts: readonly Fact<T>[]): Fact<T>[] {
  return facts
    .map((fact, index) => ({ fact, index }))
    .sort((a, b) => {
      const da = dateKey(a.fact.asOf);
      const db = dateKey(b.fact.asOf);
      if (da !== db) return da < db ? 1 : -1;
      return a.index - b.index;
    })
    .map((e) => e.fact);
}

/** The value a reader should see first: the newest fact's, or undefined when nothing is known. */
export function currentFact<T>(facts: readonly Fact<T>[]): Fact<T> | undefined {
  return byNewest(facts)[0];
}

export function currentValue<T>(facts: readonly Fact<T>[]): T | undefined {
  return currentFact(facts)?.value;
}

const key = (v: unknown) =>
  Array.isArray(v)
    ? [...v].sort().join('|')
    : typeof v === 'object' && v !== null
      ? JSON.stringify(v)
      : String(v);

/** True when at least two facts give different values. */
export function sourcesDiffer<T>(facts: readonly Fact<T>[]): boolean {
  return new Set(facts.map((f) => key(f.value))).size > 1;
}

/** The facts whose value differs from the current one, newest first: the "sources differ" list. */
export function otherValues<T>(facts: readonly Fact<T>[]): Fact<T>[] {
  const [current, ...rest] = byNewest(facts);
  if (!current) return [];
  return rest.filter((f) => key(f.value) !== key(current.value));
}

/**
 * How a field's facts relate to one another:
 * - single: one true value; different values mean the sources disagree (area, developer…);
 * - history: dated states of one thing; a different older value is history, not disagreement;
 * - list: items that add up (decisions, tenants); every one stands.
 */
export type FactMode = 'single' | 'history' | 'list';

/** History only disagrees when two facts of the same date differ. */
export function historyConflicts<T>(facts: readonly Fact<T>[]): boolean {
  const byDate = new Map<string, Set<string>>();
  for (const f of facts) {
    const d = f.asOf ?? '';
    byDate.set(d, (byDate.get(d) ?? new Set()).add(key(f.value)));
  }
  return [...byDate.values()].some((values) => values.size > 1);
}
