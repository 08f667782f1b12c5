// Regenerates known-failures.txt: runs every case the way differential.test.ts does and
// lists the failing ids. A reason already written for a case that still fails is kept (people
// write better reasons than "output differs"); a new failure gets the judge's short reason and
// the first line where the output goes wrong. Pass --fresh to drop the old reasons.
//
// usage: npx tsx tests/differential/update-known-failures.ts [--check]
//   --check   write nothing; exit 1 if the file would change (for CI)
//   --fresh   forget the reasons written before

import { readFileSync, writeFileSync, existsSync } from "node:fs";
import { firstDifference, judge, KNOWN_FAILURES_FILE, listCases, readKnownFailures, type Case } from "./corpus.ts";
import { loadSimulator, runCase } from "./sim.ts";

const CASE_TIMEOUT_MS = 10_000;
/** Cases run at once (each on its own machine), as the suite runs them. */
const CONCURRENCY = 5;

const HEADER = `# Differential cases the simulator does not pass yet: "ID  # reason", one a line.
# The suite runs them as test.fails, so a fixed case fails it until removed from here.
# Regenerate: npx tsx tests/differential/update-known-failures.ts
`;

async function main(): Promise<number> {
  const check = process.argv.includes("--check");
  const sim = await loadSimulator();
  if (typeof sim === "string") {
    console.error(`update-known-failures: ${sim}`);
    return 2;
  }
  const old = process.argv.includes("--fresh") ? new Map<string, string>() : readKnownFailures();
  const cases = listCases();
  const reasons = new Array<string>(cases.length);
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < cases.length) {
      const i = next++;
      const c = cases[i]!;
      // Not unref()d: a case stuck with nothing scheduled must still end by its timeout,
      // not let Node exit with the await unsettled.
      const timeout = new Promise<string>((res) => setTimeout(() => res("timed out"), CASE_TIMEOUT_MS));
      reasons[i] = await Promise.race([runCase(sim, c).then((got) => explain(c, got)), timeout]);
    }
  };
  await Promise.all(Array.from({ length: CONCURRENCY }, worker));
  const lines: string[] = [];
  let passed = 0;
  cases.forEach((c, i) => {
    const why = reasons[i]!;
    if (why === "") {
      passed++;
      return;
    }
    lines.push(`${c.id}  # ${old.get(c.id) || why}`);
    process.stderr.write(`FAIL ${c.id}: ${why}\n`);
  });
  const text = HEADER + lines.join("\n") + (lines.length ? "\n" : "");
  console.log(`${passed} passed, ${lines.length} known failures`);
  const before = existsSync(KNOWN_FAILURES_FILE) ? readFileSync(KNOWN_FAILURES_FILE, "utf8") : "";
  if (check) return before === text ? 0 : 1;
  writeFileSync(KNOWN_FAILURES_FILE, text);
  return 0;
}

/** The judge's reason plus where the output first goes wrong: "" when the case passes. */
function explain(c: Case, got: { output: Uint8Array; status: number }): string {
  const why = judge(c, got);
  if (why === "") return "";
  const where = firstDifference(c.expectedOutput, got.output);
  return where === "" ? why : `${why}; ${where}`;
}

process.exit(await main());
