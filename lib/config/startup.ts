import { EnvError, getEnv, type Env } from "./env";

/** A bad configuration stops the server here, one line per problem, instead of on an agent's first request. */
export function checkEnvAtStartup(): void {
  try {
    const env = getEnv();
    console.log(`Octopush Inbox: ${env.mode} mode, Octopush at ${env.octopush.baseUrl}`);
    for (const warning of startupWarnings(env)) console.warn(`Octopush Inbox: warning: ${warning}`);
  } catch (error) {
    if (error instanceof EnvError) {
      console.error(`Octopush Inbox cannot start. ${error.message}`);
      process.exit(1);
    }
    throw error;
  }
}

function isLoopback(hostname: string): boolean {
  const host = hostname.toLowerCase();
  return host === "localhost" || host.endsWith(".localhost") || host === "[::1]" || /^127(?:\.\d{1,3}){3}$/.test(host);
}

/** Settings that start, but that an operator should hear about. Pure: the rules are unit tested. */
export function startupWarnings(env: Pick<Env, "mode" | "authUrl">): string[] {
  if (env.mode !== "live") return [];
  const { authUrl } = env;
  if (!authUrl) {
    return [
      "AUTH_URL is not set: session cookies are marked Secure only on requests that say they came over https. " +
        "Set AUTH_URL to the address agents use (https://…).",
    ];
  }
  if (authUrl.protocol === "http:" && !isLoopback(authUrl.hostname)) {
    return [
      `AUTH_URL is ${authUrl.origin}, plain http on a host other than this machine: passwords and session ` +
        "cookies cross the network unencrypted and cookies are not marked Secure. Serve the app over https " +
        "and set AUTH_URL to its https address.",
    ];
  }
  return [];
}
