/**
 * The tabs of the side panel. A feature adds its panel here: one entry, one component.
 * The first entry is shown by default.
 */
import type { ComponentType } from 'react';
import { AboutPanel } from '../components/AboutPanel';
import { ImportPanel } from '../components/import/ImportPanel';
import { MarketPanel } from '../components/market/MarketPanel';
import { ComparePanel } from '../components/investor/ComparePanel';
import { FitPanel } from '../components/investor/FitPanel';
import { PlanPanel } from '../components/planner/PlanPanel';
import { StatsPanel } from '../components/planner/StatsPanel';
import { ResultList } from '../components/ResultList';
import type { PanelId } from '../domain/urlState';
import type { PlainKey } from '../i18n';

/** The ids are the link's `tab=` values (PANEL_IDS in src/domain/urlState.ts). */
export type SidePanel = { id: PanelId; title: PlainKey; Component: ComponentType };

export const SIDE_PANELS: readonly SidePanel[] = [
  { id: 'list', title: 'panel.list', Component: ResultList },
  { id: 'compare', title: 'panel.compare', Component: ComparePanel },
  { id: 'fit', title: 'panel.fit', Component: FitPanel },
  { id: 'market', title: 'panel.market', Component: MarketPanel },
  { id: 'stats', title: 'panel.stats', Component: StatsPanel },
  { id: 'plan', title: 'panel.plan', Component: PlanPanel },
  { id: 'import', title: 'import.panel', Component: ImportPanel },
  { id: 'about', title: 'panel.about', Component: AboutPanel },
];
