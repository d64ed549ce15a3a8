/** The bibliography (every fact cites one entry) and the registry of licensed map layers. */
import { z } from 'zod';
import { textLang } from './text';
import { AsOfSchema, IdSchema, NoteSchema } from './zone';

export const SourceSchema = z
  .object({
    id: IdSchema,
    /** The title as published, in its own language (`lang`; read from the letters when absent). */
    title: z.string().min(1),
    /** A language tag (vi, en, ja, zh…) where the letters alone would mislead. */
    lang: z
      .string()
      .regex(/^[a-z]{2,3}$/)
      .optional(),
    publisher: z.string().min(1),
    url: z.url().optional(),
    date: AsOfSchema,
    licence: z.string().min(1).optional(),
    note: NoteSchema.optional(),
  })
  .strict();
export type Source = z.infer<typeof SourceSchema>;

/** The language a source's title is written in, so the page can mark it (`lang`) for screen readers. */
export const sourceLang = (s: Pick<Source, 'title' | 'lang'>): string => s.lang ?? textLang(s.title);
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
    note: NoteSchema.optional(),
  })
  .strict();
export type LayerInfo = z.infer<typeof LayerInfoSchema>;
export const LayersFileSchema = z.array(LayerInfoSchema);
