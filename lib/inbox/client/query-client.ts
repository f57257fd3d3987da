import { QueryClient, defaultShouldDehydrateQuery, isServer } from "@tanstack/react-query";

// One factory: a new client per server request, one client for the browser's
// lifetime (TanStack's Next.js App Router pattern).

function makeQueryClient() {
  return new QueryClient({
    defaultOptions: {
      queries: {
        staleTime: 30_000,
        retry: (count, error) =>
          count < 2 && !(error instanceof Error && "status" in error && (error as { status: number }).status === 400),
      },
      dehydrate: {
        shouldDehydrateQuery: (query) => defaultShouldDehydrateQuery(query) || query.state.status === "pending",
      },
    },
  });
}

let browserQueryClient: QueryClient | undefined;

export function getQueryClient(): QueryClient {
  if (isServer) return makeQueryClient();
  browserQueryClient ??= makeQueryClient();
  return browserQueryClient;
}
