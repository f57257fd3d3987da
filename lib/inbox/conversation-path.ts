// Kept apart from the key parser so client components that only build links
// do not ship libphonenumber.

/** The path of a conversation, with its key in canonical form. */
export function conversationPath(canonicalKey: string, messageId?: string): string {
  // `+` and `@` are legal in a path segment; keep the key readable in links.
  const key = encodeURIComponent(canonicalKey).replace(/%2B/g, "+").replace(/%40/g, "@");
  return `/conversations/${key}${messageId ? `?message=${encodeURIComponent(messageId)}` : ""}`;
}
