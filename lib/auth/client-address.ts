// The client's address, for throttling and the audit log.
//
// The chain of addresses a request went through is X-Forwarded-For's entries,
// left to right, then the socket's peer. Only the last INBOX_TRUSTED_PROXIES
// hops are our own proxies; the entry just before them is the client. With 0
// (the default: nothing in front of the app) the socket's peer is the client and
// X-Forwarded-For, which any client can write, is ignored.
//
// Route handlers and server actions never see the socket, so the server hook in
// lib/security/client-address-hook.ts works the address out as each request
// arrives and writes it into CLIENT_ADDRESS_HEADER, replacing whatever a client
// sent under that name. See docs/security.md.

export const CLIENT_ADDRESS_HEADER = "x-inbox-client-address";
const HOOK_FLAG = Symbol.for("octopush-inbox.client-address-hook");

export interface AddressSources {
  socketAddress: string | undefined;
  forwardedFor: string | string[] | undefined;
  trustedProxies: number;
}

function tidy(address: string | undefined): string | undefined {
  const value = address?.trim();
  if (!value) return undefined;
  // An IPv4 client on a dual-stack socket shows up as ::ffff:a.b.c.d; one client, one key.
  const plain = value.toLowerCase().startsWith("::ffff:") && value.includes(".") ? value.slice(7) : value;
  return plain.length > 64 ? plain.slice(0, 64) : plain;
}

/** Pure: who the client is, believing X-Forwarded-For only as far as `trustedProxies` hops. */
export function resolveClientAddress({ socketAddress, forwardedFor, trustedProxies }: AddressSources): string {
  const forwarded = (Array.isArray(forwardedFor) ? forwardedFor.join(",") : (forwardedFor ?? ""))
    .split(",")
    .map((entry) => entry.trim())
    .filter(Boolean);
  const chain = [...forwarded, socketAddress ?? ""];
  // Fewer entries than trusted hops: a proxy in front did not add one; the left-most is the best we have.
  const index = Math.max(0, chain.length - 1 - Math.max(0, trustedProxies));
  return tidy(chain[index]) ?? "unknown";
}

/** Marks this process as one whose requests carry CLIENT_ADDRESS_HEADER (set by the server hook). */
export function markClientAddressHookInstalled(): void {
  (globalThis as Record<symbol, unknown>)[HOOK_FLAG] = true;
}

function hookInstalled(): boolean {
  return (globalThis as Record<symbol, unknown>)[HOOK_FLAG] === true;
}

/** The caller's address, from a request's headers (proxy, route handler, server action). */
export function clientAddress(headers: Headers): string {
  const resolved = hookInstalled() ? headers.get(CLIENT_ADDRESS_HEADER) : null;
  if (resolved) return resolved;
  // Without the hook (unit tests, a custom server) only Next's own header is left: it holds the
  // socket's peer when the client sent none, and whatever the client wrote otherwise.
  const forwarded = headers.get("x-forwarded-for") ?? headers.get("x-real-ip") ?? "";
  return resolveClientAddress({
    socketAddress: forwarded.split(",").pop(),
    forwardedFor: undefined,
    trustedProxies: 0,
  });
}
