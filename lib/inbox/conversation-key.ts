import { parseIdentifier, type ParseResult } from "./identifiers";

// A conversation URL's key: `/conversations/<key>`. Next hands the segment over
// still percent-encoded in some cases (`%2B33...`, `%40`), so decode once, safely.
export function parseConversationKey(segment: string, defaultCountry: string): ParseResult {
  let decoded = segment;
  try {
    decoded = decodeURIComponent(segment);
  } catch {
    // A damaged link (a lone "%"): the page answers "not a conversation link".
    return { ok: false, problem: { code: "unrecognised" } };
  }
  return parseIdentifier(decoded, { defaultCountry });
}
