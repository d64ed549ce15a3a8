/** The "Your data" tab: choose files, follow their import, read what went wrong, manage the layers. */
import { useRef } from 'react';
import { ACCEPTED_EXTENSIONS } from '../../domain/import/formats';
import { LIMITS } from '../../domain/import/limits';
import { useAppStore } from '../../store';
import { useT } from '../useT';
import { downloadBlob, useImport } from './ImportContext';
import { issueText } from './issueText';
import { LayerItem } from './LayerItem';
import './import.css';

export function ImportPanel() {
  const T = useT();
  const { t, num } = T;
  const input = useRef<HTMLInputElement>(null);
  const layers = useAppStore((s) => s.imported);
  const jobs = useAppStore((s) => s.importJobs);
  const reports = useAppStore((s) => s.importReports);
  const dismiss = useAppStore((s) => s.dismissImportReport);
  const storageAvailable = useAppStore((s) => s.storageAvailable);
  const setAside = useAppStore((s) => s.setAside);
  const { importFiles, cancelImport, downloadSetAside, deleteSetAside } = useImport();
  return (
    <section className="import-panel" aria-labelledby="import-title">
      <h2 id="import-title">{t('import.panel')}</h2>
      <p>{t('import.intro')}</p>
      <label className="import-choose">
        <input
          ref={input}
          type="file"
          multiple
          accept={ACCEPTED_EXTENSIONS.join(',')}
          data-testid="import-input"
          onChange={(e) => {
            if (e.target.files) importFiles([...e.target.files]);
            e.target.value = ''; // the same file can be chosen again
          }}
        />
        <span className="button">{t('import.choose')}</span>
      </label>
      <p className="muted small">{t('import.formats', { mb: num(LIMITS.maxFileBytes / 2 ** 20) })}</p>

      {jobs.length > 0 && (
        <ul className="import-jobs" aria-label={t('import.jobs')}>
          {jobs.map((j) => (
            <li key={j.id} data-import-job={j.status}>
              <span className="import-job-name">{j.fileName}</span>
              <progress max={1} value={j.status === 'queued' ? 0 : j.progress} aria-label={j.fileName} />
              <span className="muted small">
                {j.status === 'queued'
                  ? t('import.queued')
                  : j.status === 'waiting'
                    ? t('import.waiting')
                    : t('import.running', { pct: Math.round(j.progress * 100) })}
              </span>
              <button type="button" onClick={() => cancelImport(j.id)}>
                {t('import.cancel')}
              </button>
            </li>
          ))}
        </ul>
      )}

      {reports.length > 0 && (
        <section aria-label={t('import.reports')} className="import-reports">
          {reports.map((r) => (
            <div key={r.id} className="import-report" data-import-report={r.fileName} data-loaded={r.loaded}>
              <p>
                <strong>
                  {r.loaded > 0
                    ? t('import.loaded', { file: r.fileName, count: num(r.loaded) })
                    : t('import.notLoaded', { file: r.fileName })}
                </strong>
                <button
                  type="button"
                  className="close"
                  onClick={() => dismiss(r.id)}
                  aria-label={t('import.dismiss')}
                >
                  ×
                </button>
              </p>
              {r.issues.length > 0 && (
                <ul>
                  {r.issues.map((i, k) => (
                    <li key={k} data-issue-code={i.code} className={`issue-${i.severity}`}>
                      {issueText(T, i)}
                    </li>
                  ))}
                  {r.omitted > 0 && <li>{t('import.more', { count: num(r.omitted) })}</li>}
                </ul>
              )}
            </div>
          ))}
        </section>
      )}

      {storageAvailable === false && (
        <p className="import-not-saved" role="alert" data-testid="storage-unavailable">
          {t('import.storageUnavailable')}
        </p>
      )}
      <h3>{t('import.layers')}</h3>
      {layers.length === 0 ? (
        <p className="muted">{t('import.empty')}</p>
      ) : (
        <ul className="import-layers">
          {layers.map((l) => (
            <LayerItem key={l.id} layer={l} />
          ))}
        </ul>
      )}

      {setAside.length > 0 && (
        <section className="import-set-aside" aria-labelledby="set-aside-title">
          <h3 id="set-aside-title">{t('import.setAsideTitle')}</h3>
          <p className="muted small">{t('import.setAsideIntro')}</p>
          <ul>
            {setAside.map((x) => (
              <li key={x.id} data-set-aside={x.name}>
                <span className="import-layer-name">{x.name}</span>
                <span className="import-actions">
                  <button
                    type="button"
                    onClick={() =>
                      void downloadSetAside(x.id).then((blob) => blob && downloadBlob(blob, x.name))
                    }
                  >
                    {t('import.setAsideDownload')}
                  </button>
                  <button type="button" onClick={() => void deleteSetAside(x.id)}>
                    {t('import.setAsideDelete')}
                  </button>
                </span>
              </li>
            ))}
          </ul>
        </section>
      )}
    </section>
  );
}
