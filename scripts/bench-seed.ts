// `npm run bench:seed`: how long the simulator takes to build its data and to
// serve a deep page, and what the data costs in memory. One size per run, so the
// memory figure is this size alone: `SIM_MESSAGES=200000 npm run bench:seed`.
// Run with --expose-gc (the npm script does) for a heap figure after collection.
import { readSimulatorSettings } from "../simulator/config";
import { seedFor } from "../simulator/seed-bulk";
import { createStore } from "../simulator/store";

const gc = (globalThis as { gc?: () => void }).gc;

function main(): void {
  const settings = readSimulatorSettings(process.env, Date.now());
  gc?.();
  const heapBefore = process.memoryUsage().heapUsed;
  const cpu = process.cpuUsage();
  const start = performance.now();
  const seed = seedFor({ referenceTime: settings.referenceTime, totalMessages: settings.totalMessages });
  const seedMs = performance.now() - start;
  const store = createStore(seed);
  const readyMs = performance.now() - start;
  const used = process.cpuUsage(cpu);
  gc?.();
  const heapMb = (process.memoryUsage().heapUsed - heapBefore) / 1e6;

  // The deepest full page of the unfiltered list: must cost one page, not the pages before it.
  const perPage = 100;
  const lastPage = Math.floor(seed.messages.length / perPage);
  const pageStart = performance.now();
  const rounds = 200;
  for (let i = 0; i < rounds; i += 1) store.list({ page: lastPage, perPage });
  const deepPageMs = (performance.now() - pageStart) / rounds;

  console.log(
    JSON.stringify(
      {
        messages: seed.messages.length,
        contacts: seed.contacts.length,
        seedMs: Math.round(seedMs),
        seedAndStoreMs: Math.round(readyMs),
        cpuMs: Math.round((used.user + used.system) / 1000),
        heapMb: gc ? Math.round(heapMb) : "run with --expose-gc",
        rssMb: Math.round(process.memoryUsage().rss / 1e6),
        [`page${lastPage}Of${perPage}Ms`]: Number(deepPageMs.toFixed(3)),
        node: process.version,
      },
      null,
      2,
    ),
  );
}

main();
