/** The import actions the app created at start-up, for components (which never import src/import/). */
import { createContext, useContext } from 'react';
import type { ImportActions } from '../../domain/import/actions';

export const ImportContext = createContext<ImportActions | null>(null);

export function useImport(): ImportActions {
  const actions = useContext(ImportContext);
  if (!actions) throw new Error('ImportContext is not provided');
  return actions;
}

/** Saves a Blob under a file name, through a temporary object URL. */
export function downloadBlob(blob: Blob, name: string): void {
  const a = document.createElement('a');
  a.href = URL.createObjectURL(blob);
  a.download = `${name.replace(/[\\/:*?"<>|]+/g, '_').slice(0, 120) || 'layer'}.geojson`;
  a.click();
  setTimeout(() => URL.revokeObjectURL(a.href), 1000);
}
