// First: zod's CSP-safe mode must be set before any schema is built.
import './app/zodConfig';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { startUrlSync } from './app/urlSync';
import { ImportContext } from './components/import/ImportContext';
import { startZoneDetails } from './data/zoneDetails';
import { startImport } from './import';
import { appStore } from './store';
import './app/app.css';
import './app/layout.css';

// The link sets the initial state before the first render.
startUrlSync(appStore);
// Imported layers: restores saved ones and starts the import workers, once, for this store.
const importer = startImport(appStore);
// A tile tree's zones: the selected one's full facts, loaded when it is opened.
startZoneDetails(appStore);

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <ImportContext.Provider value={importer}>
      <App />
    </ImportContext.Provider>
  </StrictMode>,
);
