import { Button } from "@/components/ui/button";
import { signInWithSso } from "@/lib/auth/actions";

// Single sign-on: a plain form, so it works before the page's JavaScript has loaded.
export function SsoButton({ label, callbackUrl }: { label: string; callbackUrl: string }) {
  return (
    <form action={signInWithSso}>
      <input type="hidden" name="callbackUrl" value={callbackUrl} />
      <Button type="submit" size="lg" className="w-full">
        {label}
      </Button>
    </form>
  );
}
