import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderWithStore } from '../../test/renderWithStore';
import { FitPanel } from './FitPanel';

/** The zones' names in one of the two result lists. */
const listed = (which: 'pass' | 'fail') =>
  [...document.querySelectorAll(`[data-fit-list="${which}"] .result-name`)].map((n) => n.textContent);

describe('FitPanel', () => {
  it('lists every zone until a criterion is set', async () => {
    await renderWithStore(<FitPanel />);
    expect(screen.getByRole('heading', { name: 'Tìm khu phù hợp', level: 2 })).toBeTruthy();
    expect(screen.getByText('Chưa có yêu cầu nào: mọi khu đều được liệt kê.')).toBeTruthy();
    expect((screen.getByRole('button', { name: 'Xóa yêu cầu' }) as HTMLButtonElement).disabled).toBe(true);
  });

  it('speaks English in the English view', async () => {
    await renderWithStore(<FitPanel />, { lang: 'en' });
    expect(screen.getByRole('heading', { name: 'Fit finder', level: 2 })).toBeTruthy();
    expect(screen.getByText('No criterion yet: every zone is listed.')).toBeTruthy();
  });

  it('a minimum area splits the zones into those that pass and those that do not', async () => {
    const { store, user } = await renderWithStore(<FitPanel />);
    await user.type(screen.getByRole('spinbutton', { name: 'Diện tích tối thiểu (ha)' }), '50');
    expect(store.getState().fit.minAreaHa).toBe(50);
    expect(screen.getByText('2 khu đạt, 2 khu không đạt')).toBeTruthy();
    expect(listed('pass').sort()).toEqual(['Cụm công nghiệp Phú Nghĩa', 'Khu công nghiệp Đông Anh']);
    // 40 ha is too small; a zone of unknown area cannot be shown to pass.
    expect(listed('fail').sort()).toEqual(['Cụm công nghiệp Liên Phương', 'Khu công nghiệp Thạch Thất']);
    expect((screen.getByRole('textbox', { name: 'Liên kết chia sẻ' }) as HTMLInputElement).value).toMatch(
      /[?&]fit\.area=50(&|$)/,
    );
  });

  it('each result says why, criterion by criterion', async () => {
    const { user } = await renderWithStore(<FitPanel />, { lang: 'en' });
    await user.type(screen.getByRole('spinbutton', { name: 'Minimum area (ha)' }), '50');
    const row = screen.getByRole('list', { name: /Thach That Industrial Park/ });
    expect(within(row).getByRole('listitem').textContent).toMatch(/40 ha/);
  });

  it('a second criterion narrows the result; clearing brings every zone back', async () => {
    const { store, user } = await renderWithStore(<FitPanel />);
    await user.type(screen.getByRole('spinbutton', { name: 'Diện tích tối thiểu (ha)' }), '50');
    await user.click(screen.getByText(/^Tình trạng hiện nay/));
    await user.click(screen.getByRole('checkbox', { name: 'Trong quy hoạch' }));
    expect(store.getState().fit.statuses).toEqual(['planned']);
    expect(screen.getByText('0 khu đạt, 4 khu không đạt')).toBeTruthy();
    expect(listed('pass')).toEqual([]);

    await user.click(screen.getByRole('button', { name: 'Xóa yêu cầu' }));
    expect(store.getState().fit.minAreaHa).toBeNull();
    expect(store.getState().fit.statuses).toEqual([]);
    expect(screen.getByText('Chưa có yêu cầu nào: mọi khu đều được liệt kê.')).toBeTruthy();
  });

  it('opens a zone from its result', async () => {
    const { store, user } = await renderWithStore(<FitPanel />);
    await user.type(screen.getByRole('spinbutton', { name: 'Diện tích tối thiểu (ha)' }), '50');
    await user.click(screen.getByRole('button', { name: /^Khu công nghiệp Đông Anh/ }));
    expect(store.getState().selection).toEqual({ id: 'kcn-dong-anh', fly: true });
  });
});
