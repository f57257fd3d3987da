// The client's address, for throttling and the audit log.
//
// The right-most X-Forwarded-For entry is the one written by the proxy closest to
// this server, so a client cannot choose it when a reverse proxy appends to (or
// replaces) the header. Without a proxy, `next start` fills the header with the
// socket address only when the client did not send one, so per-address limits can
// be dodged there; per-account limits still hold. See docs/security.md.

export function clientAddress(headers: Headers): string {
  const forwarded = headers.get("x-forwarded-for");
  const last = forwarded
    ?.split(",")
    .map((s) => s.trim())
    .filter(Boolean)
    .pop();
  const candidate = last ?? headers.get("x-real-ip")?.trim();
  if (!candidate) return "unknown";
  return candidate.length > 64 ? candidate.slice(0, 64) : candidate;
}
