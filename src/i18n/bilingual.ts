/** Pairs the two languages; the type makes English list exactly the Vietnamese keys. */
export function bilingual<const V extends Record<string, string>>(vi: V, en: Record<keyof V, string>) {
  return { vi, en };
}
