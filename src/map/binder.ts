import type { AppStore } from '../store';
import type { MapEnv } from './mapEnv';
import type { ZoneMap } from './ZoneMap';

/** Feeds one feature's store state into the map; returns its unsubscribe function. */
export type Binder = (adapter: ZoneMap, store: AppStore, env: MapEnv) => () => void;
