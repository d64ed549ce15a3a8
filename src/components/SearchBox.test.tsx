import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderWithStore } from '../test/renderWithStore';
import { SearchBox } from './SearchBox';

const options = () =>
  within(screen.getByRole('listbox', { name: 'Kết quả tìm kiếm' }))
    .getAllByRole('option')
    .map((o) => o.textContent);

describe('SearchBox', () => {
  it('is a combobox named in the interface language, closed while empty', async () => {
    await renderWithStore(<SearchBox />);
    const box = screen.getByRole('combobox', { name: 'Tìm khu, quận huyện, xã phường' });
    expect(box.getAttribute('aria-expanded')).toBe('false');
  });

  it('is named in English in the English view', async () => {
    await renderWithStore(<SearchBox />, { lang: 'en' });
    expect(screen.getByRole('combobox', { name: 'Search zones, districts, communes' })).toBeTruthy();
  });

  it('ignores tones and đ: "dong anh" finds Đông Anh, the zone, the former district and a zone in it', async () => {
    const { user } = await renderWithStore(<SearchBox />);
    const box = screen.getByRole('combobox', { name: 'Tìm khu, quận huyện, xã phường' });
    await user.type(box, 'dong anh');
    expect(box.getAttribute('aria-expanded')).toBe('true');
    expect(options()).toEqual([
      'Khu công nghiệp Đông AnhKhu',
      'Đông AnhQuận, huyện cũ',
      'Cụm công nghiệp Liên PhươngKhu',
    ]);
  });

  it('says so when nothing is found', async () => {
    const { user } = await renderWithStore(<SearchBox />);
    await user.type(screen.getByRole('combobox'), 'zzzz');
    expect(options()).toEqual(['Không tìm thấy']);
  });

  it('while the index is still being built, says results may be missing instead of "nothing found"', async () => {
    await renderWithStore(<SearchBox />);
    // Typed before the first background slice has run.
    fireEvent.change(screen.getByRole('combobox'), { target: { value: 'zzzz' } });
    const list = screen.getByRole('listbox', { name: 'Kết quả tìm kiếm' });
    expect(list.getAttribute('data-index')).toBe('partial');
    expect(options()).toEqual(['Đang lập chỉ mục tìm kiếm: có thể còn thiếu kết quả']);
    await waitFor(() => expect(list.getAttribute('data-index')).toBe('complete'));
    expect(options()).toEqual(['Không tìm thấy']);
  });

  it('chooses with the arrows and Enter: a zone is selected and flown to', async () => {
    const { store, user } = await renderWithStore(<SearchBox />);
    const box = screen.getByRole('combobox');
    await user.type(box, 'thach that');
    expect(options()).toEqual([
      'Khu công nghiệp Thạch ThấtKhu',
      'Thạch ThấtQuận, huyện cũ',
      'Cụm công nghiệp Phú NghĩaKhu',
    ]);
    await user.keyboard('{ArrowDown}{ArrowDown}');
    expect(screen.getByRole('option', { selected: true }).textContent).toBe('Cụm công nghiệp Phú NghĩaKhu');
    await user.keyboard('{ArrowDown}');
    expect(screen.getByRole('option', { selected: true }).textContent).toBe('Khu công nghiệp Thạch ThấtKhu');
    await user.keyboard('{Enter}');
    expect(store.getState().selection).toEqual({ id: 'kcn-thach-that', fly: true });
    expect((box as HTMLInputElement).value).toBe('Khu công nghiệp Thạch Thất');
    expect(box.getAttribute('aria-expanded')).toBe('false');
  });

  it('a place is flown to, not selected, when clicked', async () => {
    const { store, user } = await renderWithStore(<SearchBox />);
    await user.type(screen.getByRole('combobox'), 'hoa lac');
    await user.click(screen.getByRole('option', { name: /^Xã Hòa Lạc/ }));
    expect(store.getState().selection).toBeNull();
    expect(store.getState().cameraRequest).toMatchObject({ bounds: [105.1, 21.0, 105.2, 21.1] });
  });

  it('Escape closes the list, then clears the box', async () => {
    const { user } = await renderWithStore(<SearchBox />);
    const box = screen.getByRole('combobox') as HTMLInputElement;
    await user.type(box, 'phu nghia');
    await user.keyboard('{Escape}');
    expect(box.getAttribute('aria-expanded')).toBe('false');
    expect(box.value).toBe('phu nghia');
    await user.keyboard('{Escape}');
    expect(box.value).toBe('');
  });
});
