import { describe, expect, it } from 'vitest';
import { createAppStore } from './index';
import { MAX_NOTICES } from './viewSlice';

describe('notices', () => {
  it('are errors unless said otherwise, show the same text once, and keep only the newest few', () => {
    const store = createAppStore();
    const s = store.getState();
    s.notify('a');
    s.notify('b', 'info');
    s.notify('a');
    for (let i = 0; i < 10; i++) s.notify(`n${i}`, 'info');
    const notices = store.getState().notices;
    expect(notices).toHaveLength(MAX_NOTICES);
    expect(notices.map((n) => n.text)).toEqual(['n7', 'n8', 'n9']);
    expect(notices.every((n) => n.kind === 'info')).toBe(true);
    store.getState().notify('x');
    expect(store.getState().notices.at(-1)).toMatchObject({ text: 'x', kind: 'error' });
  });
});
