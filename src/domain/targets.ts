/**
 * The contract of geodata/targets.json: what Hanoi's programmes say the city should reach, for a
 * "plan against actual" view. Targets are facts like a zone's: each value cites the source it was
 * read in, and when sources disagree every value is kept. Target facts keep the { value, source,
 * asOf, note } shape so the helpers in facts.ts (byNewest, sourcesDiffer) work on them unchanged.
 */
import { z } from 'zod';
import { SECTOR_IDS, STATUS_LADDER } from './vocab';
import type { Label, SectorId } from './vocab';
import { AsOfSchema, IdSchema, NoteSchema } from './zone';

const TextSchema = z.object({ vi: z.string().min(1), en: z.string().min(1) }).strict();

/**
 * The four groups the programme splits its indicators into, then two groups for targets that come
 * from other plans, so a planner never mistakes them for part of the programme's count.
 */
export const GROUP_IDS = [
  'economic',
  'culture-society',
  'urban',
  'environment',
  'industry',
  'industrial-land',
] as const;
export type GroupId = (typeof GROUP_IDS)[number];

export const UNITS = ['usd-per-person-per-year', 'percent', 'percent-per-year', 'count', 'ha'] as const;
export type Unit = (typeof UNITS)[number];

export const UNIT_LABELS: Record<Unit, Label> = {
  'usd-per-person-per-year': { vi: 'USD/người/năm', en: 'USD per person per year' },
  percent: { vi: '%', en: '%' },
  'percent-per-year': { vi: '%/năm', en: '% per year' },
  count: { vi: 'số lượng', en: 'number' },
  ha: { vi: 'ha', en: 'ha' },
};

/** Sources give bounds ("từ 60–62%", "trên 75%", "tối thiểu 80%"); a point value is min = max. */
export const RangeTargetSchema = z
  .object({
    min: z.number().optional(),
    max: z.number().optional(),
    /** "trên" (above) excludes the figure itself, unlike "tối thiểu" (at least). */
    exclusiveMin: z.number().optional(),
  })
  .strict()
  .superRefine((r, ctx) => {
    if (r.min === undefined && r.max === undefined && r.exclusiveMin === undefined)
      ctx.addIssue({ code: 'custom', path: [], message: 'a range needs min, max or exclusiveMin' });
    if (r.min !== undefined && r.exclusiveMin !== undefined)
      ctx.addIssue({ code: 'custom', path: ['exclusiveMin'], message: 'give min or exclusiveMin, not both' });
    const low = r.min ?? r.exclusiveMin;
    if (low !== undefined && r.max !== undefined && low > r.max)
      ctx.addIssue({ code: 'custom', path: ['max'], message: 'max is below the lower bound' });
  });
export const CountTargetSchema = z.object({ count: z.number().int().nonnegative() }).strict();
export const TargetValueSchema = z.union([CountTargetSchema, RangeTargetSchema]);
export type TargetValue = z.infer<typeof TargetValueSchema>;

/** Where a fact was read. The article is the source; the document it reports is kept apart, since we have not read it. */
const citation = {
  source: IdSchema.describe('id of an entry in geodata/sources/programme.json: what was read'),
  document: IdSchema.describe(
    'id of the programme document the source reports, when it names one',
  ).optional(),
  /** The issuing document's date when the source gives it, else the date of the report; null when neither is known. */
  asOf: AsOfSchema,
  note: NoteSchema.optional(),
};

export const CountFactSchema = z.object({ value: z.number().int().nonnegative(), ...citation }).strict();
export type CountFact = z.infer<typeof CountFactSchema>;

export const TargetFactSchema = z
  .object({
    value: TargetValueSchema,
    /** The source's own comparison word ("đạt trên", "tối thiểu"...), which the bounds alone lose. */
    comparator: TextSchema,
    /** The quantity as this source names it, when sources name it differently (income vs GRDP per head). */
    wording: TextSchema.optional(),
    ...citation,
  })
  .strict();
export type TargetFact = z.infer<typeof TargetFactSchema>;

/** A zone target is met when the zone reaches this status on the ladder. */
export const ZoneStatusFactSchema = z
  .object({ value: z.enum(STATUS_LADDER), wording: TextSchema, ...citation })
  .strict();
export type ZoneStatusFact = z.infer<typeof ZoneStatusFactSchema>;

const YearSchema = z.number().int().min(2000).max(2100);
const PeriodSchema = z
  .object({ from: YearSchema, to: YearSchema })
  .strict()
  .refine((p) => p.from <= p.to, { path: ['to'], message: 'a period ends after it starts' });

const timing = {
  targetYear: YearSchema.nullable(),
  /** 'context': the year comes from the plan's horizon or the surrounding sentence, not the target itself. */
  yearBasis: z.enum(['stated', 'context', 'none']),
  period: PeriodSchema.optional(),
};

type Timing = {
  targetYear: number | null;
  yearBasis: 'stated' | 'context' | 'none';
  period?: { to: number };
};
function checkTiming(t: Timing, ctx: z.RefinementCtx) {
  if ((t.targetYear === null) !== (t.yearBasis === 'none'))
    ctx.addIssue({
      code: 'custom',
      path: ['yearBasis'],
      message: "yearBasis is 'none' exactly when targetYear is null",
    });
  if (t.period && t.targetYear !== null && t.period.to !== t.targetYear)
    ctx.addIssue({ code: 'custom', path: ['period', 'to'], message: 'a period ends in the target year' });
}

export const IndicatorSchema = z
  .object({
    id: IdSchema,
    /** Shared by the same quantity's targets for different years, so a view can draw one series. */
    metric: IdSchema,
    group: z.enum(GROUP_IDS),
    label: TextSchema,
    unit: z.enum(UNITS),
    ...timing,
    facts: z.array(TargetFactSchema).min(1, 'a target needs at least one sourced value'),
    /** The map quantity that could answer it, or null when the map's data cannot (GRDP, urbanisation...). */
    measurableFromMap: z.string().min(1).nullable(),
    note: NoteSchema.optional(),
  })
  .strict()
  .superRefine((ind, ctx) => {
    checkTiming(ind, ctx);
    ind.facts.forEach((f, i) => {
      if ('count' in f.value && ind.unit !== 'count')
        ctx.addIssue({
          code: 'custom',
          path: ['facts', i, 'value'],
          message: `a count cannot be in ${ind.unit}`,
        });
    });
  });
export type Indicator = z.infer<typeof IndicatorSchema>;

export const ZoneTargetSchema = z
  .object({
    id: IdSchema,
    zone: IdSchema.describe('id of a zone in geodata/zones'),
    /** The name as the plan writes it, to check the zone id against. */
    zoneName: z.string().min(1),
    ...timing,
    facts: z.array(ZoneStatusFactSchema).min(1, 'a target needs at least one sourced value'),
    measurableFromMap: z.string().min(1).nullable(),
    note: NoteSchema.optional(),
  })
  .strict()
  .superRefine(checkTiming);
export type ZoneTarget = z.infer<typeof ZoneTargetSchema>;

export const GroupSchema = z
  .object({
    id: z.enum(GROUP_IDS),
    label: TextSchema,
    /** True for the groups the programme's indicator total is split into. */
    inProgrammeTotal: z.boolean(),
    /** How many indicators the group has; more than one fact means the sources disagree. */
    count: z.array(CountFactSchema),
    note: NoteSchema.optional(),
  })
  .strict()
  .superRefine((g, ctx) => {
    if (g.inProgrammeTotal && g.count.length === 0)
      ctx.addIssue({
        code: 'custom',
        path: ['count'],
        message: 'a group of the programme needs a sourced count',
      });
    if (!g.inProgrammeTotal && g.count.length > 0)
      ctx.addIssue({ code: 'custom', path: ['count'], message: 'only groups of the programme have a count' });
  });
export type Group = z.infer<typeof GroupSchema>;

/**
 * A sector the programme names, in its own words, cited. Several wordings may point at one sector of
 * our list; the groups say how the programme puts it (modern high-value industries, key products,
 * supporting industries, defence and security, craft villages).
 */
export const ProgrammeSectorSchema = z
  .object({
    sector: z.enum(SECTOR_IDS as [SectorId, ...SectorId[]]),
    wording: TextSchema,
    group: z.enum(['modern', 'key-products', 'supporting', 'defence', 'craft']),
    ...citation,
  })
  .strict();
export type ProgrammeSector = z.infer<typeof ProgrammeSectorSchema>;

/** A plan's list of named items (the city's 24 parks): zones refer to its entries as "<list>/<entry>". */
export const PlanListSchema = z
  .object({
    id: IdSchema,
    title: TextSchema,
    source: IdSchema,
    asOf: AsOfSchema,
    note: NoteSchema.optional(),
    entries: z
      .array(
        z
          .object({
            id: IdSchema,
            name: z.string().min(1),
            district: z.string().min(1),
            areaHa: z.number().positive().nullable(),
            planningOnly: z.boolean(),
            /** Phases and expansions of one park share this id, so the park counts once. */
            park: IdSchema,
          })
          .strict(),
      )
      .min(1),
  })
  .strict();
export type PlanList = z.infer<typeof PlanListSchema>;

export const TargetsFileSchema = z
  .object({
    programme: z
      .object({
        title: TextSchema,
        /** The chain of documents the programme consists of, national resolution first. */
        documents: z.array(IdSchema).min(1),
        /** How many indicators the programme has in all, per source. */
        indicatorTotal: z.array(CountFactSchema).min(1),
        note: NoteSchema.optional(),
      })
      .strict(),
    groups: z.array(GroupSchema).min(1),
    indicators: z.array(IndicatorSchema),
    zoneTargets: z.array(ZoneTargetSchema),
    programmeSectors: z.array(ProgrammeSectorSchema).min(1),
    lists: z.array(PlanListSchema),
  })
  .strict()
  .superRefine((file, ctx) => {
    const seenGroups = new Set<string>();
    file.groups.forEach((g, i) => {
      if (seenGroups.has(g.id))
        ctx.addIssue({ code: 'custom', path: ['groups', i, 'id'], message: `duplicate group ${g.id}` });
      seenGroups.add(g.id);
    });
    // One id space, so a view can link to any target by id alone.
    const seen = new Set<string>();
    const checkId = (id: string, path: (string | number)[]) => {
      if (seen.has(id)) ctx.addIssue({ code: 'custom', path, message: `duplicate target id ${id}` });
      seen.add(id);
    };
    file.indicators.forEach((ind, i) => {
      checkId(ind.id, ['indicators', i, 'id']);
      if (!seenGroups.has(ind.group))
        ctx.addIssue({
          code: 'custom',
          path: ['indicators', i, 'group'],
          message: `group ${ind.group} is not listed`,
        });
    });
    file.zoneTargets.forEach((t, i) => checkId(t.id, ['zoneTargets', i, 'id']));
  });
export type TargetsFile = z.infer<typeof TargetsFileSchema>;

export type Citation = { path: (string | number)[]; id: string };

/** The sectors the programme names (any wording). */
export const programmeSectorIds = (file: Pick<TargetsFile, 'programmeSectors'>): Set<SectorId> =>
  new Set(file.programmeSectors.map((s) => s.sector));

/** Every bibliography id the file cites, with where it is cited. */
export function citedSources(file: TargetsFile): Citation[] {
  const out: Citation[] = [];
  const cite = (f: { source: string; document?: string | undefined }, path: (string | number)[]) => {
    out.push({ path: [...path, 'source'], id: f.source });
    if (f.document) out.push({ path: [...path, 'document'], id: f.document });
  };
  file.programme.documents.forEach((id, i) => out.push({ path: ['programme', 'documents', i], id }));
  file.programme.indicatorTotal.forEach((f, i) => cite(f, ['programme', 'indicatorTotal', i]));
  file.groups.forEach((g, gi) => g.count.forEach((f, i) => cite(f, ['groups', gi, 'count', i])));
  file.indicators.forEach((ind, ii) => ind.facts.forEach((f, i) => cite(f, ['indicators', ii, 'facts', i])));
  file.zoneTargets.forEach((t, ti) => t.facts.forEach((f, i) => cite(f, ['zoneTargets', ti, 'facts', i])));
  file.programmeSectors.forEach((s, i) => cite(s, ['programmeSectors', i]));
  file.lists.forEach((l, i) => out.push({ path: ['lists', i, 'source'], id: l.source }));
  return out;
}

/**
 * The file schema plus a check that every cited id is in the bibliography. Kept apart from
 * TargetsFileSchema because the bibliography is another file, loaded separately.
 */
export function targetsFileSchemaWithSources(knownSourceIds: ReadonlySet<string>) {
  return TargetsFileSchema.superRefine((file, ctx) => {
    for (const c of citedSources(file))
      if (!knownSourceIds.has(c.id))
        ctx.addIssue({ code: 'custom', path: c.path, message: `unknown source ${c.id}` });
  });
}
