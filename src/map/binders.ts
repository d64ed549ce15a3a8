/**
 * Everything that feeds store state into the map, one binder per feature. Each binder subscribes to
 * the store and drives the adapter (or its own layers via `adapter.map` after `whenLoaded`), and
 * returns its unsubscribe function. MapView runs them all.
 */
import type { AppStore } from '../store';
import { bindStore } from './bindStore';
import type { ZoneMap } from './ZoneMap';

export type Binder = (adapter: ZoneMap, store: AppStore) => () => void;

export const BINDERS: readonly Binder[] = [bindStore];
