import { readSimulatorSettings } from "./config";
import { startSimulator } from "./server";

function parentGone(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return false;
  } catch (err) {
    // EPERM means the process exists but belongs to someone else.
    return (err as NodeJS.ErrnoException).code === "ESRCH";
  }
}

async function main(): Promise<void> {
  const settings = readSimulatorSettings(process.env, Date.now());
  const simulator = await startSimulator({
    port: settings.port,
    apiLogin: settings.apiLogin,
    apiKey: settings.apiKey,
    seed: { referenceTime: settings.referenceTime, totalMessages: settings.totalMessages },
    live: { intervalMs: settings.liveIntervalMs },
  });
  // Only the address is printed: credentials and message texts never reach the logs.
  console.log(`Octopush simulator listening on ${simulator.baseUrl}`);

  let stopping = false;
  const stop = (): void => {
    if (stopping) return;
    stopping = true;
    simulator.close().then(
      () => process.exit(0),
      () => process.exit(1),
    );
  };
  process.on("SIGINT", stop);
  process.on("SIGTERM", stop);

  // A simulator orphaned by a crashed parent (dev server, e2e runner) must not keep its port.
  const parentPid = Number(process.env.SIMULATOR_PARENT_PID);
  if (process.env.SIMULATOR_PARENT_PID && Number.isInteger(parentPid) && parentPid > 0) {
    setInterval(() => {
      if (parentGone(parentPid)) stop();
    }, 2000).unref();
  }
}

main().catch((err: unknown) => {
  console.error(`Octopush simulator failed to start: ${err instanceof Error ? err.message : String(err)}`);
  process.exit(1);
});
