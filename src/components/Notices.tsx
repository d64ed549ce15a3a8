/**
 * Quiet, dismissible notices (a map layer that failed, a URL value that was ignored…). Each is
 * bounded, cut with an ellipsis (three lines for one that repeats a link's text, five for our own
 * messages), and its close button is always in view.
 * Informational notices go away by themselves; errors stay until closed.
 */
import { useEffect } from 'react';
import { useAppStore } from '../store';
import type { Notice } from '../store/viewSlice';
import { useT } from './useT';
import './Notices.css';

/** How long an informational notice stays, in milliseconds. */
export const INFO_NOTICE_MS = 10_000;

function NoticeItem({ notice }: { notice: Notice }) {
  const { t, notice: text } = useT();
  const dismiss = useAppStore((s) => s.dismissNotice);
  useEffect(() => {
    if (notice.kind !== 'info') return;
    const timer = setTimeout(() => dismiss(notice.id), INFO_NOTICE_MS);
    return () => clearTimeout(timer);
  }, [notice.kind, notice.id, dismiss]);
  return (
    <div className="notice" data-kind={notice.kind} data-quotes={notice.quotes || undefined}>
      <p className="notice-text">{text(notice)}</p>
      <button type="button" className="close" onClick={() => dismiss(notice.id)} aria-label={t('zone.close')}>
        ×
      </button>
    </div>
  );
}

export function Notices() {
  const notices = useAppStore((s) => s.notices);
  if (notices.length === 0) return null;
  return (
    <div className="notices" role="status">
      {notices.map((n) => (
        <NoticeItem key={n.id} notice={n} />
      ))}
    </div>
  );
}
