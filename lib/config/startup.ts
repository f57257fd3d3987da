import { EnvError, getEnv } from "./env";

/** A bad configuration stops the server here, one line per problem, instead of on an agent's first request. */
export function checkEnvAtStartup(): void {
  try {
    const env = getEnv();
    console.log(`Octopush Inbox: ${env.mode} mode, Octopush at ${env.octopush.baseUrl}`);
  } catch (error) {
    if (error instanceof EnvError) {
      console.error(`Octopush Inbox cannot start. ${error.message}`);
      process.exit(1);
    }
    throw error;
  }
}
