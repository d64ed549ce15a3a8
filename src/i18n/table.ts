/**
 * The one shape of a message table: per feature, `{ vi, en } satisfies Record<Lang, Table<typeof vi>>`.
 * The Vietnamese table is written `as const`, so its texts are literal types: the keys of every
 * other language must be exactly its keys, and the `{name}` placeholders of each text are known to
 * `translate`'s types. A text may also pick a word by a count, `{count|zone|zones}` (one | other, by
 * the language's plural rules), next to the count's own `{count}`.
 */

/** Another language's table for the Vietnamese table `V`: the same keys, each a text. */
export type Table<V> = { readonly [K in keyof V]: string };

/** The placeholder names in a text: `'{count} of {total}'` gives `'count' | 'total'`. */
export type ParamNames<S> = S extends `${string}{${infer P}}${infer Rest}`
  ? (P extends `${infer Name}|${string}` ? Name : P) | ParamNames<Rest>
  : never;

/** A value put into a placeholder: numbers are written as given; format them first where needed. */
export type ParamValue = string | number;
