/**
 * The side panel's drag handle (WAI-ARIA window splitter): drag it, or focus it and use the arrow keys
 * (Left/Up widen, Right/Down narrow, Page Up/Down in bigger steps, Home/End to the limits). The width
 * is kept in localStorage and clamped so the filters and the map always stay in view.
 */
import { type KeyboardEvent, type PointerEvent, useRef } from 'react';
import { clampPanelWidth, maxPanelWidth, PANEL_MIN, PANEL_PAGE, PANEL_STEP } from '../domain/panelWidth';
import { useAppStore, useAppStoreApi } from '../store';
import { useT } from './useT';

export function PanelResizer({ width, viewport }: { width: number; viewport: number }) {
  const appStore = useAppStoreApi();
  const { t } = useT();
  const setWidth = useAppStore((s) => s.setPanelWidth);
  const drag = useRef<{ x: number; width: number } | null>(null);
  const max = maxPanelWidth(viewport);

  const onKey = (e: KeyboardEvent) => {
    const step: Record<string, number> = {
      ArrowLeft: PANEL_STEP,
      ArrowUp: PANEL_STEP,
      ArrowRight: -PANEL_STEP,
      ArrowDown: -PANEL_STEP,
      PageUp: PANEL_PAGE,
      PageDown: -PANEL_PAGE,
    };
    let next: number | null = null;
    if (e.key in step) next = width + step[e.key]!;
    else if (e.key === 'Home') next = PANEL_MIN;
    else if (e.key === 'End') next = max;
    if (next === null) return;
    e.preventDefault();
    setWidth(clampPanelWidth(next, viewport));
  };
  const onPointerDown = (e: PointerEvent<HTMLDivElement>) => {
    if (e.button !== 0) return;
    e.preventDefault();
    e.currentTarget.setPointerCapture(e.pointerId);
    e.currentTarget.focus();
    drag.current = { x: e.clientX, width };
  };
  const onPointerMove = (e: PointerEvent) => {
    if (!drag.current) return;
    // The panel is on the right: moving the handle left widens it.
    const next = clampPanelWidth(drag.current.width + drag.current.x - e.clientX, viewport);
    setWidth(next, { save: false });
  };
  const onPointerUp = (e: PointerEvent<HTMLDivElement>) => {
    if (!drag.current) return;
    drag.current = null;
    e.currentTarget.releasePointerCapture(e.pointerId);
    const dragged = appStore.getState().panelWidth;
    if (dragged !== null) setWidth(dragged); // saved once, at the end of the drag
  };
  return (
    <div
      className="panel-resizer"
      role="separator"
      aria-orientation="vertical"
      aria-label={t('panel.resize')}
      aria-controls="side-panel"
      aria-valuenow={width}
      aria-valuemin={PANEL_MIN}
      aria-valuemax={max}
      aria-valuetext={`${width} px`}
      title={t('panel.resizeHint')}
      tabIndex={0}
      onKeyDown={onKey}
      onPointerDown={onPointerDown}
      onPointerMove={onPointerMove}
      onPointerUp={onPointerUp}
      onPointerCancel={onPointerUp}
      data-panel-resizer
    />
  );
}
