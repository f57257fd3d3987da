import { fileURLToPath } from "node:url";
import createNextIntlPlugin from "next-intl/plugin";

// Fixed security headers for every response, including the static files proxy.ts
// does not see. Keep in step with STATIC_SECURITY_HEADERS in lib/security/headers.ts
// (a unit test compares them); the CSP and HSTS are set per request in proxy.ts.
export const STATIC_HEADERS = [
  { key: "X-Frame-Options", value: "DENY" },
  { key: "X-Content-Type-Options", value: "nosniff" },
  { key: "Referrer-Policy", value: "same-origin" },
  {
    key: "Permissions-Policy",
    value:
      "accelerometer=(), autoplay=(), bluetooth=(), camera=(), display-capture=(), geolocation=(), gyroscope=(), hid=(), magnetometer=(), microphone=(), midi=(), payment=(), publickey-credentials-get=(), serial=(), usb=(), xr-spatial-tracking=()",
  },
  { key: "Cross-Origin-Opener-Policy", value: "same-origin" },
];

// What proxy.ts also sets on every API answer, here for the data routes its matcher
// skips. Keep in step with API_CSP and HSTS in lib/security/headers.ts (a unit test
// compares them). HSTS only when the request came over HTTPS, as isHttps() decides.
export const API_HEADERS = [
  {
    key: "Content-Security-Policy",
    value: "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'",
  },
];
export const HTTPS_FORWARDED = {
  type: "header",
  key: "x-forwarded-proto",
  value: "\\s*[hH][tT][tT][pP][sS]\\s*(,.*)?",
};
export const HSTS_HEADER = { key: "Strict-Transport-Security", value: "max-age=63072000; includeSubDomains" };

/** @type {import('next').NextConfig} */
const nextConfig = {
  // .next/standalone/server.js with only the files it needs: what the image runs and the e2e tests
  // start (scripts/prepare-standalone.mjs copies the static files and public/ beside it).
  output: "standalone",
  // Traced paths are relative to this folder, so server.js lands at .next/standalone/server.js
  // whatever lockfiles sit in the folders above.
  outputFileTracingRoot: fileURLToPath(new URL(".", import.meta.url)),
  poweredByHeader: false,
  // Maps of the browser's chunks, for `npm run check:budget` to say which package each
  // byte comes from. scripts/prepare-standalone.mjs leaves them out of what is served.
  productionBrowserSourceMaps: true,
  reactStrictMode: true,
  // forbidden() and app/forbidden.tsx: a 403 page for agents on /admin/* (docs/decisions/store-and-accounts.md).
  experimental: { authInterrupts: true },
  // PGlite ships its own wasm and data files, pg optional native bindings: loaded from
  // node_modules at run time, never bundled.
  serverExternalPackages: ["@electric-sql/pglite", "pg"],
  // The migrations the server applies at start-up (lib/db/open.ts) go with a standalone build.
  outputFileTracingIncludes: { "/*": ["./drizzle/**/*"] },
  async headers() {
    return [
      { source: "/:path*", headers: STATIC_HEADERS },
      { source: "/api/:path*", headers: API_HEADERS },
      { source: "/api/:path*", has: [HTTPS_FORWARDED], headers: [HSTS_HEADER] },
      // Static files run nothing themselves; this stops them being framed or loading anything.
      {
        source: "/_next/static/:path*",
        headers: [{ key: "Content-Security-Policy", value: "default-src 'none'; frame-ancestors 'none'" }],
      },
    ];
  },
};

// next-intl without i18n routing: the language comes from the agent's choice or the
// browser (lib/i18n/request.ts), never from the URL.
const withNextIntl = createNextIntlPlugin({
  requestConfig: "./lib/i18n/request.ts",
  experimental: {
    // The catalogs are compiled at build time, so the browser gets no ICU parser.
    messages: { path: "./lib/i18n/messages", format: "json", locales: "infer", precompile: true },
  },
});

export default withNextIntl(nextConfig);
