// The one place that knows how to run a script on the simulator in-process. Everything else in
// this folder talks to `runCase`, so when kernel-sim/host/ settles its API only this file moves.
//
// Expected host API (the lead's kernel-sim/host/, in progress): a function that boots a fresh
// machine as `vlab --script` does (root, cwd /root, POSIX locale, UTC, umask 022, stdin
// /dev/null, empty /tmp), runs the script with the shell it names, and resolves with the merged
// stdout+stderr and the exit status.

import type { Case, Outcome } from "./corpus.ts";

/** The shape we call: runScript({ path, script, shell }) → { status, output }. */
export type RunScript = (req: {
  path: string;
  script: string;
  shell: "sh" | "bash";
}) => Promise<{ status: number; output: string | Uint8Array }>;

/**
 * Where the host's entry point lives, and its export names we accept. A variable specifier
 * keeps the type checker from failing while the module does not exist yet. VLAB_SIM_MODULE
 * (an absolute path) points the suite at another implementation, e.g. a stub to test the harness.
 */
const HOST_MODULE = process.env["VLAB_SIM_MODULE"] ?? "../../kernel-sim/host/index.ts";
const EXPORT_NAMES = ["runScript", "runScriptFile"] as const;

let loaded: Promise<RunScript | string> | undefined;

/** The host's runScript, or a sentence saying why there is none. */
export function loadSimulator(): Promise<RunScript | string> {
  loaded ??= (async () => {
    let mod: Record<string, unknown>;
    try {
      mod = (await import(/* @vite-ignore */ HOST_MODULE)) as Record<string, unknown>;
    } catch (e) {
      return `simulator host not loadable (${HOST_MODULE}): ${(e as Error).message}`;
    }
    for (const name of EXPORT_NAMES) {
      const f = mod[name];
      if (typeof f === "function") return f as RunScript;
    }
    return `${HOST_MODULE} exports none of ${EXPORT_NAMES.join(", ")}`;
  })();
  return loaded;
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
