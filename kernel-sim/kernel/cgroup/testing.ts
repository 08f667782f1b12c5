// For the cgroup tests: boot a host, run a script, and keep the machine to look at its kernel log.

import { Host } from "../../host/index.ts";

export async function runOnHost(script: string): Promise<{ out: string; status: number; log: string[]; host: Host }> {
  const host = await Host.boot();
  let out = "";
  const dec = new TextDecoder();
  const status = await host.runScript({ script, onStdout: (b) => (out += dec.decode(b)), onStderr: (b) => (out += dec.decode(b)) });
  return { out, status, log: host.kernel.log.records.map((r) => r.text), host };
}
