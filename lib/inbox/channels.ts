// Octopush channel values (shared/octopush/NOTES.md, outside this repo, lists
// sms, rcs, multi_channel, facebook, instagram, whatsapp, email, voice_sms and
// live_chat as seen in the docs): no closed list exists, so an unknown value gets
// a neutral look and its raw name, never nothing. A known channel's name is in the
// catalogs (`channel.names.<value>`): brands (SMS, RCS, WhatsApp…) read the same in
// every language, the others are translated.

export type ChannelIcon =
  "sms" | "rcs" | "multi" | "facebook" | "instagram" | "whatsapp" | "email" | "voice" | "chat" | "unknown";

export interface ChannelInfo {
  /** Octopush's raw value, lower-cased. */
  value: string;
  /** The catalog key of a known channel's name; null for one this list does not know. */
  key: ChannelKey | null;
  icon: ChannelIcon;
  /** Tailwind classes for the badge, light and dark. */
  tone: string;
}

const KNOWN = {
  sms: {
    icon: "sms",
    tone: "bg-sky-50 text-sky-800 ring-sky-200 dark:bg-sky-950 dark:text-sky-200 dark:ring-sky-800",
  },
  rcs: {
    icon: "rcs",
    tone: "bg-indigo-50 text-indigo-800 ring-indigo-200 dark:bg-indigo-950 dark:text-indigo-200 dark:ring-indigo-800",
  },
  multi_channel: {
    icon: "multi",
    tone: "bg-violet-50 text-violet-800 ring-violet-200 dark:bg-violet-950 dark:text-violet-200 dark:ring-violet-800",
  },
  facebook: {
    icon: "facebook",
    tone: "bg-blue-50 text-blue-800 ring-blue-200 dark:bg-blue-950 dark:text-blue-200 dark:ring-blue-800",
  },
  instagram: {
    icon: "instagram",
    tone: "bg-pink-50 text-pink-800 ring-pink-200 dark:bg-pink-950 dark:text-pink-200 dark:ring-pink-800",
  },
  whatsapp: {
    icon: "whatsapp",
    tone: "bg-emerald-50 text-emerald-800 ring-emerald-200 dark:bg-emerald-950 dark:text-emerald-200 dark:ring-emerald-800",
  },
  email: {
    icon: "email",
    tone: "bg-amber-50 text-amber-900 ring-amber-200 dark:bg-amber-950 dark:text-amber-200 dark:ring-amber-800",
  },
  voice_sms: {
    icon: "voice",
    tone: "bg-teal-50 text-teal-800 ring-teal-200 dark:bg-teal-950 dark:text-teal-200 dark:ring-teal-800",
  },
  live_chat: {
    icon: "chat",
    tone: "bg-orange-50 text-orange-900 ring-orange-200 dark:bg-orange-950 dark:text-orange-200 dark:ring-orange-800",
  },
} satisfies Record<string, Pick<ChannelInfo, "icon" | "tone">>;

export type ChannelKey = keyof typeof KNOWN;

const NEUTRAL = "bg-zinc-100 text-zinc-700 ring-zinc-300 dark:bg-zinc-800 dark:text-zinc-200 dark:ring-zinc-600";

function isKnown(value: string): value is ChannelKey {
  return Object.hasOwn(KNOWN, value);
}

export function channelInfo(raw: string | null | undefined): ChannelInfo {
  const value = (raw ?? "").trim().toLowerCase();
  if (isKnown(value)) return { value, key: value, ...KNOWN[value] };
  return { value, key: null, icon: "unknown", tone: NEUTRAL };
}

export const KNOWN_CHANNELS: readonly string[] = Object.keys(KNOWN);
