import { createMemoryRevocationStore, type RevocationStore } from "@/lib/auth/revocation";
import type { SharedState } from "./connection";

// Ended sessions in Redis, so a sign-out on one instance ends the session on
// all of them. Every revocation is also kept in this process: while Redis is
// away this instance still refuses the sessions it ended (others cannot know),
// and the ones it could not write are written when Redis is back.

const MAX_PENDING = 100_000;

export function createSharedRevocationStore(
  shared: SharedState,
  memory: RevocationStore = createMemoryRevocationStore(),
  now: () => number = Date.now,
): RevocationStore {
  const pending = new Map<string, number>();
  const key = (id: string) => `revoked:${id}`;

  async function write(id: string, untilEpochSeconds: number): Promise<boolean> {
    const seconds = Math.ceil(untilEpochSeconds - now() / 1000);
    if (seconds <= 0) return true;
    if (!shared.available()) return false;
    try {
      await shared.redis.set(key(id), "1", "EX", seconds);
      return true;
    } catch {
      return false;
    }
  }

  shared.onRecover(() => {
    const batch = [...pending];
    pending.clear();
    void Promise.all(
      batch.map(async ([id, until]) => {
        if (!(await write(id, until))) pending.set(id, until);
      }),
    );
  });

  return {
    async revoke(id, untilEpochSeconds) {
      await memory.revoke(id, untilEpochSeconds);
      if (await write(id, untilEpochSeconds)) return;
      pending.set(id, untilEpochSeconds);
      if (pending.size > MAX_PENDING) {
        const oldest = pending.keys().next().value;
        if (oldest !== undefined) pending.delete(oldest);
      }
    },
    async isRevoked(id) {
      if (await memory.isRevoked(id)) return true;
      if (!shared.available()) return false;
      try {
        return (await shared.redis.exists(key(id))) === 1;
      } catch {
        return false;
      }
    },
  };
}
