// Test-only: a booted host with the namespace syscalls and /proc entries wired, and a helper
// that runs a shell command line in it (as `vlab -c` does).

import { Host } from "../../host/index.ts";
import "../syscalls/groups.ts";
import { wireProcNsForTests } from "./proc_ns_testing.ts";

export interface Run {
  status: number;
  out: string;
}

export async function shRun(cmd: string, shell = "/bin/sh"): Promise<Run> {
  wireProcNsForTests();
  const host = await Host.boot();
  const dec = new TextDecoder();
  let out = "";
  const status = await host.run({
    argv: [shell, "-c", cmd],
    onStdout: (b) => (out += dec.decode(b)),
    onStderr: (b) => (out += dec.decode(b)),
  });
  return { status, out };
}
