/**
 * Renders a component against a new app store (given through AppStoreContext), filled with
 * the fixture data and reference data, as a user would find it once both have loaded (so nothing is
 * fetched).
 */
import { render } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { ReactElement } from 'react';
import type { LoadedData } from '../data/loadData';
import type { Lang } from '../i18n';
import { AppStoreContext, createAppStore } from '../store';
import { appData, referenceFiles } from './appData';

export async function renderWithStore(
  ui: ReactElement,
  { lang = 'vi', data = appData() }: { lang?: Lang; data?: LoadedData } = {},
) {
  const store = createAppStore();
  await store.getState().load(async () => data);
  await store.getState().ensureReference(async () => referenceFiles());
  store.getState().setLang(lang);
  const user = userEvent.setup();
  return {
    store,
    user,
    ...render(ui, {
      wrapper: ({ children }) => (
        <AppStoreContext.Provider value={store}>{children}</AppStoreContext.Provider>
      ),
    }),
  };
}
