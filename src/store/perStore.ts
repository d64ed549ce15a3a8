/**
 * Memoised selectors that keep one cache per store instance, so two apps (or two tests) never share
 * derived data. The cache is keyed by the state's `storeKey`, an object each store makes for itself;
 * a WeakMap drops the cache together with its store.
 */
import { memoizeLast } from '../domain/memo';

export type StoreKeyed = { readonly storeKey: object };

export function memoPerStore<A extends readonly unknown[], R>(
  fn: (...args: A) => R,
): (s: StoreKeyed, ...args: A) => R {
  const caches = new WeakMap<object, (...args: A) => R>();
  return (s, ...args) => {
    let cached = caches.get(s.storeKey);
    if (!cached) caches.set(s.storeKey, (cached = memoizeLast(fn)));
    return cached(...args);
  };
}
