// How a thread is paged (docs/decisions/speed-against-the-floor.md, "Deep history").
// Page 1 of 50 holds the newest messages (what the server renders and the head poll
// re-reads); each older page is as large as everything newer than it, up to
// THREAD_DEEP_PAGE_SIZE: 50, 50, 100, 200, 400, 800, 800 ... Every page starts where
// the previous one ends, so (page, per_page) is always a whole page of its own size
// and the API stays page-numbered, as Octopush is. Pure, so it is tested as a table.

/** The newest page's size; also the unit in which "how far back" is counted. */
export const THREAD_PAGE_SIZE = 50;
/** The largest page of deep history: fewer steps through 10,000 messages (8 Octopush pages of 100). */
export const THREAD_DEEP_PAGE_SIZE = 800;

export interface ThreadPageParam {
  page: number;
  perPage: number;
}

export const NEWEST_PAGE: ThreadPageParam = { page: 1, perPage: THREAD_PAGE_SIZE };

/** Messages newer than this page (0 for the newest). */
export function offsetOf(param: ThreadPageParam): number {
  return (param.page - 1) * param.perPage;
}

/** Messages up to the end of this page: how far back the thread has been read once it is loaded. */
export function endOf(param: ThreadPageParam): number {
  return param.page * param.perPage;
}

export function isNewestPage(param: ThreadPageParam | undefined): boolean {
  return param !== undefined && param.page === 1;
}

export function samePage(a: ThreadPageParam, b: ThreadPageParam): boolean {
  return a.page === b.page && a.perPage === b.perPage;
}

/** The page just older than this one. */
export function olderPage(param: ThreadPageParam): ThreadPageParam {
  const end = endOf(param);
  const perPage = Math.min(end, THREAD_DEEP_PAGE_SIZE);
  return { page: end / perPage + 1, perPage };
}

/** The page just newer than this one, undefined for the newest. */
export function newerPage(param: ThreadPageParam): ThreadPageParam | undefined {
  const start = offsetOf(param);
  if (start <= 0) return undefined;
  // The page that ends at `start`: 50 for the first, else half of everything up to it, up to the cap.
  const perPage = start === THREAD_PAGE_SIZE ? THREAD_PAGE_SIZE : Math.min(start / 2, THREAD_DEEP_PAGE_SIZE);
  return { page: start / perPage, perPage };
}
