// First: zod's CSP-safe mode must be set before any schema is built.
import './app/zodConfig';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { startUrlSync } from './app/urlSync';
import { appStore } from './store';
import './app/app.css';
import './app/layout.css';

// The link sets the initial state before the first render.
startUrlSync(appStore);

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
