import { act, screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import * as facts from '../domain/facts';
import { renderWithStore } from '../test/renderWithStore';
import { ResultList } from './ResultList';

// Every row reads its zone's area once per render: counting the reads counts the rows rendered.
vi.mock('../domain/facts', async (original) => {
  const real = await original<typeof facts>();
  return { ...real, currentValue: vi.fn(real.currentValue) };
});
const rowsRendered = () => vi.mocked(facts.currentValue).mock.calls.length;

describe('ResultList', () => {
  it('lists every zone with its pin, and pins from the row', async () => {
    const { store, user } = await renderWithStore(<ResultList />, { lang: 'en' });
    const rows = screen.getAllByRole('listitem');
    expect(rows).toHaveLength(4);
    const first = rows[0]!;
    const pin = within(first).getByRole('button', { pressed: false });
    await user.click(pin);
    expect(store.getState().pinned).toHaveLength(1);
    expect(within(first).getByRole('button', { pressed: true })).toBeTruthy();
  });

  it('re-renders only the rows whose state changed when a zone is selected or pinned', async () => {
    const { store } = await renderWithStore(<ResultList />);
    const data = store.getState().data;
    const ids = data.status === 'ready' ? data.zones.map((z) => z.properties.id) : [];
    vi.mocked(facts.currentValue).mockClear();
    act(() => store.getState().select(ids[0]!));
    expect(rowsRendered()).toBe(1);
    vi.mocked(facts.currentValue).mockClear();
    act(() => store.getState().select(ids[1]!));
    // The row left and the row selected.
    expect(rowsRendered()).toBe(2);
    vi.mocked(facts.currentValue).mockClear();
    act(() => store.getState().togglePin(ids[2]!));
    expect(rowsRendered()).toBe(1);
    vi.mocked(facts.currentValue).mockClear();
    act(() => store.getState().setCamera({ center: [105.8, 21], zoom: 12 }));
    expect(rowsRendered()).toBe(0);
  });
});
