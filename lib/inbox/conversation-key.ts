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

/** The path of a conversation, with its key in canonical form. */
export function conversationPath(canonicalKey: string, messageId?: string): string {
  // `+` and `@` are legal in a path segment; keep the key readable in links.
  const key = encodeURIComponent(canonicalKey).replace(/%2B/g, "+").replace(/%40/g, "@");
  return `/conversations/${key}${messageId ? `?message=${encodeURIComponent(messageId)}` : ""}`;
}
