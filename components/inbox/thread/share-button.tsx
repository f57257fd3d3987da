"use client";

import { useTranslations } from "next-intl";
import { lazy, Suspense, useImperativeHandle, useState, type Ref } from "react";
import { Button } from "@/components/ui/button";
import type { ShareDuration } from "@/lib/sharing/expiry";

// The conversation header's "Share" button. The dialog behind it (form, link, copy)
// is loaded when the agent first points at or opens it, not with the page: most
// visits never share (docs/decisions/speed-against-the-floor.md).

const loadDialog = () => import("./share-dialog");
const ShareDialog = lazy(loadDialog);

export interface ShareDialogHandle {
  openFrom(messageId: string): void;
}

interface Props {
  contactKey: string;
  /** Offered durations, already capped by INBOX_SHARE_MAX_DAYS (the server checks again). */
  durations: readonly ShareDuration[];
  /** A message id to start from (the page's ?message=). */
  messageId?: string;
  /** For a message's "Share from here". */
  ref?: Ref<ShareDialogHandle>;
}

/** Each opening: where to start, and a count so that opening twice from the same message opens twice. */
interface Opening {
  from?: string;
  count: number;
}

export function ShareButton({ contactKey, durations, messageId, ref }: Props) {
  const t = useTranslations("share");
  const [opening, setOpening] = useState<Opening | null>(null);
  const open = (from?: string) => setOpening((last) => ({ from, count: (last?.count ?? 0) + 1 }));

  useImperativeHandle(ref, () => ({ openFrom: (id: string) => open(id) }));

  return (
    <>
      <Button
        type="button"
        variant="secondary"
        size="sm"
        icon="link"
        onClick={() => open(messageId)}
        onPointerEnter={() => void loadDialog()}
        onFocus={() => void loadDialog()}
        aria-haspopup="dialog"
        title={t("buttonLabel")}
      >
        {t("button")}
      </Button>
      {opening ? (
        <Suspense fallback={null}>
          <ShareDialog key={opening.count} contactKey={contactKey} durations={durations} from={opening.from} />
        </Suspense>
      ) : null}
    </>
  );
}
