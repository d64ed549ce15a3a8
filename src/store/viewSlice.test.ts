import { describe, expect, it } from 'vitest';
import { createAppStore } from './index';
import { MAX_NOTICES } from './viewSlice';

describe('notices', () => {
  it('are errors unless said otherwise, show the same message once, and keep only the newest few', () => {
    const store = createAppStore();
    const s = store.getState();
    const failed = (file: string) => ({ key: 'import.noticeFailed', params: { file } }) as const;
    s.notify(failed('a'));
    s.notify(failed('b'), 'info');
    s.notify(failed('a'));
    expect(store.getState().notices.map((n) => n.params)).toEqual([{ file: 'b' }, { file: 'a' }]);
    for (let i = 0; i < 10; i++) s.notify(failed(`n${i}`), 'info');
    const notices = store.getState().notices;
    expect(notices).toHaveLength(MAX_NOTICES);
    expect(notices.map((n) => n.params)).toEqual([{ file: 'n7' }, { file: 'n8' }, { file: 'n9' }]);
    expect(notices.every((n) => n.kind === 'info')).toBe(true);
    store.getState().notify({ key: 'shortlist.full' });
    expect(store.getState().notices.at(-1)).toMatchObject({ key: 'shortlist.full', kind: 'error' });
  });
});
