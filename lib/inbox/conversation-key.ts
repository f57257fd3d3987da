import { parseIdentifier, type ParseResult } from "./identifiers";

// A conversation URL's key: `/conversations/<key>`. Next hands the segment over
// still percent-encoded in some cases (`%2B33...`, `%40`), so decode once, safely.
export function parseConversationKey(segment: string, defaultCountry: string): ParseResult {
  let decoded = segment;
  try {
    decoded = decodeURIComponent(segment);
  } catch {
    return { ok: false, message: "This link is damaged: its conversation key cannot be read." };
  }
  return parseIdentifier(decoded, { defaultCountry });
}
