/**
 * What an investor asks first: rents, occupancy, free land, lease terms and fees (geodata/market.json).
 * Most figures are for the city or the northern region, a few for one zone. Each is one source's
 * figure for its own basket of parks and its own lease basis, so figures are never averaged together:
 * they are shown side by side, by source and date.
 */
import { z } from 'zod';
import { asOfEnd, asOfEndYear } from './freshness';
import { AsOfSchema, IdSchema, NoteSchema } from './zone';

export const MARKET_FACTS = [
  'market_rent',
  'factory_rent',
  'occupancy',
  'available_land',
  'term_end',
  'fee',
  'market_vacancy',
  'other',
] as const;
export type MarketFactKind = (typeof MARKET_FACTS)[number];

export const MarketFactSchema = z
  .object({
    id: IdSchema,
    /** Whose figure it is: one zone, the city, the northern region (a firm's basket), the country. */
    scope: z.enum(['zone', 'city', 'region', 'national']),
    zone: IdSchema.optional(),
    /** The place or basket as the compiler named it. */
    area: NoteSchema,
    fact: z.enum(MARKET_FACTS),
    /** The value as the source gives it: a figure, a range, a change, or words. */
    value: NoteSchema,
    /** USD figures read from the value, for charts only; the text is what is shown. */
    usd: z.object({ low: z.number(), high: z.number() }).strict().optional(),
    /** The unit and lease basis as the source gives them ("USD/m2 per lease term"...). */
    unit: NoteSchema,
    asOf: AsOfSchema,
    /** The period in the compiler's words, kept when the date is a range or unknown. */
    period: NoteSchema,
    /** The consultancy whose figure it is, when the source names one. */
    firm: z.string().min(1).nullable(),
    source: IdSchema,
    note: NoteSchema.optional(),
  })
  .strict()
  .superRefine((f, ctx) => {
    if ((f.scope === 'zone') !== (f.zone !== undefined))
      ctx.addIssue({
        code: 'custom',
        path: ['zone'],
        message: 'a zone fact names its zone, and only it does',
      });
  });
export type MarketFact = z.infer<typeof MarketFactSchema>;

export const MarketFileSchema = z.object({ facts: z.array(MarketFactSchema) }).strict();
export type MarketFile = z.infer<typeof MarketFileSchema>;

/** Newest first; undated last. */
const newestFirst = (a: MarketFact, b: MarketFact) =>
  (b.asOf ? asOfEnd(b.asOf) : '').localeCompare(a.asOf ? asOfEnd(a.asOf) : '');

/** The facts about one zone, newest first. */
export function zoneMarketFacts(file: MarketFile, zoneId: string): MarketFact[] {
  return file.facts.filter((f) => f.zone === zoneId).sort(newestFirst);
}

/** The city's own occupancy figures (not a consultancy's basket), newest first. */
export function cityOccupancy(file: MarketFile): MarketFact[] {
  return file.facts.filter((f) => f.scope === 'city' && f.fact === 'occupancy').sort(newestFirst);
}

/** One point of the rent chart: a source's figure for a year (a range has low < high). */
export type RentPoint = { year: number; low: number; high: number; fact: MarketFact };
/** One series of the rent chart: one firm (or one publisher when no firm is named). */
export type RentSeries = { key: string; points: RentPoint[] };

/**
 * Hanoi land rents (USD per m², per lease term or cycle as each source gives it) by source and year.
 * Undated figures cannot be placed on a year axis and are left to the table.
 */
export function rentSeries(file: MarketFile, scope: 'city' | 'region' = 'city'): RentSeries[] {
  const bySource = new Map<string, RentPoint[]>();
  for (const f of file.facts) {
    if (f.scope !== scope || f.fact !== 'market_rent' || !f.usd || !f.asOf) continue;
    const key = f.firm ?? f.source;
    const point = { year: asOfEndYear(f.asOf), low: f.usd.low, high: f.usd.high, fact: f };
    bySource.set(key, [...(bySource.get(key) ?? []), point]);
  }
  return [...bySource.entries()]
    .map(([key, points]) => ({ key, points: points.sort((a, b) => a.year - b.year) }))
    .sort((a, b) => b.points.length - a.points.length || a.key.localeCompare(b.key));
}
