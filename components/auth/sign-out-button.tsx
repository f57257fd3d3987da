import { Button } from "@/components/ui/button";
import { signOutToLogin } from "@/lib/auth/actions";

export function SignOutButton() {
  return (
    <form action={signOutToLogin}>
      <Button type="submit" size="sm">
        Sign out
      </Button>
    </form>
  );
}
