import { QueryClient } from "@tanstack/react-query";
import { afterEach, describe, expect, it, vi } from "vitest";
import { inboxKeys, readThreadPage, threadQueryOptions } from "./query-options";

afterEach(() => vi.unstubAllGlobals());

const CONTACT = "+33612345678";
/** The conversation's length: the page ending at 400 is its last full one (lib/inbox/thread-pages.ts). */
const TOTAL = 700;
const p = (page: number, perPage: number) => ({ page, perPage });

/** A server with TOTAL messages for CONTACT; returns the pages asked for, in order, as "page/per_page". */
function server(): string[] {
  const asked: string[] = [];
  vi.stubGlobal(
    "fetch",
    vi.fn(async (url: string) => {
      const params = new URL(url, "http://inbox.test").searchParams;
      const page = Number(params.get("page"));
      const perPage = Number(params.get("per_page"));
      asked.push(`${page}/${perPage}`);
      return Response.json({ messages: [], page, perPage, hasMore: page * perPage < TOTAL });
    }),
  );
  return asked;
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

describe("reading a thread's older pages", () => {
  it("fetches the next older (larger) page ahead, and does not fetch it again when the agent reaches it", async () => {
    const asked = server();
    const client = new QueryClient();
    expect((await readThreadPage(client, CONTACT, p(2, 50))).page).toBe(2);
    await settle();
    expect(asked).toEqual(["2/50", "2/100"]);
    expect((await readThreadPage(client, CONTACT, p(2, 100))).perPage).toBe(100);
    await settle();
    expect(asked).toEqual(["2/50", "2/100", "2/200"]);
  });

  it("fetches nothing ahead on the newest page, nor past the last one", async () => {
    const asked = server();
    const client = new QueryClient();
    await readThreadPage(client, CONTACT, p(1, 50));
    await readThreadPage(client, CONTACT, p(2, 400));
    await settle();
    expect(asked).toEqual(["1/50", "2/400"]);
  });

  it("fetches nothing ahead when scrolling back towards the newest (the older page is already in the list)", async () => {
    const asked = server();
    const client = new QueryClient();
    client.setQueryData(inboxKeys.thread(CONTACT), { pages: [], pageParams: [p(2, 100), p(2, 200)] });
    await readThreadPage(client, CONTACT, p(2, 50));
    await readThreadPage(client, CONTACT, p(2, 100));
    await settle();
    expect(asked).toEqual(["2/50", "2/100"]);
  });

  it("keeps no page in the per-page cache once the thread holds it, so the thread's page cap still bounds memory", async () => {
    server();
    const client = new QueryClient();
    const thread = await client.fetchInfiniteQuery(threadQueryOptions(CONTACT));
    expect(thread.pages.map((page) => page.page)).toEqual([1]);
    await readThreadPage(client, CONTACT, p(2, 50));
    await settle();
    const cached = client
      .getQueryCache()
      .findAll({ queryKey: ["inbox", "thread-page", CONTACT] })
      .map((q) => q.queryKey.slice(3));
    expect(cached).toEqual([[2, 100]]);
  });
});
