/**
 * The order a keyboard user steps through the zones in view: in rows from north to south, west to
 * east within a row, the way a page is read. Rows are bands of the view's height so that zones at
 * nearly the same latitude do not zig-zag.
 */
export function readingOrder(
  ids: readonly string[],
  anchorOf: (id: string) => readonly [number, number] | undefined,
  bands = 6,
): string[] {
  const placed = ids.flatMap((id) => {
    const a = anchorOf(id);
    return a ? [{ id, lon: a[0], lat: a[1] }] : [];
  });
  if (placed.length === 0) return [];
  const north = Math.max(...placed.map((p) => p.lat));
  const south = Math.min(...placed.map((p) => p.lat));
  const band = (north - south) / bands || 1;
  const row = (lat: number) => Math.min(bands - 1, Math.floor((north - lat) / band));
  return placed
    .sort((a, b) => row(a.lat) - row(b.lat) || a.lon - b.lon || a.id.localeCompare(b.id))
    .map((p) => p.id);
}

/** The next (step +1) or previous (-1) id after `current`, wrapping; the first or last when none. */
export function stepThrough(order: readonly string[], current: string | null, step: 1 | -1): string | null {
  if (order.length === 0) return null;
  const at = current === null ? -1 : order.indexOf(current);
  if (at === -1) return step === 1 ? order[0]! : order[order.length - 1]!;
  return order[(at + step + order.length) % order.length]!;
}
