// Runs every differential case (ours and the shared sample) through the simulator in-process
// and compares merged output and exit status with what real Linux printed.
//
// Cases listed in known-failures.txt run as test.fails: they must still fail, so a case the
// simulator starts passing fails the suite until it is taken off the list
// (update-known-failures.ts rewrites the list).

import { describe, expect, test } from "vitest";
import { judge, listCases, readKnownFailures, render } from "./corpus.ts";
import { loadSimulator, runCase } from "./sim.ts";

const CASE_TIMEOUT_MS = 20_000;

const cases = listCases();
const known = readKnownFailures();
const sim = await loadSimulator();

describe("differential: real Linux vs vlab", () => {
  test("the corpus is there", () => {
    expect(cases.length).toBeGreaterThan(0);
    const ids = new Set(cases.map((c) => c.id));
    const stale = [...known.keys()].filter((id) => !ids.has(id));
    expect(stale, "known-failures.txt names cases that do not exist").toEqual([]);
  });

  if (typeof sim === "string") {
    test.skip(`every case (${sim})`, () => {});
    return;
  }

  for (const c of cases) {
    const run = known.has(c.id) ? test.fails : test;
    run(
      c.id,
      async () => {
        const got = await runCase(sim, c);
        if (judge(c, got) === "") return;
        expect(render(got.output, got.status)).toBe(render(c.expectedOutput, c.expectedStatus));
      },
      CASE_TIMEOUT_MS,
    );
  }
});
