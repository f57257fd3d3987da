"use client";

import { useTranslations } from "next-intl";
import type { Messages } from "@/lib/i18n/catalog";
import { ApiClientError } from "./api-client";

type ErrorKey = keyof Messages["errors"];

// What an agent reads when a call to the inbox's API fails: the words for its
// error code in the agent's language (`errors.<code>` in the catalogs). A code
// this build does not know (a newer server) falls back to the server's message.

export function useErrorText(): (error: unknown) => string {
  const t = useTranslations("errors");
  return (error) => {
    if (error instanceof ApiClientError && t.has(error.code as ErrorKey)) {
      return t(error.code as ErrorKey, { status: error.status });
    }
    return error instanceof Error && error.message ? error.message : t("internal");
  };
}
