import { request as httpRequest, type IncomingHttpHeaders } from "node:http";

// Plain HTTP from a chosen loopback source address. The app, with no trusted
// proxy, takes the socket's peer as the client, so a test that counts attempts
// per address sends from its own 127.x.y.z and never locks out the others
// (Linux routes all of 127.0.0.0/8 to the loopback interface).

export interface RawResponse {
  status: number;
  headers: IncomingHttpHeaders;
  body: string;
}

export interface RawInit {
  method?: "GET" | "POST";
  headers?: Record<string, string>;
  body?: string;
  localAddress?: string;
}

export function rawRequest(url: string, init: RawInit = {}): Promise<RawResponse> {
  return new Promise((resolve, reject) => {
    const req = httpRequest(
      url,
      {
        method: init.method ?? "GET",
        headers: { ...init.headers, ...(init.body ? { "content-length": Buffer.byteLength(init.body) } : {}) },
        localAddress: init.localAddress,
        agent: false,
      },
      (res) => {
        let body = "";
        res.setEncoding("utf8");
        res.on("data", (chunk: string) => (body += chunk));
        res.on("end", () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
        res.on("error", reject);
      },
    );
    req.on("error", reject);
    req.end(init.body);
  });
}

/** A source address of this test's own, away from 127.0.0.1 (the browser's). */
export function loopbackAddress(): string {
  const byte = () => Math.floor(Math.random() * 254) + 1;
  return `127.${byte()}.${byte()}.${byte()}`;
}

/**
 * "name=value" pairs from Set-Cookie headers, for a Cookie header. A name set twice
 * keeps its last value, as a browser would (proxy.ts and Auth.js's handler both set
 * the CSRF cookie on /api/auth/csrf; the handler's, last, matches the token it returns).
 */
export function cookiePairs(headers: IncomingHttpHeaders): string[] {
  const byName = new Map<string, string>();
  for (const line of headers["set-cookie"] ?? []) {
    const pair = line.split(";")[0] ?? "";
    const name = pair.split("=")[0];
    if (name) byName.set(name, pair);
  }
  return [...byName.values()];
}

export interface AuthJsSignIn {
  response: RawResponse;
  /** Set-Cookie lines of the answer, whole (flags included). */
  setCookies: string[];
}

/**
 * Signs in through Auth.js's own endpoint, as a script would: the CSRF token and
 * cookie first, then the credentials form. `csrf` lets many attempts share one token.
 */
export async function csrfFor(baseUrl: string, localAddress?: string): Promise<{ token: string; cookie: string }> {
  const res = await rawRequest(`${baseUrl}/api/auth/csrf`, { localAddress });
  const token = (JSON.parse(res.body) as { csrfToken: string }).csrfToken;
  return { token, cookie: cookiePairs(res.headers).join("; ") };
}

export async function signInWithAuthJs(
  baseUrl: string,
  credentials: { email: string; password: string },
  options: { localAddress?: string; headers?: Record<string, string>; csrf?: { token: string; cookie: string } } = {},
): Promise<AuthJsSignIn> {
  const csrf = options.csrf ?? (await csrfFor(baseUrl, options.localAddress));
  const body = new URLSearchParams({ csrfToken: csrf.token, ...credentials, callbackUrl: "/inbox" }).toString();
  const response = await rawRequest(`${baseUrl}/api/auth/callback/credentials`, {
    method: "POST",
    localAddress: options.localAddress,
    headers: { ...options.headers, cookie: csrf.cookie, "content-type": "application/x-www-form-urlencoded" },
    body,
  });
  return { response, setCookies: response.headers["set-cookie"] ?? [] };
}
