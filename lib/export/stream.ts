import { EXPORT_COLUMNS, exportRowValues, toExportRecord } from "./columns";
import { csvRow } from "./csv";
import type { InboxMessage } from "@/lib/inbox/types";

// A conversation export as a byte stream, pulled page by page: the next page is
// fetched only when the response has taken the previous one (ReadableStream's
// pull), so memory holds one page of messages, plus the ids already written.
//
// Failure midway (decision, docs/export.md): the file is not silently cut. CSV
// ends with one line whose first cell starts with "# EXPORT INCOMPLETE"; JSON
// closes the array and ends with `"complete": false` and an `error` object. A
// complete JSON export ends with `"complete": true`; a complete CSV has no marker.
// Ids already written are skipped, so a page that shifts while new messages
// arrive (newest first) cannot write a message twice.

export type ExportFormat = "csv" | "json";
export const EXPORT_FORMATS: readonly ExportFormat[] = ["csv", "json"];

/** Fetches page `page` (1-based) in Octopush's order; `hasMore` false on the last. */
export type PageSource = (page: number) => Promise<{ messages: InboxMessage[]; hasMore: boolean }>;

export interface ExportFailure {
  code: string;
  message: string;
}

export interface ExportStreamOptions {
  format: ExportFormat;
  contactKey: string;
  source: PageSource;
  /** Turns a failure into what the file says (no upstream body, no stack). */
  describe: (error: unknown) => ExportFailure;
  /** Called once at the end: how many messages were written and whether the export is whole. */
  onEnd?: (outcome: { count: number; complete: boolean; failure?: ExportFailure }) => void;
  /** A bound on pages, against an upstream that never says "last page". */
  maxPages?: number;
  now?: () => Date;
}

export const INCOMPLETE_MARKER = "# EXPORT INCOMPLETE";
const DEFAULT_MAX_PAGES = 100_000;

export function createExportStream(options: ExportStreamOptions): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  const seen = new Set<string>();
  const maxPages = options.maxPages ?? DEFAULT_MAX_PAGES;
  let page = 0;
  let count = 0;
  let started = false;
  let done = false;

  const json = options.format === "json";
  const head = json
    ? `{"conversation":${JSON.stringify(options.contactKey)},"exported_at":${JSON.stringify((options.now ?? (() => new Date()))().toISOString())},"columns":${JSON.stringify(EXPORT_COLUMNS)},"messages":[`
    : csvRow(EXPORT_COLUMNS);

  function encodePage(messages: InboxMessage[]): string {
    let out = "";
    for (const message of messages) {
      if (seen.has(message.id)) continue;
      seen.add(message.id);
      const record = toExportRecord(message);
      out += json ? `${count === 0 ? "\n" : ",\n"}${JSON.stringify(record)}` : csvRow(exportRowValues(record));
      count += 1;
    }
    return out;
  }

  function tail(failure?: ExportFailure): string {
    if (json) {
      const error = failure ? `,"error":${JSON.stringify(failure)}` : "";
      return `\n],"count":${count},"complete":${failure ? "false" : "true"}${error}}\n`;
    }
    return failure
      ? csvRow([`${INCOMPLETE_MARKER}: ${failure.message} (${failure.code}; ${count} messages written)`])
      : "";
  }

  function finish(controller: ReadableStreamDefaultController<Uint8Array>, failure?: ExportFailure) {
    done = true;
    const text = tail(failure);
    if (text) controller.enqueue(encoder.encode(text));
    controller.close();
    options.onEnd?.({ count, complete: !failure, failure });
  }

  return new ReadableStream<Uint8Array>(
    {
      async pull(controller) {
        if (done) return;
        if (!started) {
          started = true;
          controller.enqueue(encoder.encode(head));
          return;
        }
        page += 1;
        if (page > maxPages) {
          finish(controller, { code: "too_long", message: `Stopped after ${maxPages} pages.` });
          return;
        }
        let result: Awaited<ReturnType<PageSource>>;
        try {
          result = await options.source(page);
        } catch (error) {
          finish(controller, options.describe(error));
          return;
        }
        const text = encodePage(result.messages);
        if (text) controller.enqueue(encoder.encode(text));
        if (!result.hasMore || result.messages.length === 0) finish(controller);
      },
      cancel() {
        // The browser went away: stop fetching; record what was sent.
        if (!done) {
          done = true;
          options.onEnd?.({
            count,
            complete: false,
            failure: { code: "cancelled", message: "The download was cancelled." },
          });
        }
      },
    },
    // One chunk queued at most: the next page waits until the client has read this one.
    { highWaterMark: 1 },
  );
}

/** `conversation-<key>-<YYYY-MM-DD>.<ext>`, with only filename-safe characters. */
export function exportFilename(contactKey: string, format: ExportFormat, now: Date = new Date()): string {
  const safe = contactKey.replace(/[^A-Za-z0-9@._+-]/g, "_").slice(0, 80);
  return `conversation-${safe}-${now.toISOString().slice(0, 10)}.${format}`;
}
