/** The bibliography (every fact cites one entry) and the registry of licensed map layers. */
import { z } from 'zod';
import { AsOfSchema, IdSchema } from './zone';

export const SourceSchema = z
  .object({
    id: IdSchema,
    title: z.string().min(1),
    publisher: z.string().min(1),
    url: z.url().optional(),
    date: AsOfSchema,
    licence: z.string().min(1).optional(),
    note: z.string().min(1).optional(),
  })
  .strict();
export type Source = z.infer<typeof SourceSchema>;
export const SourcesFileSchema = z.array(SourceSchema);

export const LayerInfoSchema = z
  .object({
    id: IdSchema,
    /** 'base': drawn as part of the base map; 'data': a source of the zones or context layers, credited only. */
    role: z.enum(['base', 'data']).default('base'),
    title: z.object({ vi: z.string(), en: z.string() }),
    file: z.string().min(1),
    licence: z.string().min(1),
    attribution: z.string().min(1),
    url: z.url().optional(),
    asOf: AsOfSchema,
    note: z.string().optional(),
  })
  .strict();
export type LayerInfo = z.infer<typeof LayerInfoSchema>;
export const LayersFileSchema = z.array(LayerInfoSchema);
