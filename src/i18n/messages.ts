/**
 * All interface strings, merged from one module per feature so features can be added without editing
 * each other's files. Each module pairs a Vietnamese and an English table with the same keys.
 */
import { basemapMessages } from './basemap';
import { bilingual } from './bilingual';
import { coreEn } from './core.en';
import { coreVi } from './core.vi';
import { investorMessages } from './investor';
import { importMessages } from './import';
import { marketMessages } from './market';
import { panelMessages } from './panel';
import { planMessages } from './plan';

const MODULES = [
  bilingual(coreVi, coreEn),
  investorMessages,
  importMessages,
  planMessages,
  marketMessages,
  panelMessages,
  basemapMessages,
] as const;

type Union<M> = M extends readonly (infer X)[] ? X : never;
type Keys = Union<typeof MODULES> extends infer X ? (X extends { vi: infer V } ? keyof V : never) : never;
export type MessageKey = Keys & string;
export type Messages = Record<MessageKey, string>;

export const vi = Object.assign({}, ...MODULES.map((m) => m.vi)) as Messages;
export const en = Object.assign({}, ...MODULES.map((m) => m.en)) as Messages;
