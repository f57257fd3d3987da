// The product's mark: a speech bubble with three dots, for "conversations".
export function LogoMark({ className = "size-10" }: { className?: string }) {
  return (
    <span
      aria-hidden="true"
      className={`inline-flex items-center justify-center rounded-xl bg-gradient-to-br from-indigo-500 to-violet-600 text-white shadow-md ring-1 shadow-indigo-500/25 ring-black/5 ${className}`}
    >
      <svg viewBox="0 0 24 24" fill="none" className="size-[55%]">
        <path
          d="M4 11.5C4 7.36 7.58 4 12 4s8 3.36 8 7.5S16.42 19 12 19c-.98 0-1.92-.16-2.79-.46L5 20l1.17-3.52C4.8 15.2 4 13.43 4 11.5Z"
          fill="currentColor"
          fillOpacity=".95"
        />
        <circle cx="8.75" cy="11.5" r="1.15" className="fill-indigo-600" />
        <circle cx="12" cy="11.5" r="1.15" className="fill-indigo-600" />
        <circle cx="15.25" cy="11.5" r="1.15" className="fill-indigo-600" />
      </svg>
    </span>
  );
}
