import { act, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderWithStore } from '../test/renderWithStore';
import { ZonePanel } from './ZonePanel';

describe('ZonePanel', () => {
  it('shows nothing until a zone is chosen', async () => {
    const { container } = await renderWithStore(<ZonePanel />);
    expect(container.innerHTML).toBe('');
  });

  it('names the chosen zone in a complementary region, in Vietnamese', async () => {
    const { store } = await renderWithStore(<ZonePanel />);
    act(() => store.getState().select('kcn-dong-anh'));
    const panel = screen.getByRole('complementary', { name: 'Khu công nghiệp Đông Anh' });
    expect(within(panel).getByRole('heading', { level: 2 })).toHaveProperty(
      'textContent',
      'Khu công nghiệp Đông Anh',
    );
    expect(within(panel).getByRole('button', { name: 'Đóng' })).toBeTruthy();
  });

  it('says in words that a location is approximate and how it was derived', async () => {
    const { store } = await renderWithStore(<ZonePanel />);
    act(() => store.getState().select('kcn-dong-anh'));
    expect(screen.getByText('Vị trí gần đúng: Tâm quận/huyện cũ (rất gần đúng)')).toBeTruthy();
  });

  it('says the same in English', async () => {
    const { store } = await renderWithStore(<ZonePanel />, { lang: 'en' });
    act(() => store.getState().select('kcn-dong-anh'));
    expect(screen.getByRole('complementary', { name: 'Dong Anh Industrial Park' })).toBeTruthy();
    expect(screen.getByText(/^Approximate location: /)).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Close' })).toBeTruthy();
  });

  it('does not call an exact footprint approximate', async () => {
    const { store } = await renderWithStore(<ZonePanel />);
    act(() => store.getState().select('kcn-thach-that'));
    expect(screen.getByRole('heading', { name: 'Khu công nghiệp Thạch Thất' })).toBeTruthy();
    expect(screen.queryByText(/Vị trí gần đúng/)).toBeNull();
  });

  it('lists every source the zone cites, with its publisher and date', async () => {
    const { store } = await renderWithStore(<ZonePanel />);
    act(() => store.getState().select('kcn-dong-anh'));
    const heading = screen.getByRole('heading', { name: 'Nguồn', level: 3 });
    const list = heading.nextElementSibling as HTMLElement;
    const items = within(list)
      .getAllByRole('listitem')
      .map((li) => li.textContent)
      .sort();
    expect(items).toHaveLength(2);
    expect(items[0]).toMatch(/^Source A — Pub A, .*2025$/);
    expect(items[1]).toBe('Source B — Pub B, 2019');
  });

  it('closes with its close button and with Escape', async () => {
    const { store, user } = await renderWithStore(<ZonePanel />);
    act(() => store.getState().select('kcn-dong-anh'));
    await user.click(screen.getByRole('button', { name: 'Đóng' }));
    expect(store.getState().selection).toBeNull();
    expect(screen.queryByRole('complementary')).toBeNull();

    act(() => store.getState().select('ccn-phu-nghia'));
    expect(screen.getByRole('complementary', { name: 'Cụm công nghiệp Phú Nghĩa' })).toBeTruthy();
    await user.keyboard('{Escape}');
    expect(store.getState().selection).toBeNull();
  });
});
