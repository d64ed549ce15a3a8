/**
 * The map's errors as the user hears of them: each failing source once, none for the online base
 * maps (src/map/basemap.ts judges their failures itself), and none for what a caller collects.
 */

/** Sources of the online base maps: their failures are not reported as map errors. */
export const ONLINE_SOURCE_PREFIX = 'online-';

export class MapErrors {
  private reported = new Set<string>();
  private collected: string[] | null = null;

  constructor(private readonly report: (message: string) => void) {}

  /** One error event of the map. */
  handle(e: { sourceId?: string; error?: { message?: string } }): void {
    const { sourceId } = e;
    const message = e.error?.message ?? 'unknown error';
    if (sourceId?.startsWith(ONLINE_SOURCE_PREFIX)) return;
    if (this.collected) return void this.collected.push(message);
    const key = sourceId ?? message;
    if (this.reported.has(key)) return;
    this.reported.add(key);
    this.report(sourceId ? `${sourceId}: ${message}` : message);
  }

  /** Runs `fn`; the errors it causes (a layer the style rejects) are returned, not reported. */
  collect(fn: () => void): string[] {
    const collected: string[] = [];
    this.collected = collected;
    try {
      fn();
    } finally {
      this.collected = null;
    }
    return collected;
  }
}
