import { QueryClient } from "@tanstack/react-query";
import { afterEach, describe, expect, it, vi } from "vitest";
import { inboxKeys, readThreadPage, threadQueryOptions } from "./query-options";

afterEach(() => vi.unstubAllGlobals());

const CONTACT = "+33612345678";
const LAST_PAGE = 4;

/** A server with LAST_PAGE pages for CONTACT; returns the pages asked for, in order. */
function server(): number[] {
  const asked: number[] = [];
  vi.stubGlobal(
    "fetch",
    vi.fn(async (url: string) => {
      const page = Number(new URL(url, "http://inbox.test").searchParams.get("page"));
      asked.push(page);
      return Response.json({ messages: [], page, perPage: 50, hasMore: page < LAST_PAGE });
    }),
  );
  return asked;
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

describe("reading a thread's older pages", () => {
  it("fetches the next older page ahead, and does not fetch it again when the agent reaches it", async () => {
    const asked = server();
    const client = new QueryClient();
    expect((await readThreadPage(client, CONTACT, 2)).page).toBe(2);
    await settle();
    expect(asked).toEqual([2, 3]);
    expect((await readThreadPage(client, CONTACT, 3)).page).toBe(3);
    await settle();
    expect(asked).toEqual([2, 3, 4]);
  });

  it("fetches nothing ahead on the newest page, nor past the last one", async () => {
    const asked = server();
    const client = new QueryClient();
    await readThreadPage(client, CONTACT, 1);
    await readThreadPage(client, CONTACT, LAST_PAGE);
    await settle();
    expect(asked).toEqual([1, LAST_PAGE]);
  });

  it("fetches nothing ahead when scrolling back towards the newest (the older page is already in the list)", async () => {
    const asked = server();
    const client = new QueryClient();
    client.setQueryData(inboxKeys.thread(CONTACT), { pages: [], pageParams: [3, 4] });
    await readThreadPage(client, CONTACT, 2);
    await settle();
    expect(asked).toEqual([2]);
  });

  it("keeps no page in the per-page cache once the thread holds it, so the thread's page cap still bounds memory", async () => {
    server();
    const client = new QueryClient();
    const thread = await client.fetchInfiniteQuery(threadQueryOptions(CONTACT));
    expect(thread.pages.map((p) => p.page)).toEqual([1]);
    await readThreadPage(client, CONTACT, 2);
    await settle();
    const cached = client
      .getQueryCache()
      .findAll({ queryKey: ["inbox", "thread-page", CONTACT] })
      .map((q) => q.queryKey[3]);
    expect(cached).toEqual([3]);
  });
});
