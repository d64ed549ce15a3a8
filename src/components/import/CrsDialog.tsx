/**
 * Asks which coordinate system a layer is in, when its file does not say (no .prj) or says it in a
 * way that cannot be used (a projection proj4 does not know, a datum without its shift). Offers
 * VN-2000 3° zones by province or typed meridian, the 6° zones and UTM, or a definition to edit
 * (pre-filled with the .prj), and previews where a sample of the layer would land before accepting.
 */
import { useEffect, useId, useMemo, useState } from 'react';
import type { PreviewResult } from '../../domain/import/actions';
import { type CrsChoice, tm3Id } from '../../domain/import/crs';
import {
  formatMeridian,
  parseMeridian,
  PROVINCE_MERIDIANS,
  provincesOnMeridian,
} from '../../domain/import/vn2000';
import { type CrsQuestion } from '../../store/importSlice';
import { useAppStore } from '../../store';
import { useT } from '../useT';
import { useImport } from './ImportContext';
import { CrsPreviewMap } from './CrsPreviewMap';
import { crsName } from './issueText';
import './import.css';

export function CrsDialog() {
  const question = useAppStore((s) => s.crsQuestion);
  // Keyed by job and layer: a new question starts with a fresh default choice.
  return question ? <Question key={`${question.jobId}:${question.layerName}`} question={question} /> : null;
}

const HANOI = PROVINCE_MERIDIANS.findIndex((p) => p.name === 'Hà Nội');
const SIX_DEGREE = ['vn2000-utm48', 'vn2000-utm49', 'wgs84-utm48', 'wgs84-utm49'] as const;
type Mode = 'tm3' | 'six' | 'other';

/** The .prj's central meridian, when it is one of Viet Nam's. */
function prjMeridian(prj: string | undefined): number | null {
  const m = /PARAMETER\[\s*"central_meridian"\s*,\s*(-?[\d.]+)/i.exec(prj ?? '');
  const v = m ? Number(m[1]) : NaN;
  return v >= 100 && v <= 118 ? v : null;
}

function Question({ question }: { question: CrsQuestion }) {
  const T = useT();
  const { t, num } = T;
  const { answerCrs, previewCrs } = useImport();
  const ids = useId();
  const [mode, setMode] = useState<Mode>('tm3');
  const [meridianText, setMeridianText] = useState(formatMeridian(prjMeridian(question.prj) ?? 105));
  const [six, setSix] = useState<(typeof SIX_DEGREE)[number]>('vn2000-utm48');
  const [def, setDef] = useState(question.prj ?? '');
  const [noShift, setNoShift] = useState(false);
  const meridian = parseMeridian(meridianText);
  // The province last chosen stays shown while its meridian is the one typed; otherwise the first
  // province on the typed meridian, or none.
  const [chosen, setChosen] = useState(HANOI);
  const province =
    PROVINCE_MERIDIANS[chosen]?.meridian === meridian
      ? chosen
      : PROVINCE_MERIDIANS.findIndex((p) => p.meridian === meridian);

  const choice = useMemo<CrsChoice | null>(() => {
    if (mode === 'tm3') return Number.isNaN(meridian) ? null : { id: tm3Id(meridian) };
    if (mode === 'six') return { id: six };
    return def.trim() ? { def: def.trim(), from: 'custom', ...(noShift && { noShift: true }) } : null;
  }, [mode, meridian, six, def, noShift]);

  const [preview, setPreview] = useState<{ for: CrsChoice; result: PreviewResult } | null>(null);
  useEffect(() => {
    if (!choice) return;
    let live = true;
    const timer = setTimeout(() => {
      previewCrs(question.sample, choice)
        .then((result) => live && setPreview({ for: choice, result }))
        .catch(() => live && setPreview({ for: choice, result: { ok: false, problem: 'failed' } }));
    }, 200);
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [choice, question.sample, previewCrs]);
  const current = preview && preview.for === choice ? preview.result : null;

  const reason =
    question.reason === 'noPrj'
      ? t('import.crsIntro')
      : t(`import.crsReason.${question.reason}`, { detail: question.detail ?? '' });

  return (
    <div className="import-dialog-backdrop">
      <div
        role="dialog"
        aria-modal="true"
        aria-labelledby={`${ids}-title`}
        className="import-dialog import-crs-dialog"
        data-testid="crs-dialog"
        data-reason={question.reason}
        onKeyDown={(e) => e.key === 'Escape' && answerCrs(null)}
      >
        <h2 id={`${ids}-title`}>{t('import.crsTitle', { file: question.fileName })}</h2>
        {question.layerName !== question.fileName.replace(/\.[^.]+$/, '') && (
          <p className="muted small">{t('import.crsLayer', { layer: question.layerName })}</p>
        )}
        <p>{reason}</p>
        <div className="import-crs-body">
          <div className="import-crs-choices">
            <fieldset>
              <legend>
                <label>
                  <input
                    type="radio"
                    name={`${ids}-mode`}
                    checked={mode === 'tm3'}
                    onChange={() => setMode('tm3')}
                    autoFocus
                  />{' '}
                  {t('import.crsTm3')}
                </label>
              </legend>
              <label className="import-crs-row">
                {t('import.crsProvince')}
                <select
                  value={province}
                  disabled={mode !== 'tm3'}
                  data-testid="crs-province"
                  onChange={(e) => {
                    const p = PROVINCE_MERIDIANS[Number(e.target.value)];
                    if (!p) return;
                    setChosen(Number(e.target.value));
                    setMeridianText(formatMeridian(p.meridian));
                  }}
                >
                  {province < 0 && <option value={-1}>—</option>}
                  {PROVINCE_MERIDIANS.map((p, i) => (
                    <option key={p.name} value={i}>
                      {p.name} ({formatMeridian(p.meridian)})
                    </option>
                  ))}
                </select>
              </label>
              <label className="import-crs-row">
                {t('import.crsMeridian')}
                <input
                  value={meridianText}
                  disabled={mode !== 'tm3'}
                  data-testid="crs-meridian"
                  aria-describedby={`${ids}-meridian-hint`}
                  aria-invalid={mode === 'tm3' && Number.isNaN(meridian)}
                  onChange={(e) => setMeridianText(e.target.value)}
                />
              </label>
              <p id={`${ids}-meridian-hint`} className="muted small">
                {mode === 'tm3' && Number.isNaN(meridian)
                  ? t('import.crsMeridianInvalid')
                  : provincesOnMeridian(meridian).length
                    ? t('import.crsProvincesOn', { list: provincesOnMeridian(meridian).join(', ') })
                    : t('import.crsMeridianHint')}
              </p>
            </fieldset>
            <fieldset>
              <legend>
                <label>
                  <input
                    type="radio"
                    name={`${ids}-mode`}
                    checked={mode === 'six'}
                    onChange={() => setMode('six')}
                  />{' '}
                  {t('import.crsSixDegree')}
                </label>
              </legend>
              {SIX_DEGREE.map((id) => (
                <label key={id} className="import-crs-row import-crs-option">
                  <input
                    type="radio"
                    name={`${ids}-six`}
                    value={id}
                    disabled={mode !== 'six'}
                    checked={six === id}
                    onChange={() => setSix(id)}
                  />
                  <span>{crsName(T, id)}</span>
                </label>
              ))}
            </fieldset>
            <fieldset>
              <legend>
                <label>
                  <input
                    type="radio"
                    name={`${ids}-mode`}
                    checked={mode === 'other'}
                    onChange={() => setMode('other')}
                    data-testid="crs-other"
                  />{' '}
                  {t('import.crsOther')}
                </label>
              </legend>
              <label className="visually-hidden" htmlFor={`${ids}-def`}>
                {question.prj ? t('import.crsPrjText') : t('import.crsOther')}
              </label>
              <textarea
                id={`${ids}-def`}
                value={def}
                rows={3}
                spellCheck={false}
                disabled={mode !== 'other'}
                data-testid="crs-def"
                onChange={(e) => setDef(e.target.value)}
              />
              {question.reason === 'datumWithoutShift' && (
                <label className="import-crs-row import-crs-option small">
                  <input
                    type="checkbox"
                    checked={noShift}
                    disabled={mode !== 'other'}
                    onChange={(e) => setNoShift(e.target.checked)}
                  />
                  <span>{t('import.crsNoShift')}</span>
                </label>
              )}
            </fieldset>
          </div>
          <figure className="import-crs-preview" data-testid="crs-preview">
            <figcaption>{t('import.crsPreview')}</figcaption>
            <CrsPreviewMap
              result={current}
              meridian={mode === 'tm3' && !Number.isNaN(meridian) ? meridian : null}
            />
            <p
              className={current?.ok && current.outside > 0.25 ? 'import-outside' : 'muted small'}
              data-preview-outside={current?.ok ? current.outside : undefined}
              role="status"
            >
              {!choice
                ? ''
                : !current
                  ? t('import.crsPreviewLoading')
                  : !current.ok
                    ? t('import.crsPreviewFailed')
                    : current.outside > 0.25
                      ? t('import.crsPreviewOutside', { pct: num(Math.round(current.outside * 100)) })
                      : t('import.crsPreviewInside')}
            </p>
            <p className="muted small">{t('import.crsPreviewNote')}</p>
          </figure>
        </div>
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
