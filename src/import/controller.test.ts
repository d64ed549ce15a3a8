// @vitest-environment happy-dom
/**
 * The import queue with a stand-in worker: what reaches the store, and when the map is asked to
 * show the new layers.
 */
import { describe, expect, it } from 'vitest';
import type { BBox } from '../domain/geo';
import { createAppStore } from '../store';
import { createImportController } from './controller';
import type { EncodedLayer, WorkerRequest } from './protocol';

/** A worker that answers each parse with one layer of the box named in the file's name, when told. */
function fakeWorker() {
  const asked: WorkerRequest[] = [];
  const worker = {
    onmessage: null as ((e: MessageEvent) => void) | null,
    onerror: null,
    postMessage: (m: WorkerRequest) => void asked.push(m),
    terminate: () => {},
  };
  const answer = (box: BBox) => {
    const m = asked.shift()!;
    const layer: EncodedLayer = {
      key: 'k',
      name: m.op === 'parse' ? m.name : '?',
      fileName: m.op === 'parse' ? m.name : '?',
      crs: 'EPSG:4326',
      featureCount: 1,
      bbox: box,
      keys: [],
      pointsOnly: true,
      blob: new Blob(['{}']),
      chunks: [],
      bytes: 2,
    };
    worker.onmessage!({
      data: {
        id: m.id,
        type: 'outcome',
        outcome: { kind: 'layers', layers: [layer], issues: [], omitted: 0 },
      },
    } as MessageEvent);
  };
  return { worker: worker as unknown as Worker, answer, asked };
}

const file = (name: string) => new File(['x'], name);
const tick = () => new Promise((r) => setTimeout(r, 0));

/** Two files chosen together; the first is read (a layer of [105, 21, 105.5, 21.5]), the second is not yet. */
async function twoFilesOneRead() {
  const store = createAppStore();
  const w = fakeWorker();
  const c = createImportController(store, { makeWorker: () => w.worker });
  c.importFiles([file('a.geojson'), file('b.geojson')]);
  w.answer([105, 21, 105.5, 21.5]);
  await tick();
  return { store, w, c };
}

describe('import controller', () => {
  it('shows the files chosen together once, all of them, when the last is read', async () => {
    const { store, w, c } = await twoFilesOneRead();
    // One layer is in, the second file is being read: the camera stays where the user left it.
    expect(store.getState().imported).toHaveLength(1);
    expect(store.getState().importZoom).toBeNull();
    w.answer([106, 20, 106.2, 20.5]);
    await tick();
    expect(store.getState().imported).toHaveLength(2);
    expect(store.getState().importZoom).toMatchObject({ bbox: [105, 20, 106.2, 21.5], ifNotPlain: true });
    // A later file is shown alone.
    c.importFiles([file('c.geojson')]);
    w.answer([107, 10, 107.1, 10.1]);
    await tick();
    expect(store.getState().importZoom?.bbox).toEqual([107, 10, 107.1, 10.1]);
    c.dispose();
  });

  it('shows what was read when the rest of the queue is cancelled', async () => {
    const { store, c } = await twoFilesOneRead();
    expect(store.getState().importZoom).toBeNull();
    c.cancelImport(store.getState().importJobs[0]!.id);
    expect(store.getState().importZoom?.bbox).toEqual([105, 21, 105.5, 21.5]);
    c.dispose();
  });
});
