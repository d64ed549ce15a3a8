/** The benchmark's results: figures (repeated samples), the targets derived from them, and the table. */
import { formatValue, type Summary, summarise } from './stats';

export type Figure = {
  /** Stable key, e.g. "filter/10000/app". */
  id: string;
  label: string;
  page: string;
  unit: 'ms' | 'B';
  samples: number[];
  summary?: Summary;
  /** Set when the measurement itself broke; the bench then exits non-zero. */
  error?: string;
  /** Set when the figure could not be measured for a known reason (not a failure). */
  skipped?: string;
  note?: string;
};

export type Target = {
  name: string;
  measured: number | null;
  reference: number | null;
  ratio: number | null;
  limit: number;
  met: boolean | null;
  unit: 'ms' | 'B';
  note?: string;
};

export class Report {
  readonly figures: Figure[] = [];
  readonly targets: Target[] = [];
  readonly extra: Record<string, unknown> = {};

  add(f: Omit<Figure, 'summary'>): Figure {
    const fig: Figure = { ...f, summary: f.samples.length ? summarise(f.samples) : undefined };
    this.figures.push(fig);
    return fig;
  }

  median(id: string): number | null {
    return this.figures.find((f) => f.id === id && !f.error)?.summary?.median ?? null;
  }

  max(id: string): number | null {
    return this.figures.find((f) => f.id === id && !f.error)?.summary?.max ?? null;
  }

  /** measured / reference against a limit; a missing figure leaves the target unmeasured. */
  ratioTarget(
    name: string,
    unit: Target['unit'],
    measured: number | null,
    reference: number | null,
    limit: number,
    note?: string,
  ) {
    const ratio = measured !== null && reference ? measured / reference : null;
    this.targets.push({
      name,
      measured,
      reference,
      ratio,
      limit,
      met: ratio === null ? null : ratio <= limit,
      unit,
      note,
    });
  }

  get passed(): number {
    return this.figures.filter((f) => !f.error && !f.skipped).length;
  }
  get failed(): number {
    return this.figures.filter((f) => f.error).length;
  }

  toJSON() {
    return {
      ...this.extra,
      figures: this.figures,
      targets: this.targets,
      passed: this.passed,
      failed: this.failed,
    };
  }

  print(log: (line: string) => void = console.log): void {
    const rows = this.figures.map((f) => {
      const s = f.summary;
      const spread = s ? `${formatValue(s.min, f.unit)} – ${formatValue(s.max, f.unit)}` : '';
      const iqr = s && s.n >= 4 ? `${formatValue(s.q1, f.unit)} – ${formatValue(s.q3, f.unit)}` : '';
      const status = f.error
        ? `FAILED: ${f.error}`
        : f.skipped
          ? `not measured: ${f.skipped}`
          : (f.note ?? '');
      return [
        f.label,
        f.page,
        s ? formatValue(s.median, f.unit) : '–',
        spread,
        iqr,
        s ? String(s.n) : '0',
        status,
      ];
    });
    table(['figure', 'page', 'median', 'min – max', 'IQR', 'n', 'note'], rows, log);
    log('');
    const t = this.targets.map((x) => [
      x.name,
      formatValue(x.measured, x.unit),
      formatValue(x.reference, x.unit),
      x.ratio === null ? '–' : `${x.ratio.toFixed(2)}×`,
      `≤ ${x.limit}×`,
      (x.met === null ? 'NOT MEASURED' : x.met ? 'met' : 'MISSED') + (x.note ? `: ${x.note}` : ''),
    ]);
    table(['target', 'measured', 'reference', 'ratio', 'limit', 'result'], t, log);
  }
}

function table(head: string[], rows: string[][], log: (line: string) => void): void {
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: string[]) => `| ${cells.map((c, i) => c.padEnd(widths[i]!)).join(' | ')} |`;
  log(line(head));
  log(`|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`);
  for (const r of rows) log(line(r));
}
