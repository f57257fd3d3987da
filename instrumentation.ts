// Runs once when the server starts: a bad configuration stops it here, with one
// line per problem, instead of failing on an agent's first request.
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { EnvError, getEnv } = await import("./lib/env");
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
