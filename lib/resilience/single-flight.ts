// Identical calls in flight at the same time are made once: the later callers
// get the first caller's promise. In-process only: lib/shared-state/ extends it
// across instances.

export interface SingleFlight {
  run<T>(key: string, task: () => Promise<T>): Promise<T>;
  readonly size: number;
}

export function createSingleFlight(): SingleFlight {
  const inFlight = new Map<string, Promise<unknown>>();
  return {
    run<T>(key: string, task: () => Promise<T>): Promise<T> {
      const pending = inFlight.get(key);
      if (pending) return pending as Promise<T>;
      const call = task().finally(() => inFlight.delete(key));
      inFlight.set(key, call);
      return call;
    },
    get size() {
      return inFlight.size;
    },
  };
}
