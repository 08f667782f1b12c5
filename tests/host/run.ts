// Test helper: run a shell command line in a freshly booted host, as `vlab -c` does.
import { Host } from "../../kernel-sim/host/index.ts";

export interface Run {
  status: number;
  out: string;
  err: string;
  /** stdout and stderr merged in write order. */
  all: string;
}

export async function sh(cmd: string, shell = "/bin/sh"): Promise<Run> {
  const host = await Host.boot();
  const dec = new TextDecoder();
  let out = "";
  let err = "";
  let all = "";
  const status = await host.run({
    argv: [shell, "-c", cmd],
    onStdout: (b) => {
      const s = dec.decode(b);
      out += s;
      all += s;
    },
    onStderr: (b) => {
      const s = dec.decode(b);
      err += s;
      all += s;
    },
  });
  return { status, out, err, all };
}
