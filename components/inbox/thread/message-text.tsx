import { linkify } from "@/lib/inbox/linkify";

// The text of a message, as text: React escapes it; only http(s) URLs become links.
export function MessageText({ text, outbound }: { text: string; outbound: boolean }) {
  const linkClass = outbound
    ? "underline decoration-white/60 underline-offset-2 hover:decoration-white"
    : "text-indigo-700 underline decoration-indigo-300 underline-offset-2 hover:decoration-indigo-700 dark:text-indigo-300 dark:decoration-indigo-500";
  return (
    <p dir="auto" className="text-[15px] leading-relaxed [overflow-wrap:anywhere] whitespace-pre-wrap">
      {linkify(text).map((segment, i) =>
        segment.kind === "link" ? (
          <a
            key={i}
            href={segment.href}
            target="_blank"
            rel="noopener noreferrer"
            className={`rounded-sm ${linkClass}`}
          >
            {segment.text}
          </a>
        ) : (
          <span key={i}>{segment.text}</span>
        ),
      )}
    </p>
  );
}
