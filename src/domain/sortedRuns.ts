/**
 * Strings (with what they stand for) kept in order as a few sorted runs, for a search index built a
 * slice at a time: each slice's additions are sorted on their own and merged only with runs of about
 * their size, up to a cap, so no slice ever sorts or merges the whole list. A prefix is looked up by
 * binary search in every run.
 */
export type Keyed = { form: string };

/** Runs longer than this are not merged further: one merge stays well under a frame. */
const MERGE_CAP = 16_384;

const inOrder = (a: Keyed, b: Keyed) => (a.form < b.form ? -1 : a.form > b.form ? 1 : 0);

/** One sorted run, with its forms '\n'-joined (and where each starts) for substring look-ups. */
type Run<T> = { items: T[]; text?: string; starts?: Int32Array };

export class SortedRuns<T extends Keyed> {
  private runs: Run<T>[] = [];
  private pending: T[] = [];

  add(item: T): void {
    this.pending.push(item);
  }

  get size(): number {
    return this.runs.reduce((n, r) => n + r.items.length, this.pending.length);
  }

  /** Sorts what was added since the last call into a run, merging it with runs of about its size. */
  settle(): void {
    if (this.pending.length === 0) return;
    let run = this.pending.sort(inOrder);
    this.pending = [];
    for (;;) {
      const last = this.runs.at(-1)?.items;
      if (!last || last.length > run.length * 2 || last.length + run.length > MERGE_CAP) break;
      this.runs.pop();
      run = merge(last, run);
    }
    this.runs.push({ items: run });
  }

  /** Every item whose form starts with `prefix`, run by run. */
  *startingWith(prefix: string): Generator<T> {
    this.settle();
    for (const { items } of this.runs) {
      const [from, to] = prefixRange(items, prefix);
      for (let i = from; i < to; i++) yield items[i]!;
    }
  }

  /** Every item whose form contains `part` (which holds no '\n'). */
  *containing(part: string): Generator<T> {
    this.settle();
    for (const run of this.runs) {
      if (run.text === undefined) {
        // Joined when first needed: one indexOf over the run finds every form holding `part`.
        const starts = new Int32Array(run.items.length);
        let at = 0;
        run.items.forEach((item, i) => {
          starts[i] = at;
          at += item.form.length + 1;
        });
        run.text = run.items.map((item) => item.form).join('\n');
        run.starts = starts;
      }
      let last = -1;
      for (let at = run.text.indexOf(part); at !== -1; at = run.text.indexOf(part, at + 1)) {
        // The form the match is in: the last one starting at or before it.
        let lo = 0;
        let hi = run.starts!.length - 1;
        while (lo < hi) {
          const mid = (lo + hi + 1) >> 1;
          if (run.starts![mid]! <= at) lo = mid;
          else hi = mid - 1;
        }
        if (lo !== last) yield run.items[(last = lo)]!;
      }
    }
  }

  /** How many items' forms start with `prefix`. */
  countStartingWith(prefix: string): number {
    this.settle();
    let n = 0;
    for (const { items } of this.runs) {
      const [from, to] = prefixRange(items, prefix);
      n += to - from;
    }
    return n;
  }

  /** How many runs the items are in (for tests). */
  get runCount(): number {
    return this.runs.length + (this.pending.length ? 1 : 0);
  }
}

function merge<T extends Keyed>(a: T[], b: T[]): T[] {
  const out = new Array<T>(a.length + b.length);
  let i = 0;
  let j = 0;
  let k = 0;
  while (i < a.length && j < b.length) out[k++] = inOrder(b[j]!, a[i]!) < 0 ? b[j++]! : a[i++]!;
  while (i < a.length) out[k++] = a[i++]!;
  while (j < b.length) out[k++] = b[j++]!;
  return out;
}

/** The first position in `sorted` whose form is not below `key`. */
export function lowerBound(sorted: readonly Keyed[], key: string): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid]!.form < key) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The range of `sorted` whose forms start with `prefix`, as [from, to). */
export function prefixRange(sorted: readonly Keyed[], prefix: string): [number, number] {
  // Search forms hold letters, digits and spaces, all below U+FFFF: every form that starts with
  // `prefix` sorts before this.
  return [lowerBound(sorted, prefix), lowerBound(sorted, `${prefix}\uffff`)];
}
