/**
 * Sits inside the map's wrapper: takes files dropped anywhere on the map, shows the import progress
 * over the map and the coordinate-system question.
 */
import { useEffect, useRef, useState } from 'react';
import { useAppStore, useAppStoreApi } from '../../store';
import { useT } from '../useT';
import { CrsDialog } from './CrsDialog';
import { useImport } from './ImportContext';
import './import.css';

const hasFiles = (e: DragEvent) => e.dataTransfer?.types.includes('Files') ?? false;

export function ImportDropTarget() {
  const appStore = useAppStoreApi();
  const { t } = useT();
  const ref = useRef<HTMLDivElement>(null);
  const [over, setOver] = useState(false);
  const job = useAppStore((s) => s.importJobs.find((j) => j.status !== 'queued'));
  const queued = useAppStore((s) => s.importJobs.filter((j) => j.status === 'queued').length);

  const { importFiles, cancelImport } = useImport();

  useEffect(() => {
    const target = ref.current?.parentElement;
    if (!target) return;
    let depth = 0; // dragenter/leave fire for every child crossed
    const enter = (e: DragEvent) => {
      if (!hasFiles(e)) return;
      e.preventDefault();
      depth++;
      setOver(true);
    };
    const overFn = (e: DragEvent) => {
      if (!hasFiles(e)) return;
      e.preventDefault();
      if (e.dataTransfer) e.dataTransfer.dropEffect = 'copy';
    };
    const leave = () => {
      depth = Math.max(0, depth - 1);
      if (depth === 0) setOver(false);
    };
    const drop = (e: DragEvent) => {
      if (!hasFiles(e)) return;
      e.preventDefault();
      depth = 0;
      setOver(false);
      const files = [...(e.dataTransfer?.files ?? [])];
      if (files.length) {
        importFiles(files);
        appStore.getState().setActivePanel('import');
      }
    };
    target.addEventListener('dragenter', enter);
    target.addEventListener('dragover', overFn);
    target.addEventListener('dragleave', leave);
    target.addEventListener('drop', drop);
    return () => {
      target.removeEventListener('dragenter', enter);
      target.removeEventListener('dragover', overFn);
      target.removeEventListener('dragleave', leave);
      target.removeEventListener('drop', drop);
    };
  }, [importFiles, appStore]);

  return (
    <div ref={ref} className="import-drop">
      {over && (
        <div className="import-drop-overlay" aria-hidden="true">
          <p>{t('import.dropHere')}</p>
        </div>
      )}
      {job && (
        <div className="import-progress" role="status" data-testid="import-progress">
          <span>{job.fileName}</span>
          <progress max={1} value={job.progress} aria-label={job.fileName} />
          <span className="small">
            {job.status === 'waiting'
              ? t('import.waiting')
              : t('import.running', { pct: Math.round(job.progress * 100) })}
            {queued > 0 && ` · +${queued} ${t('import.queued').toLowerCase()}`}
          </span>
          <button type="button" onClick={() => cancelImport(job.id)}>
            {t('import.cancel')}
          </button>
        </div>
      )}
      <CrsDialog />
    </div>
  );
}
