import "server-only";
import { clientAddress } from "@/lib/auth/client-address";
import { getEnv } from "@/lib/config/env";
import { createTranslator } from "next-intl";
import { catalog } from "@/lib/i18n/catalog";
import { LOCALE_COOKIE } from "@/lib/i18n/locales";
import { negotiateLocale } from "@/lib/i18n/negotiate";
import { getSharedState } from "@/lib/shared-state/instance";
import { refusalHtml } from "./refusal-page";
import { resolveShare } from "./server";
import { hashShareToken } from "./token";
import { createViewLimit, type ViewLimit } from "./view-limit";

// proxy.ts's check of every request under /s/: the view limits first (an address
// guessing tokens is refused whatever it guesses), then the token, read from the
// database. Only /s/<token> itself is a page; anything deeper is unknown.

const KEY = Symbol.for("octopush-inbox.share-view-limit");
type WithLimit = typeof globalThis & { [KEY]?: ViewLimit };

function viewLimit(): ViewLimit {
  const g = globalThis as WithLimit;
  if (!g[KEY]) {
    const { share } = getEnv();
    const shared = getSharedState();
    g[KEY] = createViewLimit({
      perToken: share.viewsPerToken,
      perAddress: share.viewsPerAddress,
      windowSeconds: share.windowSeconds,
      storeClient: shared?.redis,
      keyPrefix: "share-views",
    });
  }
  return g[KEY];
}

export type GateVerdict =
  { kind: "allow" } | { kind: "refuse"; status: 404 | 410 | 429; html: string; retryAfter?: number };

function locale(headers: Headers): "en" | "fr" {
  const cookie = (headers.get("cookie") ?? "")
    .split(/;\s*/)
    .find((part) => part.startsWith(`${LOCALE_COOKIE}=`))
    ?.slice(LOCALE_COOKIE.length + 1);
  return negotiateLocale({ cookie, acceptLanguage: headers.get("accept-language"), fallback: getEnv().defaultLocale });
}

export async function checkSharedRequest(pathname: string, headers: Headers): Promise<GateVerdict> {
  const lang = locale(headers);
  // Through next-intl: the build may hand the catalog over precompiled, not as plain strings.
  const t = createTranslator({ locale: lang, messages: catalog(lang), namespace: "sharedPage" });
  const gone = (status: 404 | 410): GateVerdict => ({
    kind: "refuse",
    status,
    html: refusalHtml({ lang, title: t("goneTitle"), message: t("gone") }),
  });
  const token = /^\/s\/([^/]+)$/.exec(pathname)?.[1] ?? "";
  const verdict = await viewLimit().take(hashShareToken(token).slice(0, 32), clientAddress(headers));
  if (!verdict.allowed) {
    const minutes = Math.max(1, Math.ceil(verdict.retryAfterSeconds / 60));
    return {
      kind: "refuse",
      status: 429,
      retryAfter: verdict.retryAfterSeconds,
      html: refusalHtml({ lang, title: t("tooManyTitle"), message: t("tooMany", { minutes }) }),
    };
  }
  const found = await resolveShare(token);
  if (found.kind === "unknown") return gone(404);
  if (found.kind === "gone") return gone(410);
  return { kind: "allow" };
}
