// Runs once when the server starts. The Node-only part lives in its own module
// so the Edge build of this file never sees process.exit.
export async function register() {
  if (process.env.NEXT_RUNTIME === "nodejs") {
    const { checkEnvAtStartup } = await import("@/lib/config/startup");
    checkEnvAtStartup();
    const { getEnv } = await import("@/lib/config/env");
    const { installClientAddressHook } = await import("@/lib/security/client-address-hook");
    installClientAddressHook(getEnv().trustedProxies);
    const { prepareStoreAtStartup } = await import("@/lib/accounts/startup");
    await prepareStoreAtStartup();
    const { startSharedState } = await import("@/lib/shared-state/instance");
    startSharedState();
    const { startIndexSync, stopIndexSync } = await import("@/lib/message-index/start");
    await startIndexSync();
    // `next dev` keeps Next's own signal handling (its parent process restarts and stops it).
    if (process.env.NODE_ENV === "production") {
      const { installGracefulShutdown } = await import("@/lib/lifecycle/graceful");
      installGracefulShutdown(getEnv().shutdownTimeoutMs);
      const { onShutdown } = await import("@/lib/lifecycle/shutdown");
      const { closeDb } = await import("@/lib/db/instance");
      const { closeSharedState } = await import("@/lib/shared-state/instance");
      onShutdown("database pool", closeDb);
      onShutdown("redis connection", closeSharedState);
      // Closers run last registered first: the sync stops before the pool closes.
      onShutdown("index sync", stopIndexSync);
    }
  }
}
