import { toIndexRow, type IndexRow } from "@/lib/message-index/rows";
import { reshapeMessage } from "@/lib/octopush/reshape";
import type { OctopushMessage } from "@/lib/octopush/schemas";
import { canonicalContactIds } from "@/lib/inbox/server/contact-ids";
import type { SeedData } from "@/simulator/seed";

// The simulator's seed as index rows, built in-process (no HTTP), for the search
// benchmark and store tests: each message reshaped as lib/inbox/server/fetch-messages.ts
// does, newest first with the highest seq. sortAt is the message's date, else the
// nearest newer dated message's, as the sync does.

export function indexRowsFromSeed(seed: SeedData, defaultCountry = "FR"): IndexRow[] {
  const rows: IndexRow[] = [];
  const total = seed.messages.length;
  let lastDated = new Date(seed.referenceTime);
  seed.messages.forEach((m, i) => {
    const message = reshapeMessage(m.wire as unknown as OctopushMessage);
    const inbox = { ...message, contactIds: canonicalContactIds(message.contact, defaultCountry) };
    if (inbox.sentAt) lastDated = new Date(inbox.sentAt);
    const row = toIndexRow(inbox, total - i, lastDated);
    if (row) rows.push(row);
  });
  return rows;
}
