// First: zod's CSP-safe mode must be set before any schema is built.
import './domain/zodConfig';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { boot } from './app/boot';
import { ImportContext } from './components/import/ImportContext';
import { AppStoreContext } from './store';
import './app/app.css';
import './app/layout.css';

// Everything the app starts, it starts here (src/app/boot.ts), before the first render.
const app = boot();

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <AppStoreContext.Provider value={app.store}>
      <ImportContext.Provider value={app.importer}>
        <App mapEnv={app.mapEnv} />
      </ImportContext.Provider>
    </AppStoreContext.Provider>
  </StrictMode>,
);
