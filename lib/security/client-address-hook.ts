import http from "node:http";
import { CLIENT_ADDRESS_HEADER, markClientAddressHookInstalled, resolveClientAddress } from "@/lib/auth/client-address";

// Next hands route handlers, server actions and proxy.ts the request's headers but
// never its socket, and fills X-Forwarded-For from the socket only when the client
// sent none; so a client without a proxy in front could name any address. This
// hook sees each request as Node's HTTP server emits it, while the socket is still
// at hand, and writes the resolved client address into CLIENT_ADDRESS_HEADER
// (overwriting any value a client sent under that name). Installed once from
// instrumentation.ts, before Next handles the first request.

const INSTALLED = Symbol.for("octopush-inbox.client-address-hook.installed");

export function installClientAddressHook(trustedProxies: number): void {
  const g = globalThis as Record<symbol, unknown>;
  if (g[INSTALLED]) return;
  g[INSTALLED] = true;
  const emit = http.Server.prototype.emit;
  http.Server.prototype.emit = function emitWithClientAddress(
    this: http.Server,
    event: string | symbol,
    ...args: unknown[]
  ): boolean {
    if (event === "request") {
      const request = args[0] as http.IncomingMessage;
      request.headers[CLIENT_ADDRESS_HEADER] = resolveClientAddress({
        socketAddress: request.socket?.remoteAddress,
        forwardedFor: request.headers["x-forwarded-for"],
        trustedProxies,
      });
    }
    return Reflect.apply(emit, this, [event, ...args]) as boolean;
  };
  markClientAddressHookInstalled();
}
