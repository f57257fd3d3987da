// Auth.js's own endpoints build their redirects from the request's URL. In a
// route handler that URL comes from Next's NextURL, which writes a 127.0.0.1 (or
// [::1]) host as "localhost": a person who opened http://127.0.0.1:3000 would be
// sent to http://localhost:3000 after signing in, where their cookies are not.
// So, when AUTH_URL does not fix the address, the handlers get the request as the
// person addressed it: the same URL with the host they used (X-Forwarded-Host,
// which Next fills from Host, as Auth.js itself reads for server actions).

/** Pure: `requestUrl` with its host replaced by `host`, when `host` is a plain host[:port]. */
export function addressedUrl(requestUrl: string, host: string | null): string {
  const url = new URL(requestUrl);
  if (!host || !/^[a-z0-9.\-[\]:]+$/i.test(host)) return url.href;
  try {
    const addressed = new URL(`${url.protocol}//${host}`);
    if (addressed.pathname !== "/" || addressed.username || addressed.password) return url.href;
    url.host = addressed.host;
  } catch {
    // Not a host: keep Next's URL.
  }
  return url.href;
}

/** The request with the host the person used; unchanged when AUTH_URL is set (Auth.js then uses AUTH_URL's). */
export function asAddressed<R extends Request>(request: R, authUrlSet: boolean): R {
  if (authUrlSet) return request;
  const host = request.headers.get("x-forwarded-host") ?? request.headers.get("host");
  const url = addressedUrl(request.url, host);
  if (url === request.url) return request;
  // A plain Request, not a NextRequest: a NextRequest would write the host back as localhost.
  const init: RequestInit & { duplex?: "half" } = {
    method: request.method,
    headers: request.headers,
    body: request.body,
    duplex: "half",
    signal: request.signal,
  };
  return new Request(url, init) as R;
}
