// How many API calls are being answered at once, and the most there have been:
// the check that a cap on concurrent calls holds (e2e/shared-state.spec.ts).
// Counted overall and for each watched `match` (a substring of the query string,
// raw or decoded, as for faults), so parallel tests watch their own calls only.

export interface InFlightCount {
  inFlight: number;
  max: number;
}

export interface InFlightTracker {
  /** A call starts; the returned function ends it (safe to call twice). */
  enter(haystacks: readonly string[]): () => void;
  /** Starts (or restarts from zero) counting the calls that match. */
  watch(match: string): InFlightCount;
  unwatch(match: string): void;
  /** Overall without `match`; null for a match nobody watches. */
  read(match: string | null): InFlightCount | null;
  /** Sets the overall high-water mark back to the calls in flight now. */
  resetOverall(): void;
}

const MAX_WATCHES = 100;

export function createInFlightTracker(): InFlightTracker {
  const overall: InFlightCount = { inFlight: 0, max: 0 };
  const watches = new Map<string, InFlightCount>();
  const up = (count: InFlightCount) => {
    count.inFlight += 1;
    count.max = Math.max(count.max, count.inFlight);
  };
  return {
    enter(haystacks) {
      const counts = [overall];
      for (const [match, count] of watches) if (haystacks.some((h) => h.includes(match))) counts.push(count);
      for (const count of counts) up(count);
      let ended = false;
      return () => {
        if (ended) return;
        ended = true;
        for (const count of counts) count.inFlight -= 1;
      };
    },
    watch(match) {
      const count = { inFlight: 0, max: 0 };
      watches.delete(match);
      watches.set(match, count);
      if (watches.size > MAX_WATCHES) watches.delete(watches.keys().next().value as string);
      return { ...count };
    },
    unwatch: (match) => void watches.delete(match),
    read(match) {
      const count = match === null ? overall : watches.get(match);
      return count ? { ...count } : null;
    },
    resetOverall() {
      overall.max = overall.inFlight;
    },
  };
}
