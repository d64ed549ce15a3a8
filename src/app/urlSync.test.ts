// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createAppStore } from '../store';
import { translateNotice } from '../i18n';
import { startUrlSync } from './urlSync';

function setup(search: string) {
  window.history.replaceState(null, '', `/${search}`);
  const store = createAppStore();
  const push = vi.spyOn(window.history, 'pushState');
  const replace = vi.spyOn(window.history, 'replaceState');
  const stop = startUrlSync(store, window);
  return { store, push, replace, stop };
}

afterEach(() => vi.restoreAllMocks());

describe('startUrlSync', () => {
  it('opens with the state in the link and a quiet notice for what it ignored', () => {
    const { store, stop } = setup('?lang=en&status=operating,nope&zone=kcn-thang-long&map=12/21/105.8&foo=1');
    const s = store.getState();
    expect(s.lang).toBe('en');
    expect(s.filters.statuses).toEqual(['operating']);
    expect(s.selection).toEqual({ id: 'kcn-thang-long', fly: false });
    expect(s.camera).toEqual({ center: [105.8, 21], zoom: 12 });
    expect(s.notices.map((n) => translateNotice('en', n))).toEqual([
      'Ignored values in the link that were not valid: foo, status=nope',
    ]);
    stop();
  });

  it('keeps the page address in the store, so components make links without reading window.location', async () => {
    const { store, stop } = setup('?lang=vi&tiles=zone-tiles/tiles.json');
    expect(store.getState().tiles).toBe('zone-tiles/tiles.json');
    expect(store.getState().pageUrl).toBe(window.location.href);
    store.getState().toggleFilter('kinds', 'kcn');
    // Set in a task of its own after the change, not inside it.
    expect(store.getState().pageUrl).not.toContain('kind=kcn');
    await new Promise((r) => setTimeout(r, 0));
    expect(store.getState().pageUrl).toBe(window.location.href);
    expect(store.getState().pageUrl).toContain('kind=kcn');
    expect(store.getState().pageUrl).toContain('tiles=zone-tiles');
    stop();
  });

  it('pushes a history entry for a filter change, and only replaces for a camera move', () => {
    const { store, push, replace, stop } = setup('?lang=vi');
    store.getState().toggleFilter('kinds', 'kcn');
    expect(push).toHaveBeenCalledTimes(1);
    expect(window.location.search).toBe('?lang=vi&kind=kcn');
    store.getState().setCamera({ center: [105.8, 21.03], zoom: 11 });
    expect(push).toHaveBeenCalledTimes(1);
    expect(replace).toHaveBeenCalled();
    expect(window.location.search).toBe('?lang=vi&kind=kcn&map=11/21.03/105.8');
    stop();
  });

  it('applies Back/Forward without pushing again', () => {
    const { store, push, stop } = setup('?lang=vi');
    store.getState().toggleFilter('kinds', 'ccn');
    window.history.replaceState(null, '', '/?lang=en&status=planned');
    push.mockClear();
    window.dispatchEvent(new PopStateEvent('popstate'));
    expect(store.getState().filters.statuses).toEqual(['planned']);
    expect(store.getState().filters.kinds).toEqual([]);
    expect(store.getState().lang).toBe('en');
    expect(push).not.toHaveBeenCalled();
    stop();
  });

  it('follows the browser language when the link has none', () => {
    vi.spyOn(window.navigator, 'languages', 'get').mockReturnValue(['en-US', 'vi']);
    const { store, stop } = setup('');
    expect(store.getState().lang).toBe('en');
    stop();
  });

  it('opens a shared fit-finder link on the fit tab, and a named tab on that tab', () => {
    const fit = setup('?fit.airport=20');
    expect(fit.store.getState().activePanel).toBe('fit');
    fit.stop();
    const named = setup('?fit.airport=20&tab=list');
    expect(named.store.getState().activePanel).toBe('list');
    named.stop();
  });

  it('keeps the tab, the choropleth, the pins and the order in the link', () => {
    const { store, push, stop } = setup('?lang=vi');
    store.getState().setActivePanel('stats');
    expect(window.location.search).toBe('?lang=vi&tab=stats');
    // A tab is a view, not a step: Back does not walk through tabs.
    expect(push).not.toHaveBeenCalled();
    store.getState().setChoropleth({ on: true, unit: 'commune', measure: 'ha' });
    expect(push).toHaveBeenCalledTimes(1);
    store.getState().setPinned(['kcn-thang-long', 'hhtp-hoa-lac']);
    store.getState().setListSort('area-desc');
    expect(window.location.search).toBe(
      '?lang=vi&tab=stats&choro=commune,ha&pins=kcn-thang-long,hhtp-hoa-lac&sort=area-desc',
    );
    stop();
    const again = setup(window.location.search);
    const s = again.store.getState();
    expect([s.activePanel, s.choropleth, s.pinned, s.listSort]).toEqual([
      'stats',
      { on: true, unit: 'commune', measure: 'ha' },
      ['kcn-thang-long', 'hhtp-hoa-lac'],
      'area-desc',
    ]);
    again.stop();
  });
});

describe('the base map in a link', () => {
  afterEach(() => localStorage.clear());

  it('is offered, never turned on, when the visitor has not chosen it; yes keeps it for later visits', () => {
    const { store, stop } = setup('?basemap=openfreemap');
    expect(store.getState().basemap).toBe('offline');
    expect(store.getState().basemapOffer).toBe('openfreemap');
    store.getState().setCamera({ center: [105.8, 21.03], zoom: 11 });
    expect(window.location.search).toContain('basemap=openfreemap');
    store.getState().answerBasemapOffer(true);
    expect(store.getState().basemap).toBe('openfreemap');
    stop();
    const again = setup('');
    expect(again.store.getState().basemap).toBe('openfreemap');
    again.store.getState().toggleFilter('kinds', 'kcn');
    expect(window.location.search).toMatch(/kind=kcn&basemap=openfreemap$/);
    again.stop();
  });

  it('no keeps the visitor’s map, and the link stops asking', () => {
    const { store, stop } = setup('?basemap=osm');
    store.getState().answerBasemapOffer(false);
    expect(store.getState().basemap).toBe('offline');
    expect(store.getState().basemapOffer).toBeNull();
    expect(window.location.search).not.toContain('basemap');
    expect(localStorage.length).toBe(0);
    stop();
  });

  it('follows a link to the online map the visitor already uses, without asking', () => {
    localStorage.setItem('hanoi-industrial-zones.basemap', '{"version":1,"basemap":"osm"}');
    const { store, stop } = setup('?basemap=osm');
    expect(store.getState().basemap).toBe('osm');
    expect(store.getState().basemapOffer).toBeNull();
    stop();
  });
});
