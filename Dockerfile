# syntax=docker/dockerfile:1
# Octopush Inbox: the standalone Next.js server on Node 20 (docs/deploy.md).
#   docker build -t octopush-inbox .
#   docker run -p 3000:3000 -e OCTOPUSH_API_LOGIN=… -e OCTOPUSH_API_KEY=… -e AUTH_SECRET=… octopush-inbox
# scripts/dockerfile.test.ts checks, after `npm run build`, that every path copied from
# the build stage below exists.

FROM node:20-bookworm-slim AS deps
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund

FROM node:20-bookworm-slim AS build
WORKDIR /app
ENV NEXT_TELEMETRY_DISABLED=1
COPY --from=deps /app/node_modules ./node_modules
COPY . .
# next build, then scripts/prepare-standalone.mjs puts .next/static, public/ and the
# migrations (drizzle/) beside .next/standalone/server.js.
RUN npm run build

FROM node:20-bookworm-slim AS runtime
WORKDIR /app
# NEXT_MANUAL_SIG_HANDLE: SIGTERM is handled by the app's graceful shutdown (requests in
# flight finish within INBOX_SHUTDOWN_TIMEOUT_MS, pools close, exit 0), not by Next's.
# HOSTNAME: Docker sets it to the container's name; server.js listens on it.
# --max-old-space-size: measured in docs/benchmarks.md ("Sizing the image's heap"): with it the
# process stays near 215 MB under load, with no error; give the container 512 MB.
ENV NODE_ENV=production \
    NEXT_TELEMETRY_DISABLED=1 \
    NEXT_MANUAL_SIG_HANDLE=true \
    HOSTNAME=0.0.0.0 \
    PORT=3000 \
    INBOX_DATA_DIR=/app/data \
    INBOX_USERS_FILE=/app/data/users.json \
    NODE_OPTIONS=--max-old-space-size=192
RUN groupadd --system --gid 1001 inbox \
 && useradd --system --uid 1001 --gid inbox --no-create-home --home-dir /app inbox \
 && mkdir -p /app/data /app/.next/cache \
 && chown inbox:inbox /app/data /app/.next/cache
# The server, its traced node_modules, .next/static, public/ and drizzle/: owned by root,
# read-only to the app; it writes only to /app/data and Next's /app/.next/cache.
COPY --from=build /app/.next/standalone ./
USER inbox
EXPOSE 3000
VOLUME ["/app/data"]
# Liveness: /api/health answers 200 without touching Octopush or the database. Node, not
# curl: the slim image has no curl.
HEALTHCHECK --interval=15s --timeout=5s --start-period=30s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:' + (process.env.PORT || 3000) + '/api/health').then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"]
STOPSIGNAL SIGTERM
CMD ["node", "server.js"]
