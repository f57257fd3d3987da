import { useTranslations } from "next-intl";
import { Icon } from "@/components/ui/icon";
import { channelInfo } from "@/lib/inbox/channels";

export function ChannelBadge({ channel, compact = false }: { channel: string | null; compact?: boolean }) {
  const t = useTranslations("channel");
  const info = channelInfo(channel);
  const label = info.key ? t(`names.${info.key}`) : info.value || t("unknown");
  return (
    <span
      className={`inline-flex shrink-0 items-center gap-1 rounded-full px-1.5 py-0.5 text-[11px] leading-none font-medium ring-1 ring-inset ${info.tone}`}
      title={t("label", { channel: label })}
      data-channel={info.value || "unknown"}
    >
      <Icon name={info.icon} className="size-3" />
      {compact ? <span className="sr-only">{label}</span> : label}
    </span>
  );
}
