/**
 * A long-lived import worker for work on layers that already exist (restoring, counting, previews,
 * salvage). Each answer is checked with zod before anyone uses it. A crashed worker fails its pending
 * calls and is started afresh on the next one.
 */
import type { z } from 'zod';
import type { WorkerRequest, WorkerResponse } from './protocol';
import { resultSchemas } from './protocol';

type Op = keyof typeof resultSchemas;
type Payload<O extends Op> = Omit<Extract<WorkerRequest, { op: O }>, 'id' | 'op'>;

export const newImportWorker = () =>
  new Worker(new URL('./importWorker.ts', import.meta.url), { type: 'module', name: 'import' });

export function createLayerWorker(make: () => Worker = newImportWorker) {
  let worker: Worker | null = null;
  let seq = 0;
  const pending = new Map<number, { op: Op; resolve: (v: unknown) => void; reject: (e: unknown) => void }>();
  const failAll = (e: unknown) => {
    for (const p of pending.values()) p.reject(e);
    pending.clear();
    worker?.terminate();
    worker = null;
  };
  const get = () => {
    if (!worker) {
      worker = make();
      worker.onmessage = (e: MessageEvent<WorkerResponse>) => {
        const m = e.data;
        const p = pending.get(m.id);
        if (!p || m.type === 'progress') return;
        pending.delete(m.id);
        if (m.type === 'crash') return p.reject(new Error(m.message));
        const r = resultSchemas[p.op].safeParse(m.type === 'result' ? m.result : undefined);
        if (r.success) p.resolve(r.data);
        else p.reject(new Error('unexpected answer from the import worker'));
      };
      worker.onerror = (e) => {
        e.preventDefault();
        failAll(new Error(e.message || 'import worker failed'));
      };
    }
    return worker;
  };
  return {
    call<O extends Op>(op: O, payload: Payload<O>, transfer: Transferable[] = []) {
      return new Promise<z.infer<(typeof resultSchemas)[O]>>((resolve, reject) => {
        const id = ++seq;
        pending.set(id, { op, resolve: resolve as (v: unknown) => void, reject });
        get().postMessage({ id, op, ...payload } as unknown as WorkerRequest, transfer);
      });
    },
    terminate: () => failAll(new Error('stopped')),
  };
}
export type LayerWorker = ReturnType<typeof createLayerWorker>;
