"use client";

import { Button } from "@/components/ui/button";

/** Opens the browser's print dialog, only when the agent asks (never on load). */
export function PrintButton({ label }: { label: string }) {
  return (
    <Button variant="primary" icon="printer" onClick={() => window.print()} data-testid="print-now">
      {label}
    </Button>
  );
}
