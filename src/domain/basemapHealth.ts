/**
 * When an online base map should give way to the bundled one. Networks fail in several ways: a tile
 * now and then (ignored: the loader retries it once), every tile (fall back), requests that are never
 * answered (fall back after a few seconds with no tile), and a captive portal that answers with its
 * own web page (fall back at once). Pure: the loader reports what happened and when; this decides.
 */

export const HEALTH = {
  /** No tile at all this long after the first request: the map is not reachable. */
  firstTileMs: 8_000,
  /** A request not answered in this time is abandoned and counts as failed. */
  requestTimeoutMs: 10_000,
  /** The outcomes looked at: the most recent ones. */
  window: 20,
  /** A fallback needs at least this many failures among them… */
  minFailures: 6,
  /** …and at least this share of them failed. */
  failureShare: 0.5,
} as const;

/** How one request ended: "portal" is a web page (HTML) where a tile or a style was expected. */
export type Outcome = 'ok' | 'failed' | 'timeout' | 'portal';
export type FallbackReason = 'unreachable' | 'timeout' | 'portal' | 'style';

export type Health = {
  readonly firstRequestAt: number | null;
  readonly anyOk: boolean;
  readonly recent: readonly Outcome[];
  readonly verdict: FallbackReason | null;
};

export const NEW_HEALTH: Health = { firstRequestAt: null, anyOk: false, recent: [], verdict: null };

/** A request went out at `now`. */
export function requested(h: Health, now: number): Health {
  return h.firstRequestAt === null ? { ...h, firstRequestAt: now } : h;
}

/** A request ended with `outcome`; the verdict says whether to fall back, and why. */
export function settled(h: Health, outcome: Outcome): Health {
  if (h.verdict) return h;
  const recent = [...h.recent, outcome].slice(-HEALTH.window);
  const next = { ...h, recent, anyOk: h.anyOk || outcome === 'ok' };
  if (outcome === 'portal') return { ...next, verdict: 'portal' };
  const failures = recent.filter((o) => o !== 'ok');
  if (failures.length >= HEALTH.minFailures && failures.length / recent.length >= HEALTH.failureShare) {
    const timeouts = failures.filter((o) => o === 'timeout').length;
    return { ...next, verdict: timeouts * 2 >= failures.length ? 'timeout' : 'unreachable' };
  }
  return next;
}

/** Checked now and then: requests went out but no tile has come back for too long. */
export function checkHang(h: Health, now: number): Health {
  if (h.verdict || h.anyOk || h.firstRequestAt === null) return h;
  return now - h.firstRequestAt >= HEALTH.firstTileMs ? { ...h, verdict: 'timeout' } : h;
}
