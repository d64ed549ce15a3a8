/** Remembers the last result for the last arguments (compared by reference): keeps derived data stable. */
export function memoizeLast<A extends readonly unknown[], R>(fn: (...args: A) => R): (...args: A) => R {
  let lastArgs: A | null = null;
  let lastResult: R;
  return (...args: A) => {
    if (lastArgs && args.length === lastArgs.length && args.every((a, i) => a === lastArgs![i]))
      return lastResult;
    lastResult = fn(...args);
    lastArgs = args;
    return lastResult;
  };
}

/**
 * Hands back the previous value while a new one has the same key: a setter that compares by
 * reference then sees no change (a recomputed but identical result costs no map update).
 */
export function keepWhileSame<T>(keyOf: (value: T) => string): (value: T) => T {
  let last: { value: T; key: string } | null = null;
  return (value: T) => {
    const key = keyOf(value);
    if (last?.key !== key) last = { value, key };
    return last.value;
  };
}
