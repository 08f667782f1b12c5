// The differential corpus: cases recorded on real Linux (runner/record.sh) and how a
// simulator run is judged against them. Shared by differential.test.ts and
// update-known-failures.ts, so the suite and the bookkeeping can never disagree.
//
// A case is cases/AREA/NAME.sh (line 1 "# shell: sh|bash"), NAME.out (stdout and stderr
// merged, bytes) and NAME.rc (exit status) — the format of runner/lib.sh.

import { existsSync, readdirSync, readFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

export const HERE = dirname(fileURLToPath(import.meta.url));
export const REPO_ROOT = resolve(HERE, "../..");

/** Our own corpus, and the shared sample that lives beside the repo (`../shared` in CI). */
export const CORPORA: readonly { prefix: string; dir: string }[] = [
  { prefix: "", dir: join(HERE, "cases") },
  { prefix: "shared/", dir: resolve(REPO_ROOT, "../shared/real-linux-sample/cases") },
];

export const KNOWN_FAILURES_FILE = join(HERE, "known-failures.txt");

export interface Case {
  /** AREA/NAME for our cases, shared/AREA/NAME for the shared sample. */
  id: string;
  /** Absolute path of the script. */
  path: string;
  script: string;
  /** The interpreter line 1 asks for; sh unless it says bash (as runner/lib.sh case_shell). */
  shell: "sh" | "bash";
  expectedOutput: Uint8Array;
  expectedStatus: number;
}

/** Every case with its golden files, sorted by id (byte order, as `LC_ALL=C sort`). */
export function listCases(): Case[] {
  const cases: Case[] = [];
  for (const { prefix, dir } of CORPORA) {
    if (!existsSync(dir)) continue;
    for (const area of readdirSync(dir, { withFileTypes: true })) {
      if (!area.isDirectory()) continue;
      for (const file of readdirSync(join(dir, area.name))) {
        if (!file.endsWith(".sh")) continue;
        const base = join(dir, area.name, file.slice(0, -3));
        if (!existsSync(`${base}.out`) || !existsSync(`${base}.rc`)) continue;
        const script = readFileSync(`${base}.sh`, "utf8");
        cases.push({
          id: `${prefix}${area.name}/${file.slice(0, -3)}`,
          path: `${base}.sh`,
          script,
          shell: /^# shell: *bash/.test(script) ? "bash" : "sh",
          expectedOutput: new Uint8Array(readFileSync(`${base}.out`)),
          expectedStatus: Number(readFileSync(`${base}.rc`, "utf8").trim()),
        });
      }
    }
  }
  return cases.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

/** known-failures.txt: "ID  # reason" a line; blank lines and lines starting with # are skipped. */
export function readKnownFailures(file = KNOWN_FAILURES_FILE): Map<string, string> {
  const known = new Map<string, string>();
  if (!existsSync(file)) return known;
  for (const line of readFileSync(file, "utf8").split("\n")) {
    const trimmed = line.trim();
    if (trimmed === "" || trimmed.startsWith("#")) continue;
    const hash = trimmed.indexOf("#");
    const id = (hash < 0 ? trimmed : trimmed.slice(0, hash)).trim();
    known.set(id, hash < 0 ? "" : trimmed.slice(hash + 1).trim());
  }
  return known;
}

/** What one simulator run printed. */
export interface Outcome {
  output: Uint8Array;
  status: number;
}

const latin1 = new TextDecoder("latin1");

/**
 * Output and status as one text, for a readable diff: bytes shown one char per byte
 * (invalid UTF-8 cannot hide), then the exit status on a line of its own.
 */
export function render(output: Uint8Array, status: number): string {
  return `${latin1.decode(output)}\n[exit status ${status}]`;
}

/** "" when the run matches the golden files, else a short reason as check.sh gives it. */
export function judge(c: Case, got: Outcome): string {
  const why: string[] = [];
  if (!bytesEqual(c.expectedOutput, got.output)) why.push("output differs");
  if (c.expectedStatus !== got.status) why.push(`exit ${got.status}, expected ${c.expectedStatus}`);
  return why.join(", ");
}

/** The first line where the outputs part, as `line N: got "..."` (for known-failures reasons). */
export function firstDifference(expected: Uint8Array, actual: Uint8Array): string {
  const want = latin1.decode(expected).split("\n");
  const got = latin1.decode(actual).split("\n");
  for (let i = 0; i < Math.max(want.length, got.length); i++) {
    if (want[i] === got[i]) continue;
    const line = got[i] === undefined ? "<end of output>" : JSON.stringify(clip(got[i]!));
    return `line ${i + 1}: got ${line}`;
  }
  return "";
}

function clip(s: string, max = 70): string {
  return s.length <= max ? s : `${s.slice(0, max)}...`;
}

function bytesEqual(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}
