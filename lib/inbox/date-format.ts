// Creating an Intl.DateTimeFormat costs far more than using one, and the thread
// and the inbox list format thousands of dates: one instance per locale and options.
const formats = new Map<string, Intl.DateTimeFormat>();

export function dateFormat(locale: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${locale}|${JSON.stringify(options)}`;
  let format = formats.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(locale, options);
    formats.set(key, format);
  }
  return format;
}

/** `YYYY-MM-DD` of a date in a time zone (en-CA writes dates that way). */
export function dayKey(date: Date, timeZone?: string): string {
  return dateFormat("en-CA", { timeZone, year: "numeric", month: "2-digit", day: "2-digit" }).format(date);
}
