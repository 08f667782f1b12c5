// The host's public entry points, for the CLI, the worker and tests.

import { Host, type BootOptions } from "./host.ts";

export { Host, SCRIPT_ENV, SCRIPT_PATH, exitStatusOf, scriptInterpreter } from "./host.ts";
export type { BootOptions, SpawnOptions } from "./host.ts";
export { RootImageError } from "./root_image.ts";
export type { DiskExtent, DiskImage, DiskInode, DiskMeta, RootImageReport } from "./root_image.ts";

export interface ScriptResult {
  status: number;
  /** stdout and stderr merged in the order they were written (as `>out 2>&1`). */
  output: Uint8Array;
  stdout: Uint8Array;
  stderr: Uint8Array;
}

function concat(chunks: Uint8Array[]): Uint8Array {
  let n = 0;
  for (const c of chunks) n += c.length;
  const out = new Uint8Array(n);
  let o = 0;
  for (const c of chunks) {
    out.set(c, o);
    o += c.length;
  }
  return out;
}

/**
 * Boot a fresh machine and run a script as `vlab --script` does. shell overrides the script's
 * own choice (its #! or "# shell:" line).
 */
export async function runScript(req: { script: string | Uint8Array; shell?: "sh" | "bash"; path?: string; args?: string[]; boot?: BootOptions }): Promise<ScriptResult> {
  const host = await Host.boot({ preload: true, ...req.boot });
  const merged: Uint8Array[] = [];
  const out: Uint8Array[] = [];
  const err: Uint8Array[] = [];
  const status = await host.runScript({
    script: req.script,
    shell: req.shell && `/bin/${req.shell}`,
    args: req.args,
    onStdout: (b) => (merged.push(b), out.push(b)),
    onStderr: (b) => (merged.push(b), err.push(b)),
  });
  return { status, output: concat(merged), stdout: concat(out), stderr: concat(err) };
}
