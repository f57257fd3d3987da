import { getTranslations } from "next-intl/server";
import { BackToSearchLink } from "@/components/ui/back-to-search-link";
import { StatePanel } from "@/components/ui/state-panel";

// The URL's key is not a phone number, e-mail, fid_ or cid_: no conversation can match it.
export default async function ConversationNotFound() {
  const t = await getTranslations("thread.notALink");
  return (
    <StatePanel title={t("title")} action={<BackToSearchLink />}>
      {t("body")}
    </StatePanel>
  );
}
