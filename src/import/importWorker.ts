/// <reference lib="webworker" />
/** The import worker: every parser runs here, off the page's thread. */
import { finishKml, runImport, type Source } from './pipeline';
import type { WorkerRequest, WorkerResponse } from './protocol';

const post = (m: WorkerResponse) => (self as unknown as DedicatedWorkerGlobalScope).postMessage(m);

/** Reads a File in chunks so the progress bar moves while big files load. */
function fileSource(file: File): Source {
  return {
    name: file.name,
    size: file.size,
    read: async (onProgress) => {
      const out = new Uint8Array(file.size);
      let offset = 0;
      const reader = file.stream().getReader();
      for (;;) {
        const { done, value } = await reader.read();
        if (done) break;
        out.set(value.subarray(0, Math.max(0, out.length - offset)), offset);
        offset += value.length;
        onProgress(Math.min(1, offset / Math.max(file.size, 1)));
      }
      return out.subarray(0, Math.min(offset, out.length));
    },
  };
}

self.onmessage = async (e: MessageEvent<WorkerRequest>) => {
  const msg = e.data;
  let last = 0;
  const onProgress = (fraction: number) => {
    if (fraction - last < 0.02 && fraction < 1) return;
    last = fraction;
    post({ id: msg.id, type: 'progress', fraction });
  };
  try {
    const outcome =
      msg.op === 'parse'
        ? await runImport(fileSource(msg.file), { crs: msg.crs, onProgress })
        : finishKml(msg.fileName, msg.features, msg.issues);
    post({ id: msg.id, type: 'outcome', outcome });
  } catch (err) {
    post({ id: msg.id, type: 'crash', message: String((err as Error)?.message ?? err).slice(0, 200) });
  }
};
