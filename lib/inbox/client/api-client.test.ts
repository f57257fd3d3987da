import { afterEach, describe, expect, it, vi } from "vitest";
import { ApiClientError, fetchMessages } from "./api-client";

afterEach(() => vi.unstubAllGlobals());

function answer(status: number, body: string) {
  vi.stubGlobal(
    "fetch",
    vi.fn(async () => new Response(body, { status })),
  );
}

describe("the browser's API client", () => {
  it("throws the server's code and message", async () => {
    answer(502, JSON.stringify({ error: { code: "upstream_auth", message: "Check the credentials." } }));
    const error = await fetchMessages({}, 1, 50).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiClientError);
    expect(error).toMatchObject({ status: 502, code: "upstream_auth", message: "Check the credentials." });
  });

  it("says http_error, with a plain message, for a body that is not the server's vocabulary", async () => {
    answer(502, "<html>Bad gateway</html>");
    await expect(fetchMessages({}, 1, 50)).rejects.toMatchObject({
      status: 502,
      code: "http_error",
      message: "The inbox server answered 502. Try again.",
    });
    answer(500, JSON.stringify({ error: { code: "teapot", message: "Short and stout." } }));
    await expect(fetchMessages({}, 1, 50)).rejects.toMatchObject({ code: "http_error", message: "Short and stout." });
  });

  it("says offline when the server cannot be reached", async () => {
    vi.stubGlobal(
      "fetch",
      vi.fn(async () => {
        throw new TypeError("Failed to fetch");
      }),
    );
    await expect(fetchMessages({}, 1, 50)).rejects.toMatchObject({ status: 0, code: "offline" });
  });
});
