import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderWithStore } from '../test/renderWithStore';
import { FilterPanel } from './FilterPanel';

/** The checkbox of one option in one facet group, and the count shown beside it. */
function option(group: string, name: RegExp) {
  const box = within(screen.getByRole('group', { name: group })).getByRole('checkbox', { name });
  const count = box.closest('label')!.querySelector('.facet-count')!.textContent;
  return { box: box as HTMLInputElement, count };
}

describe('FilterPanel', () => {
  it('shows how many zones match, and each option with its count', async () => {
    await renderWithStore(<FilterPanel />);
    expect(screen.getByRole('region', { name: 'Bộ lọc' })).toBeTruthy();
    expect(screen.getByText('4 khu phù hợp')).toBeTruthy();
    expect(option('Loại hình', /^Khu công nghiệp \(KCN\)/).count).toBe('2');
    expect(option('Tình trạng', /^Đang hoạt động/).count).toBe('2');
    expect(option('Ngành', /^Điện, điện tử/).count).toBe('2');
    expect(option('Quận, huyện cũ (trước 2025)', /^Thạch Thất/).count).toBe('2');
  });

  it('speaks English in the English view', async () => {
    await renderWithStore(<FilterPanel />, { lang: 'en' });
    expect(screen.getByRole('region', { name: 'Filters' })).toBeTruthy();
    expect(screen.getByText('4 zones match')).toBeTruthy();
    expect(option('Kind', /^Industrial cluster \(CCN\)/).count).toBe('2');
  });

  it('ticking an option filters the store and updates the other groups’ counts', async () => {
    const { store, user } = await renderWithStore(<FilterPanel />);
    const clear = screen.getByRole('button', { name: 'Xóa tất cả' }) as HTMLButtonElement;
    expect(clear.disabled).toBe(true);

    await user.click(option('Loại hình', /^Cụm công nghiệp \(CCN\)/).box);
    expect(store.getState().filters.kinds).toEqual(['ccn']);
    expect(option('Loại hình', /^Cụm công nghiệp \(CCN\)/).box.checked).toBe(true);
    expect(screen.getByText('2 khu phù hợp')).toBeTruthy();
    // Other groups count within the ticked kind; a group's own options keep counting without it.
    expect(option('Tình trạng', /^Đang hoạt động/).count).toBe('1');
    expect(option('Ngành', /^Điện, điện tử/).count).toBe('1');
    expect(option('Loại hình', /^Khu công nghiệp \(KCN\)/).count).toBe('2');

    await user.click(option('Tình trạng', /^Trong quy hoạch/).box);
    expect(store.getState().filters.statuses).toEqual(['planned']);
    expect(screen.getByText('1 khu phù hợp')).toBeTruthy();

    expect(clear.disabled).toBe(false);
    await user.click(clear);
    expect(store.getState().filters.kinds).toEqual([]);
    expect(store.getState().filters.statuses).toEqual([]);
    expect(screen.getByText('4 khu phù hợp')).toBeTruthy();
  });

  it('unticking an option takes it out of the filter again', async () => {
    const { store, user } = await renderWithStore(<FilterPanel />);
    const { box } = option('Quận, huyện cũ (trước 2025)', /^Đông Anh/);
    await user.click(box);
    expect(store.getState().filters.districts).toEqual(['d-1']);
    expect(screen.getByText('2 khu phù hợp')).toBeTruthy();
    await user.click(box);
    expect(store.getState().filters.districts).toEqual([]);
    expect(screen.getByText('4 khu phù hợp')).toBeTruthy();
  });

  it('lists only the communes that hold a zone', async () => {
    await renderWithStore(<FilterPanel />);
    const communes = within(screen.getByRole('group', { name: 'Xã, phường (từ 7/2025)' }));
    const names = communes.getAllByRole('checkbox').map((c) => c.closest('label')!.textContent);
    expect(names).toEqual(['Xã Hòa Lạc2', 'Xã Phúc Thịnh2']);
  });
});
