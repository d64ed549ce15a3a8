/**
 * The tabs of the side panel. A feature adds its panel here: one entry, one component.
 * The first entry is shown by default.
 */
import type { ComponentType } from 'react';
import { AboutPanel } from '../components/AboutPanel';
import { ResultList } from '../components/ResultList';
import type { MessageKey } from '../i18n';

export type SidePanel = { id: string; title: MessageKey; Component: ComponentType };

export const SIDE_PANELS: readonly SidePanel[] = [
  { id: 'list', title: 'panel.list', Component: ResultList },
  { id: 'about', title: 'panel.about', Component: AboutPanel },
];
