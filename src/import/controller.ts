/**
 * The page's side of importing: a queue of files and one worker. A second drop waits its turn;
 * cancelling the running file terminates the worker (a parse in progress cannot be interrupted any
 * other way). Only types come from the pipeline, so no parser reaches the page's initial bundle.
 */
import type { CrsId } from '../domain/import/crs';
import { type Issue, issue } from '../domain/import/issues';
import { bboxOf, type ImportedLayer, LAYER_PALETTE } from '../domain/import/layer';
import { translate } from '../i18n';
import { appStore } from '../store';
import type { Outcome, ParsedLayer } from './pipeline';
import type { WorkerRequest, WorkerResponse } from './protocol';

type Task = { id: number; file: File; crs?: CrsId };
type Report = { issues: Issue[]; omitted: number };

const queue: Task[] = [];
let active: Task | null = null;
let worker: Worker | null = null;
let seq = 0;
let pendingAnswer: ((crs: CrsId | null) => void) | null = null;
const store = () => appStore.getState();

function getWorker(): Worker {
  if (!worker) {
    worker = new Worker(new URL('./importWorker.ts', import.meta.url), { type: 'module' });
    worker.onmessage = (e: MessageEvent<WorkerResponse>) => void onMessage(e.data);
    worker.onerror = (e) => {
      e.preventDefault();
      if (active) fail(active, 'readFailed', e.message || 'worker');
    };
  }
  return worker;
}
const post = (m: WorkerRequest) => getWorker().postMessage(m);

export function importFiles(files: Iterable<File>): void {
  for (const file of files) {
    const task = { id: ++seq, file };
    queue.push(task);
    store().setImportJob({ id: task.id, fileName: file.name, status: 'queued', progress: 0 });
  }
  pump();
}

function pump(): void {
  if (active) return;
  const next = queue.shift();
  if (!next) return;
  active = next;
  store().setImportJob({ id: next.id, fileName: next.file.name, status: 'running', progress: 0 });
  post({ id: next.id, op: 'parse', file: next.file, crs: next.crs });
}

async function onMessage(msg: WorkerResponse): Promise<void> {
  const task = active;
  if (!task || msg.id !== task.id) return; // a message from a cancelled job
  if (msg.type === 'progress')
    store().setImportJob({
      id: task.id,
      fileName: task.file.name,
      status: 'running',
      progress: msg.fraction,
    });
  else if (msg.type === 'crash') fail(task, 'readFailed', msg.message);
  else await handle(task, msg.outcome);
}

async function handle(task: Task, outcome: Outcome): Promise<void> {
  if (outcome.kind === 'layers') {
    const layers = outcome.layers.map(toLayer);
    store().addImportedLayers(layers);
    store().zoomToImported(layers[0]!.id);
    return finish(
      task,
      outcome,
      layers.reduce((s, l) => s + l.featureCount, 0),
    );
  }
  if (outcome.kind === 'failed') return finish(task, outcome, 0);
  if (outcome.kind === 'needs-crs') {
    store().setImportJob({ id: task.id, fileName: task.file.name, status: 'waiting', progress: 0.7 });
    const crs = await ask(task, outcome.candidates);
    if (active !== task) return;
    if (!crs) return finish(task, withIssue(outcome, issue(task.file.name, 'cancelled', 'warning')), 0);
    task.crs = crs;
    store().setImportJob({ id: task.id, fileName: task.file.name, status: 'running', progress: 0.5 });
    return post({ id: task.id, op: 'parse', file: task.file, crs });
  }
  // KML: the DOM step happens here, with the parser loaded on demand.
  const { kmlToFeatures } = await import('./kml');
  const result = kmlToFeatures(outcome.text);
  if (active !== task) return;
  if ('error' in result) {
    const code = result.error === '' ? 'empty' : 'malformedXml';
    return finish(
      task,
      withIssue(outcome, issue(task.file.name, code, 'error', { detail: result.error })),
      0,
    );
  }
  post({
    id: task.id,
    op: 'features',
    fileName: task.file.name,
    features: result.features,
    issues: outcome.issues,
  });
}

const withIssue = (r: Report, i: Issue): Report => ({ issues: [...r.issues, i], omitted: r.omitted });

function ask(task: Task, candidates: CrsId[]): Promise<CrsId | null> {
  return new Promise((resolve) => {
    pendingAnswer = resolve;
    store().setCrsQuestion({ jobId: task.id, fileName: task.file.name, candidates });
  });
}

/** The dialog's answer: a system, or null to give up on the file. */
export function answerCrs(crs: CrsId | null): void {
  const resolve = pendingAnswer;
  pendingAnswer = null;
  store().setCrsQuestion(null);
  resolve?.(crs);
}

export function cancelImport(id: number): void {
  const queued = queue.findIndex((t) => t.id === id);
  if (queued >= 0) {
    const [task] = queue.splice(queued, 1);
    return finish(task!, { issues: [issue(task!.file.name, 'cancelled', 'warning')], omitted: 0 }, 0, false);
  }
  if (active?.id !== id) return;
  worker?.terminate();
  worker = null;
  const task = active;
  if (pendingAnswer) answerCrs(null);
  finish(task, { issues: [issue(task.file.name, 'cancelled', 'warning')], omitted: 0 }, 0);
}

function fail(task: Task, code: 'readFailed', detail: string): void {
  worker?.terminate();
  worker = null;
  finish(task, { issues: [issue(task.file.name, code, 'error', { detail })], omitted: 0 }, 0);
}

function finish(task: Task, report: Report, loaded: number, wasActive = true): void {
  const s = store();
  s.removeImportJob(task.id);
  s.addImportReport({
    id: task.id,
    fileName: task.file.name,
    issues: report.issues,
    omitted: report.omitted,
    loaded,
  });
  const problems = report.issues.length + report.omitted;
  const cancelled = report.issues.some((i) => i.code === 'cancelled');
  // The open tab already shows the report; a notice is for when it is not in view.
  if (!cancelled && s.activePanel !== 'import')
    s.notify(
      loaded > 0
        ? translate(s.lang, 'import.noticeDone', { file: task.file.name, count: loaded, problems })
        : translate(s.lang, 'import.noticeFailed', { file: task.file.name }),
    );
  if (wasActive) {
    active = null;
    pump();
  }
}

let layerSeq = 0;
function toLayer(p: ParsedLayer): ImportedLayer {
  const existing = store().imported;
  const used = new Set(existing.map((l) => l.color));
  const color =
    LAYER_PALETTE.find((c) => !used.has(c)) ??
    LAYER_PALETTE[(existing.length + layerSeq) % LAYER_PALETTE.length]!;
  return {
    id: `u${Date.now().toString(36)}${(++layerSeq).toString(36)}`,
    name: p.name,
    fileName: p.fileName,
    color,
    visible: true,
    crs: p.crs,
    featureCount: p.features.length,
    bbox: bboxOf(p.features),
    importedAt: new Date().toISOString(),
    filter: null,
    data: { type: 'FeatureCollection', features: p.features },
  };
}
