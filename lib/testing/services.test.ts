import { describe, expect, it } from "vitest";
import { TEST_PG_URL, testDatabaseUrl, uniqueTestName } from "./services";

describe("test services", () => {
  it("points a test at its own database on the test server", () => {
    const name = uniqueTestName("inbox_store");
    expect(name).toMatch(/^inbox_store_[0-9a-f]{8}$/);
    expect(uniqueTestName("inbox_store")).not.toBe(name);
    const url = new URL(testDatabaseUrl(name));
    expect(url.pathname).toBe(`/${name}`);
    expect(url.host).toBe(new URL(TEST_PG_URL).host);
  });
});
