import { useTranslations } from "next-intl";
import { Icon, type IconName } from "@/components/ui/icon";
import { deliveryInfo, type StatusTone } from "@/lib/inbox/delivery-status";

const LOOK: Record<StatusTone, { icon: IconName; className: string }> = {
  pending: { icon: "clock", className: "text-zinc-500 dark:text-zinc-400" },
  sent: { icon: "check", className: "text-zinc-500 dark:text-zinc-400" },
  delivered: { icon: "checks", className: "text-zinc-600 dark:text-zinc-300" },
  read: { icon: "checks", className: "text-sky-700 dark:text-sky-400" },
  failed: { icon: "alert", className: "font-semibold text-red-700 dark:text-red-400" },
  unknown: { icon: "unknown", className: "text-amber-700 dark:text-amber-400" },
};

export function DeliveryStatus({ status }: { status: string | null }) {
  const t = useTranslations("status");
  const info = deliveryInfo(status);
  if (!info) return null;
  const look = LOOK[info.tone];
  return (
    <span
      className={`inline-flex items-center gap-1 text-[11px] leading-none ${look.className}`}
      title={t("title", { raw: info.raw })}
      data-status={info.tone}
    >
      <Icon name={look.icon} className="size-3" />
      {info.key ? t(info.key) : info.raw}
    </span>
  );
}
