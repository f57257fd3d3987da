import { mkdirSync, readFileSync, unlinkSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { StoreHeldError } from "./errors";

// PGlite opens its folder without any lock, and two processes writing one folder
// corrupt it. This pid file makes the second opener fail with a clear message.
// A stale file (its process is gone, e.g. after a crash) is taken over.

const LOCK_FILE = "inbox.pid";

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: the process exists but belongs to someone else.
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

/** Takes the folder for this process; returns the release. Throws StoreHeldError when another live process has it. */
export function lockDataDir(dataDir: string): () => void {
  mkdirSync(dataDir, { recursive: true });
  const file = join(dataDir, LOCK_FILE);
  for (let attempt = 0; attempt < 3; attempt++) {
    try {
      writeFileSync(file, `${process.pid}\n`, { flag: "wx", mode: 0o600 });
      break;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
      let holder = Number.NaN;
      try {
        holder = Number.parseInt(readFileSync(file, "utf8"), 10);
      } catch {
        // removed meanwhile: try again
      }
      if (holder === process.pid) break;
      if (Number.isInteger(holder) && holder > 0 && isAlive(holder)) throw new StoreHeldError(dataDir, holder);
      try {
        unlinkSync(file);
      } catch {
        // another process took it over first; the next attempt sees who
      }
    }
  }
  const holder = Number.parseInt(readFileSync(file, "utf8"), 10);
  if (holder !== process.pid) throw new StoreHeldError(dataDir, holder);
  let released = false;
  const release = () => {
    if (released) return;
    released = true;
    process.off("exit", release);
    try {
      if (Number.parseInt(readFileSync(file, "utf8"), 10) === process.pid) unlinkSync(file);
    } catch {
      // already gone
    }
  };
  process.on("exit", release);
  return release;
}
