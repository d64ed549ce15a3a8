/**
 * The OpenStreetMap extract of Hanoi's industrial sites (geodata/osm/) and its register: every site of
 * the list ends in exactly one state: matched to a zone the sources know, added as a zone of its own,
 * or excluded with a reason. No site serves two zones.
 */
import type { Feature, FeatureCollection, MultiPolygon, Point, Polygon } from 'geojson';
import { z } from 'zod';
import { NoteSchema, OsmIdSchema } from './zone';

export const OsmSitePropsSchema = z.object({
  /** The primary OSM object, "way/123". */
  osm: OsmIdSchema,
  /** Every OSM object the site is made of (a site mapped as two ways has two). */
  osmIds: z.array(OsmIdSchema).min(1),
  name: z.string().min(1),
  nameEn: z.string().min(1).optional(),
  category: z.enum(['industrial_park', 'industrial_cluster', 'hi_tech_park', 'export_processing_zone']),
  osmStatus: z.string(),
  /** The list's area in ha (planar, EPSG:3405), the value our own computation is checked against. */
  listAreaHa: z.number().positive().nullable(),
  /** The bibliography id of the snapshot the geometry comes from. */
  source: z.string().min(1),
  listNote: z.string().optional(),
});
export type OsmSiteProps = z.infer<typeof OsmSitePropsSchema>;
export type OsmSite = Feature<Polygon | MultiPolygon | Point, OsmSiteProps>;
export type OsmSites = FeatureCollection<Polygon | MultiPolygon | Point, OsmSiteProps>;

export const OsmExclusionSchema = z
  .object({ osm: OsmIdSchema, name: z.string().min(1), reason: NoteSchema })
  .strict();
export const OsmExclusionsSchema = z.array(OsmExclusionSchema);
export type OsmExclusion = z.infer<typeof OsmExclusionSchema>;

/** The page of an OSM object. */
export const osmUrl = (id: string): string => `https://www.openstreetmap.org/${id}`;

export type OsmState = {
  osm: string;
  name: string;
  state: 'matched' | 'added' | 'excluded';
  /** The zone that uses it (matched or added). */
  zone?: string;
};

/** What a zone says about the OSM object it uses. */
export type OsmUse = { zone: string; osm: string; match: 'matched' | 'added' };

/**
 * The state of every listed site, and what is wrong: a site used twice, used and excluded, in no
 * state at all, or a zone pointing at an object the extract does not hold.
 */
export function osmRegister(
  listed: readonly { osm: string; name: string }[],
  uses: readonly OsmUse[],
  excluded: readonly OsmExclusion[],
): { states: OsmState[]; problems: string[] } {
  const problems: string[] = [];
  const byOsm = new Map<string, OsmUse[]>();
  for (const u of uses) byOsm.set(u.osm, [...(byOsm.get(u.osm) ?? []), u]);
  const excludedIds = new Set(excluded.map((e) => e.osm));
  const listedIds = new Set(listed.map((l) => l.osm));
  const states: OsmState[] = [];
  for (const site of listed) {
    const users = byOsm.get(site.osm) ?? [];
    if (users.length > 1)
      problems.push(
        `${site.osm} (${site.name}) serves ${users.length} zones: ${users.map((u) => u.zone).join(', ')}`,
      );
    if (users.length > 0 && excludedIds.has(site.osm))
      problems.push(`${site.osm} (${site.name}) is both used by ${users[0]!.zone} and excluded`);
    if (users.length === 0 && !excludedIds.has(site.osm))
      problems.push(`${site.osm} (${site.name}) is in no state: match it, add it as a zone, or exclude it`);
    const user = users[0];
    if (user) states.push({ osm: site.osm, name: site.name, state: user.match, zone: user.zone });
    else if (excludedIds.has(site.osm)) states.push({ osm: site.osm, name: site.name, state: 'excluded' });
  }
  for (const u of uses)
    if (!listedIds.has(u.osm)) problems.push(`${u.zone}: OSM object ${u.osm} is not in the extract`);
  for (const e of excluded)
    if (!listedIds.has(e.osm)) problems.push(`excluded ${e.osm} is not a listed site`);
  return { states, problems };
}
