import { afterEach, describe, expect, it, vi } from "vitest";
import { onShutdown, runClosers } from "./shutdown";

afterEach(async () => {
  await runClosers(10, () => {});
});

describe("shutdown closers", () => {
  it("runs every closer once, last registered first", async () => {
    const order: string[] = [];
    onShutdown("database pool", () => void order.push("db"));
    onShutdown("redis client", async () => {
      await new Promise((r) => setTimeout(r, 5));
      order.push("redis");
    });
    expect(await runClosers(1_000)).toEqual([]);
    expect(order).toEqual(["redis", "db"]);
    await runClosers(1_000);
    expect(order).toEqual(["redis", "db"]);
  });

  it("reports a closer that throws or hangs by name, without its error, and still runs the others", async () => {
    const warn = vi.fn();
    const ran: string[] = [];
    onShutdown("first", () => void ran.push("first"));
    onShutdown("hanging pool", () => new Promise(() => {}));
    onShutdown("broken pool", () => {
      throw new Error("postgres://user:hunter2@db/inbox refused");
    });
    expect(await runClosers(50, warn)).toEqual(["broken pool", "hanging pool"]);
    expect(ran).toEqual(["first"]);
    const logged = warn.mock.calls.flat().join("\n");
    expect(logged).toContain("closing the broken pool failed");
    expect(logged).toContain("closing the hanging pool timed out");
    expect(logged).not.toContain("hunter2");
  });

  it("forgets a closer that was unregistered", async () => {
    const close = vi.fn();
    const off = onShutdown("pool", close);
    off();
    await runClosers(100);
    expect(close).not.toHaveBeenCalled();
  });
});
