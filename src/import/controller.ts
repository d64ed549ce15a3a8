/**
 * The page's side of importing, for one store: a queue of tasks and one worker for them. Files
 * chosen together that are parts of one shapefile make one task. A second drop waits its turn;
 * cancelling the running task terminates its worker at once (a parse in progress cannot be
 * interrupted any other way). Answers from the worker are checked with zod; what reaches the store
 * is layer descriptions and Blobs, never parsed features.
 */
import type { CrsChoice } from '../domain/import/crs';
import { groupFiles } from '../domain/import/formats';
import { type Issue, issue } from '../domain/import/issues';
import { type ImportedLayer, LAYER_PALETTE } from '../domain/import/layer';
import type { ImportHost } from './host';
import type { LayerPersistence } from './persist';
import { type EncodedLayer, outcomeSchema, type WorkerRequest, type WorkerResponse } from './protocol';
import { newImportWorker } from './workerClient';

type Task = { id: number; name: string; files: File[]; crs: Record<string, CrsChoice> };
type Report = { issues: Issue[]; omitted: number };

export type ImportController = {
  importFiles(files: readonly File[]): void;
  cancelImport(id: number): void;
  answerCrs(choice: CrsChoice | null): void;
  dispose(): void;
};

export function createImportController(
  store: ImportHost,
  deps: { persistence?: LayerPersistence; makeWorker?: () => Worker } = {},
): ImportController {
  const s = () => store.getState();
  const makeWorker = deps.makeWorker ?? newImportWorker;
  const queue: Task[] = [];
  let active: Task | null = null;
  let worker: Worker | null = null;
  let seq = 0;
  let layerSeq = 0;
  let pendingAnswer: ((crs: CrsChoice | null) => void) | null = null;
  /**
   * The layers loaded since the queue was last empty: the map shows them together once it empties,
   * not each as it comes. One camera move for files chosen together, and no flight drawing its
   * frames while the worker is still reading the next file.
   */
  let unframed: string[] = [];

  function getWorker(): Worker {
    if (!worker) {
      worker = makeWorker();
      worker.onmessage = (e: MessageEvent<WorkerResponse>) => void onMessage(e.data);
      worker.onerror = (e) => {
        e.preventDefault();
        if (active) fail(active, e.message || 'worker');
      };
    }
    return worker;
  }
  const post = (m: WorkerRequest) => getWorker().postMessage(m);
  const job = (t: Task, status: 'queued' | 'running' | 'waiting', progress: number) =>
    s().setImportJob({ id: t.id, fileName: t.name, status, progress });

  function importFiles(files: readonly File[]): void {
    for (const group of groupFiles(files)) {
      const task: Task = { id: ++seq, name: group.name, files: group.files, crs: {} };
      queue.push(task);
      job(task, 'queued', 0);
    }
    pump();
  }

  function pump(): void {
    if (active) return;
    const next = queue.shift();
    if (!next) return;
    active = next;
    job(next, 'running', 0);
    post({ id: next.id, op: 'parse', name: next.name, files: next.files, crs: next.crs });
  }

  async function onMessage(msg: WorkerResponse): Promise<void> {
    const task = active;
    if (!task || msg.id !== task.id) return; // a message from a cancelled job
    if (msg.type === 'progress') return job(task, 'running', msg.fraction);
    if (msg.type === 'crash') return fail(task, msg.message);
    const parsed = outcomeSchema.safeParse(msg.type === 'outcome' ? msg.outcome : null);
    if (!parsed.success) return fail(task, 'unexpected answer from the import worker');
    const outcome = parsed.data;
    if (outcome.kind === 'layers') {
      const layers = outcome.layers.map(toLayer);
      s().addImportedLayers(layers);
      unframed.push(...layers.map((l) => l.id));
      outcome.layers.forEach((l, i) => void deps.persistence?.save(layers[i]!, l.chunks, l.bytes));
      return finish(
        task,
        outcome,
        layers.reduce((n, l) => n + l.featureCount, 0),
      );
    }
    if (outcome.kind === 'failed') return finish(task, outcome, 0);
    const q = outcome.question;
    job(task, 'waiting', 0.7);
    const choice = await new Promise<CrsChoice | null>((resolve) => {
      pendingAnswer = resolve;
      s().setCrsQuestion({
        jobId: task.id,
        fileName: task.name,
        layerName: q.layerName,
        reason: q.reason,
        prj: q.prj,
        detail: q.detail,
        sample: q.sample,
      });
    });
    if (active !== task) return;
    if (!choice) return finish(task, withIssue(outcome, issue(task.name, 'cancelled', 'warning')), 0);
    task.crs[q.layer] = choice;
    job(task, 'running', 0.5);
    post({ id: task.id, op: 'parse', name: task.name, files: task.files, crs: task.crs });
  }

  const withIssue = (r: Report, i: Issue): Report => ({ issues: [...r.issues, i], omitted: r.omitted });

  function answerCrs(choice: CrsChoice | null): void {
    const resolve = pendingAnswer;
    pendingAnswer = null;
    s().setCrsQuestion(null);
    resolve?.(choice);
  }

  function cancelImport(id: number): void {
    const queued = queue.findIndex((t) => t.id === id);
    if (queued >= 0) {
      const [task] = queue.splice(queued, 1);
      return finish(task!, { issues: [issue(task!.name, 'cancelled', 'warning')], omitted: 0 }, 0, false);
    }
    if (active?.id !== id) return;
    worker?.terminate();
    worker = null;
    const task = active;
    if (pendingAnswer) answerCrs(null);
    finish(task, { issues: [issue(task.name, 'cancelled', 'warning')], omitted: 0 }, 0);
  }

  function fail(task: Task, detail: string): void {
    worker?.terminate();
    worker = null;
    finish(
      task,
      { issues: [issue(task.name, 'readFailed', 'error', { detail: detail.slice(0, 160) })], omitted: 0 },
      0,
    );
  }

  function finish(task: Task, report: Report, loaded: number, wasActive = true): void {
    const st = s();
    st.removeImportJob(task.id);
    st.addImportReport({
      id: task.id,
      fileName: task.name,
      issues: report.issues,
      omitted: report.omitted,
      loaded,
    });
    const problems = report.issues.length + report.omitted;
    const cancelled = report.issues.some((i) => i.code === 'cancelled');
    // The open tab already shows the report; a notice is for when it is not in view.
    if (!cancelled && st.activePanel !== 'import')
      st.notify(
        loaded > 0
          ? { key: 'import.noticeDone', params: { file: task.name, count: loaded, problems } }
          : { key: 'import.noticeFailed', params: { file: task.name } },
      );
    if (wasActive) {
      active = null;
      pump();
    }
    if (!active && queue.length === 0 && unframed.length > 0) {
      st.showImported(...unframed);
      unframed = [];
    }
  }

  function toLayer(p: EncodedLayer): ImportedLayer {
    const existing = s().imported;
    const used = new Set(existing.map((l) => l.color));
    const color =
      LAYER_PALETTE.find((c) => !used.has(c)) ??
      LAYER_PALETTE[(existing.length + layerSeq) % LAYER_PALETTE.length]!;
    return {
      id: `u${Date.now().toString(36)}${(++layerSeq).toString(36)}`,
      name: p.name,
      fileName: p.fileName.slice(0, 300),
      color,
      visible: true,
      crs: p.crs,
      featureCount: p.featureCount,
      bbox: p.bbox,
      importedAt: new Date().toISOString(),
      filter: null,
      keys: p.keys.slice(0, 100),
      ...(p.outside !== undefined && { outside: Math.round(p.outside * 1000) / 1000 }),
      pointsOnly: p.pointsOnly,
      data: p.blob,
    };
  }

  return {
    importFiles,
    cancelImport,
    answerCrs,
    dispose() {
      worker?.terminate();
      worker = null;
      queue.length = 0;
      active = null;
      unframed = [];
    },
  };
}
