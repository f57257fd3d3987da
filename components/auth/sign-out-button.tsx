import { getTranslations } from "next-intl/server";
import { Button } from "@/components/ui/button";
import { signOutToLogin } from "@/lib/auth/actions";

export async function SignOutButton() {
  const t = await getTranslations("account");
  return (
    <form action={signOutToLogin} className="shrink-0">
      <Button type="submit" size="sm">
        {t("signOut")}
      </Button>
    </form>
  );
}
