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
  }
}
