/**
 * Loads what the investor and planner tools need beyond the zones: the programme targets and the
 * reference layers distances are measured to (airport, wards, roads, railways). Validated with zod at
 * the boundary, like loadData; failures name the file.
 */
import { z } from 'zod';
import { type MarketFile, MarketFileSchema } from '../domain/market';
import { type TargetsFile, TargetsFileSchema } from '../domain/targets';
import { fetchValidated } from './loadData';

const ReferenceCollectionSchema = z.object({
  type: z.literal('FeatureCollection'),
  features: z.array(
    z.object({
      type: z.literal('Feature'),
      properties: z.record(z.string(), z.unknown()).nullable(),
      geometry: z.object({ type: z.string(), coordinates: z.array(z.unknown()) }).nullable(),
    }),
  ),
});
export type ReferenceCollection = z.infer<typeof ReferenceCollectionSchema>;

export type ReferenceFiles = {
  targets: TargetsFile;
  market: MarketFile;
  aerodromes: ReferenceCollection;
  communes: ReferenceCollection;
  roads: ReferenceCollection;
  railways: ReferenceCollection;
};

export async function loadReference(signal?: AbortSignal): Promise<ReferenceFiles> {
  const [targets, market, aerodromes, communes, roads, railways] = await Promise.all([
    fetchValidated('targets.json', TargetsFileSchema, signal),
    fetchValidated('market.json', MarketFileSchema, signal),
    fetchValidated('aerodromes.geojson', ReferenceCollectionSchema, signal),
    fetchValidated('communes-2025.geojson', ReferenceCollectionSchema, signal),
    fetchValidated('roads.geojson', ReferenceCollectionSchema, signal),
    fetchValidated('railways.geojson', ReferenceCollectionSchema, signal),
  ]);
  return { targets, market, aerodromes, communes, roads, railways };
}
