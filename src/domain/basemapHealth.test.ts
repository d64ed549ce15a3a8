import { describe, expect, it } from 'vitest';
import {
  checkHang,
  type Health,
  HEALTH,
  NEW_HEALTH,
  type Outcome,
  requested,
  settled,
} from './basemapHealth';

const run = (outcomes: Outcome[], start: Health = NEW_HEALTH): Health =>
  outcomes.reduce((h, o, i) => settled(requested(h, i), o), start);
const times = (n: number, o: Outcome): Outcome[] => Array.from({ length: n }, () => o);

describe('base map health', () => {
  it('ignores isolated failures: one, or three, of twelve tiles failing keeps the map', () => {
    expect(run([...times(11, 'ok'), 'failed']).verdict).toBeNull();
    expect(
      run(['ok', 'failed', 'ok', 'ok', 'failed', 'ok', 'ok', 'ok', 'failed', 'ok', 'ok', 'ok']).verdict,
    ).toBeNull();
  });

  it('does not fall back on a short burst of failures after many good tiles', () => {
    expect(run([...times(30, 'ok'), ...times(HEALTH.minFailures - 1, 'failed')]).verdict).toBeNull();
  });

  it('falls back when every tile fails, after a handful, not on the first', () => {
    expect(run(times(HEALTH.minFailures - 1, 'failed')).verdict).toBeNull();
    expect(run(times(HEALTH.minFailures, 'failed')).verdict).toBe('unreachable');
  });

  it('falls back on a sustained failure rate, and says timeouts when most failures were', () => {
    const flakyThenDown = [...times(10, 'ok'), ...times(10, 'failed')];
    expect(run(flakyThenDown).verdict).toBe('unreachable');
    expect(run([...times(10, 'ok'), ...times(10, 'timeout')]).verdict).toBe('timeout');
  });

  it('falls back at once on a captive portal’s web page', () => {
    expect(run(['ok', 'ok', 'portal']).verdict).toBe('portal');
  });

  it('falls back when requests hang with no tile at all, only after the wait', () => {
    const h = requested(NEW_HEALTH, 1000);
    expect(checkHang(h, 1000 + HEALTH.firstTileMs - 1).verdict).toBeNull();
    expect(checkHang(h, 1000 + HEALTH.firstTileMs).verdict).toBe('timeout');
    // Once a tile has come back, slowness is judged by each request's own timeout instead.
    expect(checkHang(settled(h, 'ok'), 1000 + 60_000).verdict).toBeNull();
    expect(checkHang(NEW_HEALTH, 60_000).verdict).toBeNull();
  });

  it('keeps its first verdict', () => {
    const h = run(['portal']);
    expect(settled(h, 'failed').verdict).toBe('portal');
  });
});
