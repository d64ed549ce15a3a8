/** Quiet, dismissible notices (a map layer that failed, a URL value that was ignored…). */
import { useAppStore } from '../store';
import { useT } from './useT';

export function Notices() {
  const { t } = useT();
  const notices = useAppStore((s) => s.notices);
  const dismiss = useAppStore((s) => s.dismissNotice);
  if (notices.length === 0) return null;
  return (
    <div className="notices" role="status">
      {notices.map((n) => (
        <p key={n.id} className="notice">
          {n.text}
          <button type="button" className="close" onClick={() => dismiss(n.id)} aria-label={t('zone.close')}>
            ×
          </button>
        </p>
      ))}
    </div>
  );
}
