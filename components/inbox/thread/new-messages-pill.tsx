import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";

/** Floats over the bottom of the thread while the agent reads higher up: how many arrived, or a way back. */
export function NewMessagesPill({
  unseen,
  onClick,
}: {
  unseen: { count: number; atLeast: boolean };
  onClick: () => void;
}) {
  const t = useTranslations("thread.paging");
  return (
    // The wrapper carries the position and the shadow; the look is the primary button's.
    <div className="absolute bottom-4 left-1/2 z-10 -translate-x-1/2 rounded-full shadow-lg">
      <Button variant="primary" size="pill" icon="arrowDown" onClick={onClick}>
        {unseen.count > 0
          ? t("newMessages", { count: unseen.count, atLeast: unseen.atLeast ? "yes" : "no" })
          : t("jumpToNewest")}
      </Button>
    </div>
  );
}
