/**
 * All interface strings, composed from one table per feature. The feature tables import only types
 * and the language list, never this module, so there is no cycle; a feature adds its table here.
 */
import { LANGUAGES, type Lang } from '../domain/lang';
import { basemap } from './basemap';
import { core } from './core';
import { imports } from './import';
import { investor } from './investor';
import { market } from './market';
import { panel } from './panel';
import { plan } from './plan';
import type { ParamNames, ParamValue } from './table';

/** Every feature's table, in no particular order: a key belongs to exactly one of them. */
export const TABLES = { core, investor, imports, plan, market, panel, basemap } as const;

type Intersect<U> = (U extends unknown ? (x: U) => void : never) extends (x: infer I) => void ? I : never;
/** The Vietnamese texts of every table, with their literal types (the source of keys and params). */
export type Source = Intersect<(typeof TABLES)[keyof typeof TABLES]['vi']>;
export type MessageKey = keyof Source & string;
export type Messages = Readonly<Record<MessageKey, string>>;

/** The placeholder names of a message. */
export type ParamsOf<K extends MessageKey> = ParamNames<Source[K]>;
/** The values a message needs, one per placeholder. */
export type Params<K extends MessageKey> = { readonly [P in ParamsOf<K>]: ParamValue };
/** What follows the key in a call: nothing for a text without placeholders, else its values. */
export type ParamArgs<K extends MessageKey> = [ParamsOf<K>] extends [never] ? [] : [params: Params<K>];
/** A key whose text has no placeholder: what a label in a table of controls may name. */
export type PlainKey = { [K in MessageKey]: [ParamsOf<K>] extends [never] ? K : never }[MessageKey];

const merge = (lang: Lang): Messages =>
  Object.assign({}, ...Object.values(TABLES).map((table) => table[lang])) as Messages;

export const MESSAGES = Object.fromEntries(LANGUAGES.map((lang) => [lang, merge(lang)])) as Record<
  Lang,
  Messages
>;
