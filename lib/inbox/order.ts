// Octopush does not document its sort order (shared/octopush/NOTES.md, outside
// this repo). We assume
// page 1 holds the newest messages, newest first. Everything that depends on
// the order reads it from here, so a wrong assumption is a one-line change.
export const UPSTREAM_ORDER: "newest-first" | "oldest-first" = "newest-first";

/** Messages of one page, newest first, whatever the upstream order. */
export function newestFirst<T>(messages: readonly T[]): T[] {
  return UPSTREAM_ORDER === "newest-first" ? [...messages] : [...messages].reverse();
}
