import "server-only";
import { installAccountCheck, type AccountVerdict } from "@/lib/auth/account-check";
import { describeDriverError } from "@/lib/db/errors";
import { getStore } from "@/lib/db/instance";
import { createSingleFlight } from "@/lib/resilience/single-flight";
import { accountStatus } from "./store";
import { cachedVerdict } from "./verdict-cache";

// The account check every session request makes (lib/auth/account-check.ts),
// answered from the agents table: a disable takes effect at the agent's next request
// on every instance. With the embedded store the answer is kept until an account
// changes (verdict-cache.ts: only this process can change one); with PostgreSQL it
// is asked every time (checks in flight are shared, below). When the database does not answer
// within CHECK_TIMEOUT_MS, the session is kept ("unknown"): agents already signed
// in go on reading conversations through a database outage.

const CHECK_TIMEOUT_MS = 2_000;
/** At most one warning per minute while the database is away, and one line when it answers again. */
const WARN_EVERY_MS = 60_000;
let lastWarnAt = 0;
let down = false;

function timeout(ms: number): Promise<never> {
  return new Promise((_, reject) => {
    const timer = setTimeout(() => reject(new Error(`no answer within ${ms} ms`)), ms);
    timer.unref();
  });
}

async function check(email: string): Promise<AccountVerdict> {
  try {
    const status = await Promise.race([
      getStore().then((store) =>
        store.kind === "pglite"
          ? cachedVerdict(email, () => accountStatus(store.db, email))
          : accountStatus(store.db, email),
      ),
      timeout(CHECK_TIMEOUT_MS),
    ]);
    if (down) {
      down = false;
      console.warn("[db] the database answers again: account checks resumed.");
    }
    return status;
  } catch (error) {
    down = true;
    const now = Date.now();
    if (now - lastWarnAt >= WARN_EVERY_MS) {
      lastWarnAt = now;
      console.warn(
        `[db] cannot check accounts (${describeDriverError(error)}): sessions already signed in are kept until the database answers.`,
      );
    }
    return { kind: "unknown" };
  }
}

// Requests of one agent that arrive while that agent's check is in flight share
// its answer (an agent's tabs and polls come in bursts, and a busy instance
// serves many at once): one query per burst instead of one per request. Nothing
// is kept once the answer is in, so a disable takes effect at the first check
// that starts after it.
const checks = createSingleFlight();

function sharedCheck(email: string): Promise<AccountVerdict> {
  return checks.run(email, () => check(email));
}

export function installSessionAccountCheck(): void {
  installAccountCheck(sharedCheck);
}
