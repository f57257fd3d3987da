import { describe, expect, it } from "vitest";
import { SERVER_ERROR_CODES } from "@/lib/api/error-codes";
import { OctopushError, type OctopushErrorInit } from "./errors";
import { describeFailure, failureKind, OCTOPUSH_FAILURES } from "./failures";

const URL_ = "https://api.example/v1/public/conversations/messages/list?phone_number=%2B33612345678";
const error = (init: Omit<OctopushErrorInit, "url">) => new OctopushError({ url: URL_, ...init });

describe("the Octopush failure table", () => {
  it.each([
    [{ kind: "http", status: 401 }, "auth", 502, "upstream_auth", /check the API credentials/, /OCTOPUSH_API_LOGIN/],
    [{ kind: "http", status: 403 }, "auth", 502, "upstream_auth", /check the API credentials/, /OCTOPUSH_API_KEY/],
    [{ kind: "timeout" }, "timeout", 504, "upstream_timeout", /did not answer in time/, /OCTOPUSH_TIMEOUT_MS/],
    [{ kind: "network" }, "unreachable", 502, "upstream_unreachable", /cannot reach Octopush/, /OCTOPUSH_BASE_URL/],
    [{ kind: "invalid_json", status: 200 }, "invalid", 502, "upstream_invalid", /could not read/, /documented list/],
    [{ kind: "invalid_shape", status: 200 }, "invalid", 502, "upstream_invalid", /could not read/, /documented list/],
    [{ kind: "http", status: 429 }, "rate_limited", 503, "upstream_rate_limited", /busy/, /rate limiting/],
    [{ kind: "http", status: 500 }, "error", 502, "upstream_error", /HTTP 500/, /HTTP 500/],
  ] as const)(
    "%o is %s: %i %s, a message for the agent and a hint for the operator",
    (init, kind, status, code, message, hint) => {
      const e = error(init);
      expect(failureKind(e)).toBe(kind);
      const described = describeFailure(e);
      expect(described).toMatchObject({ status, code });
      expect(described.message).toMatch(message);
      expect(described.hint).toMatch(hint);
    },
  );

  it("has a row, with codes from the one vocabulary, for every kind", () => {
    for (const row of Object.values(OCTOPUSH_FAILURES)) expect(SERVER_ERROR_CODES).toContain(row.code);
  });

  it("passes on Octopush's own message, printable and short", () => {
    const said = describeFailure(
      error({ kind: "http", status: 400, upstreamMessage: "Bad\u0000 param\n" + "x".repeat(300) }),
    );
    expect(said.message).toMatch(/^Octopush answered with an error \(HTTP 400\)\. It said: "Bad {2}param x+\.\.\."\.$/);
    expect(said.message).not.toMatch(/[\u0000-\u001f]/);
    expect(said.message.length).toBeLessThan(220);
    expect(describeFailure(error({ kind: "http", status: 400 })).message).toBe(
      "Octopush answered with an error (HTTP 400).",
    );
  });

  it("never puts the filter values of the URL in what the agent or the operator reads", () => {
    for (const init of [{ kind: "network" }, { kind: "http", status: 502 }] as const) {
      const { message, hint } = describeFailure(error(init));
      expect(`${message} ${hint}`).not.toContain("33612345678");
    }
  });
});
