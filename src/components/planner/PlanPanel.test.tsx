import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { appData, fixtureZone, ZONES } from '../../test/appData';
import { renderWithStore } from '../../test/renderWithStore';
import { PlanPanel } from './PlanPanel';

/** The row of one target, found by its id in the data. */
const row = (id: string) => document.querySelector<HTMLElement>(`.plan-row[data-target="${id}"]`)!;

describe('PlanPanel', () => {
  it('has one row per target, measured rows first', async () => {
    await renderWithStore(<PlanPanel />);
    expect(screen.getByRole('heading', { name: 'Kế hoạch và thực tế', level: 2 })).toBeTruthy();
    const rows = [...document.querySelectorAll<HTMLElement>('.plan-row[data-answered]')];
    const answered = rows.map((r) => r.dataset.answered);
    // Measured rows first, then the industrial-land rows the map cannot answer, then the other targets.
    expect(answered.indexOf('false')).toBeGreaterThan(0);
    expect(answered.slice(answered.indexOf('false'))).not.toContain('true');
    expect(row('ccn-expanded-2021-2030').dataset.answered).toBe('false');
    expect(within(row('ccn-expanded-2021-2030')).getByText(/không trả lời được/)).toBeTruthy();
  });

  it('counts the data against a target: of the 24 parks, the data sees 2 and 1 is established', async () => {
    await renderWithStore(<PlanPanel />);
    const parks = row('kcn-count-2030');
    expect(within(parks).getByRole('heading', { level: 3 }).textContent).toBe(
      'Số khu công nghiệp (2021–2030)',
    );
    expect(parks.querySelector('.plan-goal')!.textContent).toMatch(/^Kế hoạch: 24 khu công nghiệp/);
    // The planned park is seen but is not progress: only established parks and further count.
    expect(parks.querySelector('[data-actual]')!.textContent).toMatch(/^1 trên 24 \(4 %\)/);
    expect(parks.querySelector('[data-seen]')!.textContent).toBe(
      'Dữ liệu thấy được: 2 trên 24 mục của kế hoạch',
    );
    expect(within(parks).getByRole('img').getAttribute('aria-label')).toMatch(/1.*24/);
  });

  it('the same row in English', async () => {
    await renderWithStore(<PlanPanel />, { lang: 'en' });
    expect(screen.getByRole('heading', { name: 'Plan against actual', level: 2 })).toBeTruthy();
    const parks = row('kcn-count-2030');
    expect(within(parks).getByRole('heading', { level: 3 }).textContent).toBe(
      'Number of industrial parks (2021–2030)',
    );
    expect(parks.querySelector('[data-actual]')!.textContent).toMatch(/^1 of 24 \(4 %\)/);
  });

  it('a zone target says whether the zone has reached the status the plan wants', async () => {
    const hoaLac = fixtureZone({
      id: 'hhtp-hoa-lac',
      kind: 'hitech',
      name: { vi: 'Khu công nghệ cao Hòa Lạc', en: 'Hoa Lac Hi-Tech Park' },
      status: [{ value: 'under_construction', source: 'src-a', asOf: '2025-12' }],
    });
    await renderWithStore(<PlanPanel />, { data: appData([...ZONES, hoaLac]) });
    const fill = row('fill-hhtp-hoa-lac-2025');
    expect(fill.textContent).toMatch(/^Khu công nghệ cao Hòa Lạc/);
    expect(fill.textContent).toMatch(/Cần đạt: Đang hoạt động/);
    expect(fill.textContent).toMatch(/Hiện nay: Đang xây dựng · chưa đạt$/);
    // A zone the data does not hold is named as the plan names it, and says so.
    expect(row('build-htz-biotech-2025').textContent).toMatch(/Khu này không có trong dữ liệu$/);
  });
});
