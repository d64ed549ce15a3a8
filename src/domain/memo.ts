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
