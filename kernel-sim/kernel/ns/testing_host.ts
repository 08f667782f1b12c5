// Test-only: a booted host with the namespace, IPC and network syscalls installed, and a helper
// that runs a shell command line in it (as `vlab -c` does).

import { Host } from "../../host/index.ts";
import "../syscalls/groups.ts";

export interface Run {
  status: number;
  out: string;
}

export async function shRun(cmd: string, shell = "/bin/sh"): Promise<Run> {
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
