/**
 * Starts importing for one store: the long-lived layers worker, the persistence that restores and
 * keeps layers in IndexedDB, and the import controller. Called once, from src/app/boot.ts; what it returns
 * is all the interface sees (through a React context).
 */
import type { ImportActions } from '../domain/import/actions';
import type { ImportHost } from './host';
import { clustered } from '../domain/import/layer';
import { createImportController } from './controller';
import { startLayerPersistence } from './persist';
import { createLayerWorker } from './workerClient';

export function startImport(store: ImportHost): ImportActions & { stop(): void } {
  const layers = createLayerWorker();
  const persistence = startLayerPersistence(store, {
    restore: (chunks, count) => layers.call('restore', { chunks, count }),
    encode: (features) => layers.call('encode', { features }),
    salvage: (value, chunks) => layers.call('salvage', { value, chunks }),
  });
  const controller = createImportController(store, { persistence });
  store.getState().setTileSource((layer, z, x, y) =>
    layers.call('tile', {
      layerId: layer.id,
      blob: layer.data,
      cluster: clustered(layer),
      filter: clustered(layer) ? layer.filter : null,
      z,
      x,
      y,
    }),
  );
  return {
    importFiles: controller.importFiles,
    cancelImport: controller.cancelImport,
    answerCrs: controller.answerCrs,
    previewCrs: (sample, choice) => layers.call('preview', { sample, choice }),
    countMatching: (layer, filter) => layers.call('count', { layerId: layer.id, blob: layer.data, filter }),
    downloadSetAside: persistence.downloadSetAside,
    deleteSetAside: persistence.deleteSetAside,
    stop() {
      store.getState().setTileSource(null);
      controller.dispose();
      persistence.stop();
      layers.terminate();
    },
  };
}
