/**
 * The URL codec of the criteria model (src/domain/criteria.ts), for the filters (no prefix: `status`,
 * `sector`, `year`…) and the fit finder (`fit.area`, `fit.sector`, `fit.rail`…) alike. Each field has
 * one parameter name and one zod schema. Parsing never throws: a value that is unknown or malformed
 * is dropped and reported as "name=value"; in a list only the bad value goes.
 */
import { z } from 'zod';
import type { Criteria, CriterionField } from './criteria';
import { TIMELINE_FIRST_YEAR, TIMELINE_LAST_YEAR } from './timeline';
import { SECTOR_IDS, STATUSES, ZONE_KINDS } from './vocab';
import { IdSchema } from './zone';

/** A plain decimal in [min, max]: no exponents, no signs, no spaces. */
export const decimalSchema = (min: number, max: number) =>
  z
    .string()
    .regex(/^\d{1,6}(\.\d{1,3})?$/)
    .transform(Number)
    .pipe(z.number().min(min).max(max));
const YearSchema = z
  .string()
  .regex(/^\d{4}$/)
  .transform(Number)
  .pipe(z.number().int().min(TIMELINE_FIRST_YEAR).max(TIMELINE_LAST_YEAR));

type Codec =
  | { readonly kind: 'list'; readonly param: string; readonly item: z.ZodType<string> }
  | { readonly kind: 'number'; readonly param: string; readonly schema: z.ZodType<number> }
  | { readonly kind: 'flag'; readonly param: string };

/** Each field's parameter name (after the tool's prefix) and how its values are read. */
const CODECS: { readonly [F in CriterionField]: Codec } = {
  statuses: { kind: 'list', param: 'status', item: z.enum(STATUSES) },
  sectors: { kind: 'list', param: 'sector', item: z.enum(SECTOR_IDS as [string, ...string[]]) },
  kinds: { kind: 'list', param: 'kind', item: z.enum(ZONE_KINDS) },
  districts: { kind: 'list', param: 'district', item: IdSchema },
  communes: { kind: 'list', param: 'commune', item: IdSchema },
  year: { kind: 'number', param: 'year', schema: YearSchema },
  minAreaHa: { kind: 'number', param: 'area', schema: decimalSchema(0, 100_000) },
  maxAirportKm: { kind: 'number', param: 'airport', schema: decimalSchema(0, 1000) },
  maxRailKm: { kind: 'number', param: 'rail', schema: decimalSchema(0, 1000) },
  freeLand: { kind: 'flag', param: 'land' },
};

/** Values that passed, and "name=value" for each one dropped. */
export function parseList<T extends string>(
  raw: string | null,
  name: string,
  item: z.ZodType<T>,
  ignored: string[],
): T[] {
  if (raw === null) return [];
  const out: T[] = [];
  for (const part of raw.split(',').filter(Boolean)) {
    const r = item.safeParse(part);
    if (r.success && !out.includes(r.data)) out.push(r.data);
    else if (!r.success) ignored.push(`${name}=${part.slice(0, 40)}`);
  }
  return out;
}

/** One value checked by its schema; null, with "name=value" reported, when it does not pass. */
export function parseOne<T>(
  params: URLSearchParams,
  name: string,
  schema: z.ZodType<T>,
  ignored: string[],
): T | null {
  const raw = params.get(name);
  if (raw === null) return null;
  const r = schema.safeParse(raw);
  if (r.success) return r.data;
  ignored.push(`${name}=${raw.slice(0, 40)}`);
  return null;
}

/** The parameter names of some fields, e.g. ['fit.area', 'fit.sector', …]. */
export const criteriaParamNames = (prefix: string, fields: readonly CriterionField[]): string[] =>
  fields.map((f) => prefix + CODECS[f].param);

/** Reads the fields from the URL's parameters; absent or refused values are the empty criterion. */
export function parseCriteria<K extends CriterionField>(
  params: URLSearchParams,
  prefix: string,
  fields: readonly K[],
  ignored: string[],
): Pick<Criteria, K> {
  const out: Partial<Record<CriterionField, unknown>> = {};
  for (const field of fields) {
    const codec = CODECS[field];
    const name = prefix + codec.param;
    if (codec.kind === 'list') out[field] = parseList(params.get(name), name, codec.item, ignored);
    else if (codec.kind === 'number') out[field] = parseOne(params, name, codec.schema, ignored);
    else out[field] = parseOne(params, name, z.literal('1'), ignored) === '1';
  }
  // Each list item and number passed its field's schema above.
  return out as Pick<Criteria, K>;
}

const round = (n: number, digits: number) => String(Number(n.toFixed(digits)));

/** The parameters of the fields that are set, in the order of `fields`; empty criteria give none. */
export function criteriaParams<K extends CriterionField>(
  prefix: string,
  fields: readonly K[],
  c: Pick<Criteria, K>,
): [string, string][] {
  const out: [string, string][] = [];
  for (const field of fields) {
    const codec = CODECS[field];
    const name = prefix + codec.param;
    const v = c[field] as unknown;
    if (codec.kind === 'list') {
      if ((v as readonly string[]).length) out.push([name, (v as readonly string[]).join(',')]);
    } else if (codec.kind === 'number') {
      if (v !== null) out.push([name, round(v as number, 3)]);
    } else if (v) out.push([name, '1']);
  }
  return out;
}
