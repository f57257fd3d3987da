import type { HTMLAttributes } from "react";
import type { IconName } from "./icon-names";

// A small set of 16px stroke icons. Their drawings are CSS masks in app/icons.css
// (one `.icon-<name>` rule each, filled with the text's colour), so an icon is one
// empty element and no path data ships in JavaScript; icon.test.ts checks that every
// name (icon-names.ts) has its rule.
export type { IconName };

export function Icon({ name, className = "size-4", ...props }: { name: IconName } & HTMLAttributes<HTMLSpanElement>) {
  return <span aria-hidden="true" className={`icon icon-${name} ${className}`} {...props} />;
}
