/** What the user sees while data loads, and a clear error with a retry when it cannot load. */
import { useAppStore } from '../store';
import { useT } from './useT';
import './LoadState.css';

export function LoadState() {
  const { t } = useT();
  const data = useAppStore((s) => s.data);
  const load = useAppStore((s) => s.load);
  if (data.status === 'loading')
    return (
      <div className="load-state" role="status">
        {t('app.loading')}
      </div>
    );
  if (data.status === 'error')
    return (
      <div className="load-state load-error" role="alert">
        <p>{t('app.loadError')}</p>
        <p className="muted">
          <code>{data.message}</code>
        </p>
        <button type="button" className="primary" onClick={() => void load()}>
          {t('app.retry')}
        </button>
      </div>
    );
  return null;
}
