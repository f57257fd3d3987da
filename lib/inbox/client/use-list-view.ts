"use client";

import { useSearchParams } from "next/navigation";
import { useMemo } from "react";
import { readListView, type InboxListView } from "@/lib/inbox/inbox-filters";

/** The list's filter and channel, from the URL of /inbox or of a thread opened from the list. */
export function useListView(): InboxListView {
  const params = useSearchParams();
  const filter = params?.get("filter");
  const channel = params?.get("channel");
  return useMemo(
    () =>
      readListView({
        get: (name: string) => (name === "filter" ? filter : name === "channel" ? channel : null) ?? null,
      }),
    [filter, channel],
  );
}
