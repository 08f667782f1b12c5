// The one place that knows how to run a script on the simulator in-process. Everything else in
// this folder talks to `runCase`, so when kernel-sim/host/ changes its API only this file moves.
//
// Each case gets a freshly booted machine (virtual clock), exactly as
// `vlab --script FILE` runs one: root, cwd /root, the script at /run/vlab-case/case.sh (where the
// recorder puts it too, so "$0: line N:" messages agree), stdin /dev/null, stdout and stderr
// merged in the order they were written.

import { runScript } from "../../kernel-sim/host/index.ts";
import type { Case, Outcome } from "./corpus.ts";

/** What the suite calls: runScript({ path, script, shell }) → { status, output }. */
export type RunScript = (req: {
  path: string;
  script: string;
  shell: "sh" | "bash";
}) => Promise<{ status: number; output: string | Uint8Array }>;

/** The simulator: kernel-sim/host's runScript boots a fresh machine per call (virtual clock). */
const runOnHost: RunScript = ({ path, script, shell }) => runScript({ path, script, shell });

/**
 * The implementation under test: the host, or the module VLAB_SIM_MODULE names (an absolute
 * path exporting `runScript` of the RunScript shape), e.g. a stub to test this harness.
 */
export async function loadSimulator(): Promise<RunScript | string> {
  const alt = process.env["VLAB_SIM_MODULE"];
  if (alt === undefined || alt === "") return runOnHost;
  try {
    const mod = (await import(/* @vite-ignore */ alt)) as Record<string, unknown>;
    const f = mod["runScript"];
    return typeof f === "function" ? (f as RunScript) : `${alt} does not export runScript`;
  } catch (e) {
    return `VLAB_SIM_MODULE=${alt} not loadable: ${(e as Error).message}`;
  }
}

const utf8 = new TextEncoder();

/** Runs one case; a throw from the simulator becomes its message as output and status -1. */
export async function runCase(run: RunScript, c: Case): Promise<Outcome> {
  try {
    const r = await run({ path: c.path, script: c.script, shell: c.shell });
    const output = typeof r.output === "string" ? utf8.encode(r.output) : r.output;
    return { output, status: r.status };
  } catch (e) {
    const err = e as Error;
    return { output: utf8.encode(`simulator threw: ${err.stack ?? String(e)}\n`), status: -1 };
  }
}
