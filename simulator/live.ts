import { inboundText } from "./bulk-texts";
import { makePerson } from "./people";
import type { PersonLang } from "./people";
import { createPrng } from "./prng";
import type { Prng } from "./prng";
import { SEED_FACTS } from "./seed";
import type { SeedContact } from "./seed";
import type { AddedMessage, MessageStore, NewMessage } from "./store";

// The demo's live feed (SIM_LIVE_INTERVAL_MS): every interval or so a customer
// writes in, usually one the inbox already knows, sometimes a new one.

/** Runs `task` once after `delayMs`; returns a cancel function. Injected by tests. */
export type Schedule = (task: () => void, delayMs: number) => () => void;

export interface LiveFeedOptions {
  /** Mean time between two messages; each wait is drawn between half and one and a half of it. */
  intervalMs: number;
  schedule?: Schedule;
  /** Called after each message, e.g. to log it. */
  onMessage?: (added: AddedMessage) => void;
}

export interface LiveFeed {
  stop(): void;
}

const realSchedule: Schedule = (task, delayMs) => {
  const timer = setTimeout(task, delayMs);
  // The server keeps the process alive, not the feed.
  timer.unref();
  return () => clearTimeout(timer);
};

const NEW_CONTACT_CHANCE = 1 / 6;
// The large seeded histories (10,000 messages) stay as the tests know them.
const MAX_HISTORY = 1000;

function langOf(contact: SeedContact): PersonLang {
  const phone = contact.phoneNumber ?? "";
  if (phone.startsWith("+33")) return "fr";
  if (phone.startsWith("+212")) return "ar";
  if (phone.startsWith("+972")) return "he";
  if (phone.startsWith("+49")) return "de";
  if (phone.startsWith("+34")) return "es";
  return "en";
}

/** The next live message: deterministic for a given Prng and store. */
export function nextLiveMessage(r: Prng, store: MessageStore, taken: Set<string>): NewMessage {
  const known = store
    .contacts()
    .filter((c) => c.messageCount > 0 && c.messageCount <= MAX_HISTORY && (c.phoneNumber || c.facebookId));
  if (known.length === 0 || r.chance(NEW_CONTACT_CHANCE)) {
    const person = makePerson(r, taken, { phone: true });
    return {
      contact: { phoneNumber: person.phone ?? undefined },
      contactName: person.name,
      channel: r.pick(["sms", "sms", "whatsapp", "rcs"]),
      direction: "inbound",
      text: inboundText(r, person.lang, person.firstName),
    };
  }
  const contact = r.pick(known);
  const channel = r.pick(contact.conversations).channel;
  return {
    contact: contact.phoneNumber ? { phoneNumber: contact.phoneNumber } : { facebookId: contact.facebookId ?? "" },
    channel,
    direction: "inbound",
    text: inboundText(r, langOf(contact), contact.name?.split(" ")[0] ?? null),
  };
}

export function startLiveFeed(store: MessageStore, options: LiveFeedOptions): LiveFeed {
  const schedule = options.schedule ?? realSchedule;
  const r = createPrng(SEED_FACTS.prngSeed ^ 0x11fe);
  // Numbers already in use: a new customer never gets an existing customer's number.
  const taken = new Set(store.contacts().flatMap((c) => (c.phoneNumber ? [c.phoneNumber] : [])));
  let cancel: (() => void) | null = null;
  let stopped = false;
  const next = (): void => {
    if (stopped) return;
    cancel = schedule(
      () => {
        if (stopped) return;
        const added = store.add(nextLiveMessage(r, store, taken));
        options.onMessage?.(added);
        next();
      },
      Math.round(options.intervalMs * (0.5 + r.next())),
    );
  };
  next();
  return {
    stop() {
      stopped = true;
      cancel?.();
    },
  };
}
