import { describe, expect, it } from 'vitest';
import {
  clampPanelWidth,
  defaultPanelWidth,
  maxPanelWidth,
  PANEL_MIN,
  PANEL_WIDTH_KEY,
  readPanelWidth,
  writePanelWidth,
} from './panelWidth';

function memoryStorage(initial: Record<string, string> = {}) {
  const data = new Map(Object.entries(initial));
  return {
    getItem: (k: string) => data.get(k) ?? null,
    setItem: (k: string, v: string) => void data.set(k, v),
    removeItem: (k: string) => void data.delete(k),
    data,
  };
}

describe('side panel width', () => {
  it('is wider by default on wide screens, and wider still for tables', () => {
    expect(defaultPanelWidth(1366, 'list')).toBe(380);
    expect(defaultPanelWidth(1920, 'list')).toBe(499);
    expect(defaultPanelWidth(2560, 'list')).toBe(560);
    expect(defaultPanelWidth(1366, 'compare')).toBe(628);
    expect(defaultPanelWidth(1920, 'plan')).toBe(640);
  });

  it('always leaves the filters and a usable map beside it', () => {
    expect(maxPanelWidth(1366)).toBe(716);
    expect(clampPanelWidth(5000, 1366)).toBe(716);
    expect(clampPanelWidth(10, 1920)).toBe(PANEL_MIN);
    expect(clampPanelWidth(480.6, 1920)).toBe(481);
    // A screen too narrow for all three still gets the smallest panel, never a negative one.
    expect(maxPanelWidth(800)).toBe(PANEL_MIN);
  });

  it('round-trips the stored width and ignores anything malformed', () => {
    const s = memoryStorage();
    expect(writePanelWidth(s, 512)).toBe(true);
    expect(readPanelWidth(s)).toBe(512);
    writePanelWidth(s, null);
    expect(s.data.has(PANEL_WIDTH_KEY)).toBe(false);
    for (const bad of [
      '{x',
      '512',
      '{"version":1,"width":"512"}',
      '{"version":1,"width":5}',
      '{"version":2,"width":500}',
      '{"version":1,"width":500,"x":1}',
    ])
      expect(readPanelWidth(memoryStorage({ [PANEL_WIDTH_KEY]: bad })), bad).toBeNull();
  });

  it('treats refused storage as nothing stored', () => {
    const throwing = {
      getItem: () => {
        throw new Error('SecurityError');
      },
      setItem: () => {
        throw new Error('QuotaExceeded');
      },
      removeItem: () => {},
    };
    expect(readPanelWidth(throwing)).toBeNull();
    expect(writePanelWidth(throwing, 400)).toBe(false);
    expect(readPanelWidth(null)).toBeNull();
  });
});
