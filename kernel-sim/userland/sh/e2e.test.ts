// End-to-end: each fixtures/NAME.sh runs as `bash -c` or `sh -c` in a freshly booted simulated
// host and must print what the real shell printed (stdout and stderr merged) with the same
// status. Re-record from the real bash/dash of this machine with:
//   RECORD=1 npx vitest run kernel-sim/userland/sh/e2e.test.ts

import { describe, expect, it } from "vitest";
import { readdirSync, readFileSync, writeFileSync, existsSync } from "node:fs";
import { spawnSync } from "node:child_process";
import { join } from "node:path";
import { Host, SCRIPT_ENV } from "../../host/index.ts";

const dir = join(import.meta.dirname, "fixtures");
const record = process.env.RECORD === "1";
const dec = new TextDecoder();

function shellOf(script: string): "bash" | "sh" {
  return /^# shell: bash/m.test(script) ? "bash" : "sh";
}

function runReal(shell: string, script: string): { out: string; rc: number } {
  const env: Record<string, string> = {};
  for (const e of SCRIPT_ENV) env[e.slice(0, e.indexOf("="))] = e.slice(e.indexOf("=") + 1);
  const r = spawnSync("/bin/sh", ["-c", 'exec "$0" -c "$1" 2>&1', shell, script], { cwd: "/root", env, stdio: ["ignore", "pipe", "inherit"], timeout: 20000 });
  return { out: r.stdout.toString("utf8"), rc: r.status ?? 128 + 9 };
}

async function runSim(shell: string, script: string): Promise<{ out: string; rc: number }> {
  const host = await Host.boot();
  let out = "";
  const rc = await host.run({ argv: [`/bin/${shell}`, "-c", script], onStdout: (b) => (out += dec.decode(b)), onStderr: (b) => (out += dec.decode(b)) });
  return { out, rc };
}

const cases = readdirSync(dir).filter((f) => f.endsWith(".sh")).sort();

describe("shell against the real bash/dash", () => {
  for (const f of cases) {
    const name = f.slice(0, -3);
    it(name, async () => {
      const script = readFileSync(join(dir, f), "utf8");
      const shell = shellOf(script);
      const outFile = join(dir, `${name}.out`);
      const rcFile = join(dir, `${name}.rc`);
      if (record || !existsSync(outFile)) {
        const real = runReal(shell, script);
        writeFileSync(outFile, real.out);
        writeFileSync(rcFile, `${real.rc}\n`);
      }
      const sim = await runSim(shell, script);
      expect(sim.out).toBe(readFileSync(outFile, "utf8"));
      expect(sim.rc).toBe(Number(readFileSync(rcFile, "utf8").trim()));
    });
  }
});
