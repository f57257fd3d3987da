import type { SVGProps } from "react";

// A small set of 16px stroke icons, drawn inline so no icon font or request is needed.
const PATHS = {
  sms: "M3 4h10a1 1 0 0 1 1 1v6a1 1 0 0 1-1 1H7l-3 2v-2H3a1 1 0 0 1-1-1V5a1 1 0 0 1 1-1z",
  rcs: "M2 5a2 2 0 0 1 2-2h8a2 2 0 0 1 2 2v5a2 2 0 0 1-2 2H7l-3 2v-2a2 2 0 0 1-2-2zM5 7.5h6M5 9.5h3",
  multi: "M2 4h8v5H5l-2 1.5V9H2zM6 11h3l2 1.5V11h3V6h-2",
  facebook: "M9 14V9h2l.5-2H9V5.5c0-.6.3-1 1-1h1.5V2.6A12 12 0 0 0 9.8 2.5C8.2 2.5 7 3.5 7 5.3V7H5v2h2v5",
  instagram:
    "M4 2h8a2 2 0 0 1 2 2v8a2 2 0 0 1-2 2H4a2 2 0 0 1-2-2V4a2 2 0 0 1 2-2zM8 5.5a2.5 2.5 0 1 0 0 5 2.5 2.5 0 0 0 0-5zM11.5 4.5h.01",
  whatsapp: "M3 13l.8-2.6A5.5 5.5 0 1 1 6 12.4zM6 6c0 2 2 4 4 4l.8-1-1.3-.7-.6.6C8 8.5 7.5 8 7.1 7.1l.6-.6L7 5.2z",
  email: "M2 4h12v8H2zM2 4l6 5 6-5",
  voice: "M8 2a2 2 0 0 1 2 2v4a2 2 0 0 1-4 0V4a2 2 0 0 1 2-2zM4 7.5a4 4 0 0 0 8 0M8 11.5V14",
  chat: "M2 3h12v8H8l-3 3v-3H2zM5 6h6M5 8h4",
  unknown: "M8 14A6 6 0 1 0 8 2a6 6 0 0 0 0 12zM6.5 6.2a1.6 1.6 0 1 1 2.2 1.5c-.5.2-.7.6-.7 1.1M8 11h.01",
  clock: "M8 14A6 6 0 1 0 8 2a6 6 0 0 0 0 12zM8 4.5V8l2.5 1.5",
  check: "M3.5 8.5l3 3 6-7",
  checks: "M1.5 8.5l3 3 6-7M7.5 11.5l6-7",
  alert: "M8 2l6.5 11.5h-13zM8 6.5v3M8 11.5h.01",
  link: "M6.5 9.5l3-3M7 4.5l1-1a2.8 2.8 0 0 1 4 4l-1 1M9 11.5l-1 1a2.8 2.8 0 0 1-4-4l1-1",
  copy: "M5 5V3h8v8h-2M3 5h8v8H3z",
  share: "M10 2.5h3.5V6M13.5 2.5L8 8M12 9.5V13H3V4h3.5",
  search: "M7 12A5 5 0 1 0 7 2a5 5 0 0 0 0 10zM10.5 10.5L14 14",
  arrowLeft: "M13 8H3M7 4L3 8l4 4",
  arrowDown: "M8 3v10M4 9l4 4 4-4",
  sun: "M8 11a3 3 0 1 0 0-6 3 3 0 0 0 0 6zM8 1v1.5M8 13.5V15M1 8h1.5M13.5 8H15M3 3l1 1M12 12l1 1M3 13l1-1M12 4l1-1",
  moon: "M13.5 9.5A6 6 0 0 1 6.5 2.5a6 6 0 1 0 7 7z",
  refresh: "M13.5 3v3.5H10M2.5 13V9.5H6M3.2 6.5A5 5 0 0 1 13 6M12.8 9.5A5 5 0 0 1 3 10",
  bell: "M4 11V7a4 4 0 0 1 8 0v4l1.5 1.5h-11zM6.5 14h3",
  user: "M8 8a3 3 0 1 0 0-6 3 3 0 0 0 0 6zM2.5 14a5.5 5.5 0 0 1 11 0",
  logout: "M6 14H3V2h3M10.5 11L14 8l-3.5-3M14 8H6",
  close: "M4 4l8 8M12 4l-8 8",
  offline: "M2 2l12 12M5.5 8.5a3.5 3.5 0 0 1 2-1M3 6a7 7 0 0 1 3-1.7M10 5a7 7 0 0 1 3 1M8 12h.01",
  download: "M8 2v8M4.5 6.5L8 10l3.5-3.5M2.5 13.5h11",
  printer: "M4.5 6V2h7v4M4.5 11.5h-2v-5.5h11v5.5h-2M4.5 9.5h7v4.5h-7z",
} as const;

export type IconName = keyof typeof PATHS;

export function Icon({ name, className = "size-4", ...props }: { name: IconName } & SVGProps<SVGSVGElement>) {
  return (
    <svg
      viewBox="0 0 16 16"
      fill="none"
      stroke="currentColor"
      strokeWidth={1.5}
      strokeLinecap="round"
      strokeLinejoin="round"
      aria-hidden="true"
      focusable="false"
      className={className}
      {...props}
    >
      <path d={PATHS[name]} />
    </svg>
  );
}
