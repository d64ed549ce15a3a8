/**
 * Long main-thread tasks in a Chromium trace (categories `toplevel` and `gpu`), each split into the
 * page's own work and its wait for the GPU process (`WaitForGetOffset`): with SwiftShader, a frame's
 * drawing runs on the CPU while the page's main thread waits for it. Shared by the import browser test
 * and the bench.
 */
import type { Browser, Page } from 'playwright-core';
export type TraceEvent = {
  name: string;
  ph: string;
  pid: number;
  tid: number;
  ts: number;
  dur?: number;
  args?: { name?: string };
};

export type TaskSplit = { task: number; own: number; gpu: number };

/** Every renderer main-thread task of at least `minMs`, in ms: whole, own work, GPU wait. */
export function longTaskSplits(events: readonly TraceEvent[], minMs = 50): TaskSplit[] {
  const main = new Set(
    events
      .filter((e) => e.ph === 'M' && e.name === 'thread_name' && e.args?.name === 'CrRendererMain')
      .map((e) => `${e.pid}:${e.tid}`),
  );
  const onMain = events.filter((e) => e.ph === 'X' && main.has(`${e.pid}:${e.tid}`));
  const waits = onMain.filter((e) => e.name === 'CommandBufferProxyImpl::WaitForGetOffset');
  const splits: TaskSplit[] = [];
  for (const t of onMain) {
    if (t.name !== 'ThreadControllerImpl::RunTask' || (t.dur ?? 0) < minMs * 1000) continue;
    const end = t.ts + t.dur!;
    const gpu = waits
      .filter((w) => w.pid === t.pid && w.tid === t.tid && w.ts >= t.ts && w.ts < end)
      .reduce((sum, w) => sum + (w.dur ?? 0), 0);
    splits.push({ task: t.dur! / 1000, own: (t.dur! - gpu) / 1000, gpu: gpu / 1000 });
  }
  return splits;
}

/** Traces the page while `run` goes; returns its longest task, whole and its own work alone. */
export async function tracedLongest(
  page: Page,
  run: () => Promise<void>,
): Promise<{ task: number; own: number }> {
  const browser = page.context().browser() as Browser;
  await browser.startTracing(page, { categories: ['toplevel', 'gpu'] });
  let buffer: Buffer;
  try {
    await run();
  } finally {
    buffer = await browser.stopTracing();
  }
  const splits = longTaskSplits((JSON.parse(buffer.toString()) as { traceEvents: TraceEvent[] }).traceEvents);
  return {
    task: Math.max(0, ...splits.map((t) => t.task)),
    own: Math.max(0, ...splits.map((t) => t.own)),
  };
}
