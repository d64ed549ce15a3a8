/**
 * Renders a component against the app's store, reset to a new store's initial state and filled with
 * the fixture data and reference data, as a user would find it once both have loaded (so nothing is
 * fetched).
 */
import { render } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { ReactElement } from 'react';
import type { LoadedData } from '../data/loadData';
import type { Lang } from '../i18n';
import { appStore } from '../store';
import { appData, referenceFiles } from './appData';

export async function renderWithStore(
  ui: ReactElement,
  { lang = 'vi', data = appData() }: { lang?: Lang; data?: LoadedData } = {},
) {
  const store = appStore;
  store.setState(store.getInitialState(), true);
  await store.getState().load(async () => data);
  await store.getState().ensureReference(async () => referenceFiles());
  store.getState().setLang(lang);
  const user = userEvent.setup();
  return { store, user, ...render(ui) };
}
