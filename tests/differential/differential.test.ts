// Runs every differential case (ours and the shared sample) through the simulator in-process
// and compares merged output and exit status with what real Linux printed.
//
// Cases listed in known-failures.txt run as test.fails: they must still fail, so a case the
// simulator starts passing fails the suite until it is taken off the list
// (update-known-failures.ts rewrites the list).

import { describe, expect, test } from "vitest";
import { judge, listCases, readKnownFailures, render } from "./corpus.ts";
import { loadSimulator, runCase } from "./sim.ts";

/**
 * A script on the virtual clock finishes in well under a second; one that has not after this
 * long is stuck (a task waiting for something that never comes).
 */
const CASE_TIMEOUT_MS = 10_000;

/**
 * Cases run a few at a time (each on its own booted machine, so they cannot disturb each other):
 * a stuck case then costs its timeout once, not once per case behind it. VLAB_DIFF_SEQUENTIAL=1
 * runs them one by one, to rule concurrency out when chasing a failure.
 */
const describeCases = process.env["VLAB_DIFF_SEQUENTIAL"] === "1" ? describe : describe.concurrent;

const cases = listCases();
const known = readKnownFailures();
const sim = await loadSimulator();

describeCases("differential: real Linux vs vlab", () => {
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
