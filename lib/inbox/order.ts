// Octopush does not document its sort order (shared/octopush/NOTES.md, outside this repo). We assume
// page 1 holds the newest messages, newest first; OCTOPUSH_LIST_ORDER says otherwise
// (lib/config/env.ts). Everything that depends on the order takes it from there.
export const LIST_ORDERS = ["newest-first", "oldest-first"] as const;
export type ListOrder = (typeof LIST_ORDERS)[number];
export const DEFAULT_LIST_ORDER: ListOrder = "newest-first";

/** Messages of one page, newest first, whatever order Octopush answered in. */
export function newestFirst<T>(messages: readonly T[], upstream: ListOrder): T[] {
  return upstream === "newest-first" ? [...messages] : [...messages].reverse();
}

/** What the dates of one page show; "undated" when fewer than two distinct dates can be read. */
export type ObservedOrder = ListOrder | "mixed" | "undated";

function epochMs(value: string | number | Date | null | undefined): number | null {
  if (value === null || value === undefined || value === "") return null;
  const ms = value instanceof Date ? value.getTime() : typeof value === "number" ? value : Date.parse(value);
  return Number.isFinite(ms) ? ms : null;
}

/**
 * The order a page's dates run in, read in the order the page was received.
 * Undated or unreadable entries are skipped (Octopush's messages may carry no date)
 * and equal neighbours say nothing, so only strict steps between dated neighbours count.
 */
export function observedOrder(times: ReadonlyArray<string | number | Date | null | undefined>): ObservedOrder {
  let older = 0;
  let newer = 0;
  let previous: number | null = null;
  for (const raw of times) {
    const ms = epochMs(raw);
    if (ms === null) continue;
    if (previous !== null && ms < previous) older += 1;
    else if (previous !== null && ms > previous) newer += 1;
    previous = ms;
  }
  if (older === 0 && newer === 0) return "undated";
  if (newer === 0) return "newest-first";
  if (older === 0) return "oldest-first";
  return "mixed";
}

/**
 * True when a page's dates consistently run against the configured order: the sign
 * that OCTOPUSH_LIST_ORDER is wrong. A mixed or undated page proves nothing, so false.
 */
export function runsOtherWay(
  times: ReadonlyArray<string | number | Date | null | undefined>,
  configured: ListOrder,
): boolean {
  const seen = observedOrder(times);
  return (seen === "newest-first" || seen === "oldest-first") && seen !== configured;
}
