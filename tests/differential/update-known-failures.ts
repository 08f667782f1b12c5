// Regenerates known-failures.txt: runs every case the way differential.test.ts does and
// lists the failing ids. A reason already written for a case that still fails is kept (people
// write better reasons than "output differs"); a new failure gets the judge's short reason.
//
// usage: npx tsx tests/differential/update-known-failures.ts [--check]
//   --check   write nothing; exit 1 if the file would change (for CI)

import { readFileSync, writeFileSync, existsSync } from "node:fs";
import { judge, KNOWN_FAILURES_FILE, listCases, readKnownFailures } from "./corpus.ts";
import { loadSimulator, runCase } from "./sim.ts";

const CASE_TIMEOUT_MS = 20_000;

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
  const old = readKnownFailures();
  const lines: string[] = [];
  let passed = 0;
  for (const c of listCases()) {
    const timeout = new Promise<string>((res) => setTimeout(() => res("timed out"), CASE_TIMEOUT_MS).unref());
    const why = await Promise.race([runCase(sim, c).then((got) => judge(c, got)), timeout]);
    if (why === "") {
      passed++;
      continue;
    }
    const reason = old.get(c.id) || why;
    lines.push(`${c.id}  # ${reason}`);
    process.stderr.write(`FAIL ${c.id}: ${why}\n`);
  }
  const text = HEADER + lines.join("\n") + (lines.length ? "\n" : "");
  console.log(`${passed} passed, ${lines.length} known failures`);
  const before = existsSync(KNOWN_FAILURES_FILE) ? readFileSync(KNOWN_FAILURES_FILE, "utf8") : "";
  if (check) return before === text ? 0 : 1;
  writeFileSync(KNOWN_FAILURES_FILE, text);
  return 0;
}

process.exit(await main());
