// @vitest-environment happy-dom
import { act, cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { AppStoreContext, createAppStore } from '../store';
import { Notices } from './Notices';

const appStore = createAppStore();

afterEach(() => {
  cleanup();
  act(() => {
    for (const n of appStore.getState().notices) appStore.getState().dismissNotice(n.id);
    appStore.getState().setLang('vi');
  });
});

describe('Notices', () => {
  it('translates a notice when drawn, so switching language re-translates it; data stays as given', () => {
    act(() => {
      appStore.getState().setLang('vi');
      appStore.getState().notify({
        key: 'import.storageFailed',
        params: { name: 'khu-a.geojson', reason: { key: 'import.storage.quota' } },
      });
    });
    render(
      <AppStoreContext.Provider value={appStore}>
        <Notices />
      </AppStoreContext.Provider>,
    );
    const text = () => screen.getByRole('status').querySelector('.notice-text')!.textContent;
    const vi = text();
    expect(vi).toContain('khu-a.geojson');
    expect(vi).toContain('bộ nhớ của trình duyệt dành cho trang này đã đầy');
    act(() => appStore.getState().setLang('en'));
    const en = text();
    expect(en).not.toBe(vi);
    expect(en).toContain('khu-a.geojson');
    expect(en).toContain('this browser’s storage for this site is full');
    expect(appStore.getState().notices).toHaveLength(1);
  });
});
