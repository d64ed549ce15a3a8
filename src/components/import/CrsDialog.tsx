/** Asks which coordinate system a file's metre coordinates are in, when the file does not say. */
import { useState } from 'react';
import type { CrsId } from '../../domain/import/crs';
import { answerCrs } from '../../import/controller';
import { type CrsQuestion } from '../../store/importSlice';
import { useAppStore } from '../../store';
import { useT } from '../useT';
import { crsName } from './issueText';

export function CrsDialog() {
  const question = useAppStore((s) => s.crsQuestion);
  // Keyed by job: a new question starts with a fresh default choice.
  return question ? <Question key={question.jobId} question={question} /> : null;
}

function Question({ question }: { question: CrsQuestion }) {
  const T = useT();
  const { t } = T;
  const [choice, setChoice] = useState<CrsId | null>(question.candidates[0] ?? null);
  return (
    <div className="import-dialog-backdrop">
      <div
        role="dialog"
        aria-modal="true"
        aria-labelledby="crs-title"
        className="import-dialog"
        data-testid="crs-dialog"
        onKeyDown={(e) => e.key === 'Escape' && answerCrs(null)}
      >
        <h2 id="crs-title">{t('import.crsTitle', { file: question.fileName })}</h2>
        <p>{t('import.crsIntro')}</p>
        <fieldset>
          {question.candidates.map((c, i) => (
            <label key={c}>
              <input
                type="radio"
                name="crs"
                value={c}
                autoFocus={i === 0}
                checked={choice === c}
                onChange={() => setChoice(c)}
              />{' '}
              {crsName(T, c)}
            </label>
          ))}
        </fieldset>
        <div className="import-dialog-actions">
          <button type="button" onClick={() => answerCrs(null)}>
            {t('import.cancel')}
          </button>
          <button type="button" className="primary" disabled={!choice} onClick={() => answerCrs(choice)}>
            {t('import.crsOk')}
          </button>
        </div>
      </div>
    </div>
  );
}
