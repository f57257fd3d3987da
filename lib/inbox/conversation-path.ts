// Kept apart from the key parser so client components that only build links
// do not ship libphonenumber.

/** The path of a conversation, with its key in canonical form. */
export function conversationPath(canonicalKey: string, messageId?: string): string {
  // `+` and `@` are legal in a path segment; keep the key readable in links.
  const key = encodeURIComponent(canonicalKey).replace(/%2B/g, "+").replace(/%40/g, "@");
  return `/conversations/${key}${messageId ? `?message=${encodeURIComponent(messageId)}` : ""}`;
}

/** The key in `/conversations/<key>`, decoded, or null on other pages (or a malformed escape). */
export function conversationKeyOfPath(pathname: string | null): string | null {
  const match = /^\/conversations\/([^/]+)/.exec(pathname ?? "");
  if (!match?.[1]) return null;
  try {
    return decodeURIComponent(match[1]);
  } catch {
    return null;
  }
}
