import { describe, expect, it, vi } from "vitest";
import { createDeferredModule } from "./deferred-module";

const flush = () => new Promise((resolve) => setTimeout(resolve, 0));

describe("createDeferredModule", () => {
  it("loads nothing until someone subscribes, then once for every subscriber", async () => {
    const load = vi.fn(() => Promise.resolve({ name: "virtual" }));
    const deferred = createDeferredModule(load);
    expect(load).not.toHaveBeenCalled();
    const first = vi.fn();
    const second = vi.fn();
    deferred.subscribe(first);
    deferred.subscribe(second);
    expect(deferred.get()).toBeNull();
    await flush();
    expect(load).toHaveBeenCalledTimes(1);
    expect(deferred.get()).toEqual({ name: "virtual" });
    expect(first).toHaveBeenCalledTimes(1);
    expect(second).toHaveBeenCalledTimes(1);
    deferred.subscribe(vi.fn());
    expect(load).toHaveBeenCalledTimes(1);
  });

  it("does not tell a component that has unsubscribed", async () => {
    const deferred = createDeferredModule(() => Promise.resolve(1));
    const listener = vi.fn();
    const unsubscribe = deferred.subscribe(listener);
    unsubscribe();
    await flush();
    expect(listener).not.toHaveBeenCalled();
    expect(deferred.get()).toBe(1);
  });

  it("stays empty after a failed download and tries again for the next subscriber", async () => {
    const load = vi.fn().mockRejectedValueOnce(new Error("offline")).mockResolvedValueOnce("loaded");
    const deferred = createDeferredModule(load);
    deferred.subscribe(vi.fn());
    await flush();
    expect(deferred.get()).toBeNull();
    const listener = vi.fn();
    deferred.subscribe(listener);
    await flush();
    expect(load).toHaveBeenCalledTimes(2);
    expect(deferred.get()).toBe("loaded");
    expect(listener).toHaveBeenCalledTimes(1);
  });

  it("with listen, waits for load() before fetching", async () => {
    const load = vi.fn(() => Promise.resolve("panel"));
    const deferred = createDeferredModule(load);
    const listener = vi.fn();
    deferred.listen(listener);
    await flush();
    expect(load).not.toHaveBeenCalled();
    deferred.load();
    deferred.load();
    await flush();
    expect(load).toHaveBeenCalledTimes(1);
    expect(listener).toHaveBeenCalledTimes(1);
    expect(deferred.get()).toBe("panel");
  });
});
