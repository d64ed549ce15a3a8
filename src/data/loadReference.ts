/**
 * Loads what the investor and planner tools need beyond the zones: the programme targets and the
 * reference layers distances are measured to (airport, wards, roads, railways). Validated with zod at
 * the boundary, like loadData; failures name the file.
 */
import { ReferenceCollectionSchema, type ReferenceFiles } from '../domain/dataFiles';
import { MarketFileSchema } from '../domain/market';
import { TargetsFileSchema } from '../domain/targets';
import { fetchValidated } from './loadData';

export type { ReferenceCollection, ReferenceFiles } from '../domain/dataFiles';

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
