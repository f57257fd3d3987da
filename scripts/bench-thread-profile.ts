// Self time by function from a Chromium CPU profile (CDP Profiler.stop), for
// `BENCH_THREAD_PROFILE=... npm run bench:thread`: where the scroll's time goes,
// printed without opening DevTools.
import { readFileSync } from "node:fs";

export interface CpuProfile {
  nodes: Array<{ id: number; callFrame: { functionName: string; url: string; lineNumber: number }; hitCount?: number }>;
  samples?: number[];
  timeDeltas?: number[];
  startTime: number;
  endTime: number;
}

export function summariseProfile(profile: CpuProfile, top = 25): string {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const self = new Map<string, number>();
  const samples = profile.samples ?? [];
  const deltas = profile.timeDeltas ?? [];
  for (let i = 0; i < samples.length; i++) {
    const node = byId.get(samples[i] as number);
    if (!node) continue;
    const { functionName, url, lineNumber } = node.callFrame;
    const file = url.split("/").pop() ?? "";
    const name = `${functionName || "(anonymous)"} ${file}${file ? `:${lineNumber + 1}` : ""}`;
    self.set(name, (self.get(name) ?? 0) + ((deltas[i + 1] ?? deltas[i] ?? 0) as number) / 1000);
  }
  const total = (profile.endTime - profile.startTime) / 1000;
  return [...self.entries()]
    .sort((a, b) => b[1] - a[1])
    .slice(0, top)
    .map(([name, ms]) => `  ${ms.toFixed(0).padStart(6)} ms  ${((100 * ms) / total).toFixed(1).padStart(5)}%  ${name}`)
    .join("\n");
}

interface TraceEvent {
  name: string;
  ph: string;
  pid: number;
  tid: number;
  ts: number;
  dur?: number;
  args?: { name?: string; data?: { type?: string } };
}

/**
 * Self time by event name on the renderer's main thread, from a Chromium trace
 * (`BENCH_THREAD_TRACE`): how much of the scroll is script, style, layout, paint.
 */
export function summariseTrace(file: string, top = 20): string {
  const { traceEvents } = JSON.parse(readFileSync(file, "utf8")) as { traceEvents: TraceEvent[] };
  const main = traceEvents.find((e) => e.name === "thread_name" && e.args?.name === "CrRendererMain");
  if (!main) return "  (no renderer main thread in the trace)";
  const events = traceEvents
    .filter((e) => e.pid === main.pid && e.tid === main.tid && e.ph === "X" && e.dur !== undefined)
    .sort((a, b) => a.ts - b.ts || (b.dur ?? 0) - (a.dur ?? 0));
  const self = new Map<string, number>();
  let busy = 0;
  const stack: Array<{ end: number; name: string }> = [];
  const nameOf = (e: TraceEvent) =>
    e.name === "EventDispatch" ? `EventDispatch:${e.args?.data?.type ?? "?"}` : e.name;
  for (const e of events) {
    while (stack.length > 0 && (stack[stack.length - 1] as { end: number }).end <= e.ts) stack.pop();
    const parent = stack[stack.length - 1];
    const dur = (e.dur ?? 0) / 1000;
    if (!parent) busy += dur;
    if (parent) self.set(parent.name, (self.get(parent.name) ?? 0) - dur);
    const name = nameOf(e);
    self.set(name, (self.get(name) ?? 0) + dur);
    stack.push({ end: e.ts + (e.dur ?? 0), name });
  }
  const lines = [...self.entries()]
    .sort((a, b) => b[1] - a[1])
    .slice(0, top)
    .map(([name, ms]) => `  ${ms.toFixed(0).padStart(6)} ms  ${name}`);
  return [`  ${busy.toFixed(0).padStart(6)} ms  main thread busy in all`, ...lines].join("\n");
}
