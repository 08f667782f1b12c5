// npm run bench: each figure as one JSON line, the simulator beside the real machine doing the
// same work in the same run, with the ratio (sim/real for rates: 1 means as fast as Linux).
// Not part of npm test: timings belong here, never in unit tests.

import { execFileSync } from "node:child_process";
import { Host } from "../../kernel-sim/host/index.ts";

interface Figure {
  name: string;
  unit: string;
  sim: number;
  real: number | null;
  /** sim/real for rates (higher is better), real/sim for durations: 1.0 = Linux's speed. */
  ratio: number | null;
  note?: string;
}

function emit(f: Figure): void {
  console.log(JSON.stringify(f));
}

/** What the real machine printed for each command: the simulator must print the same. */
const realOutput = new Map<string, string>();

/** Wall time of a real shell command here, in ms (best of n). */
function realMs(cmd: string, n = 3, shell = "sh"): number {
  let best = Infinity;
  for (let i = 0; i < n; i++) {
    const t0 = performance.now();
    const out = execFileSync(shell, ["-c", cmd], { stdio: ["ignore", "pipe", "inherit"], encoding: "utf8", maxBuffer: 1 << 28 });
    best = Math.min(best, performance.now() - t0);
    realOutput.set(cmd, out);
  }
  return best;
}

/** Wall time of the same command in a booted simulator, in ms (best of n). */
async function simMs(cmd: string, n = 3, shell = "/bin/sh"): Promise<number> {
  let best = Infinity;
  for (let i = 0; i < n; i++) {
    const host = await Host.boot({ clock: "real" });
    let err = "";
    let out = "";
    const dec = new TextDecoder();
    const t0 = performance.now();
    const status = await host.run({ argv: [shell, "-c", cmd], onStdout: (b) => (out += dec.decode(b)), onStderr: (b) => (err += dec.decode(b)) });
    const ms = performance.now() - t0;
    if (status !== 0 || err) throw new Error(`sim: ${cmd}: exit ${status}: ${err}`);
    const want = realOutput.get(cmd);
    if (want !== undefined && out !== want) throw new Error(`sim printed ${JSON.stringify(out.slice(0, 80))}, real ${JSON.stringify(want.slice(0, 80))}`);
    best = Math.min(best, ms);
  }
  return best;
}

function rate(name: string, unit: string, work: number, simMsV: number, realMsV: number, note?: string): void {
  const sim = (work * 1000) / simMsV;
  const real = (work * 1000) / realMsV;
  emit({ name, unit, sim: Math.round(sim), real: Math.round(real), ratio: +(sim / real).toFixed(3), ...(note ? { note } : {}) });
}

async function bootFigure(): Promise<void> {
  let best = Infinity;
  for (let i = 0; i < 5; i++) {
    const t0 = performance.now();
    await Host.boot({ clock: "real" });
    best = Math.min(best, performance.now() - t0);
  }
  // The real machine's nearest equivalent: a fresh pid+mount namespace with its own /proc.
  let real: number | null = null;
  try {
    real = realMs("unshare --fork --pid --mount-proc true", 5);
  } catch {
    real = null;
  }
  emit({ name: "host_boot", unit: "ms", sim: +best.toFixed(2), real: real && +real.toFixed(2), ratio: real ? +(real / best).toFixed(3) : null, note: "real: unshare --fork --pid --mount-proc true" });
}

const figures: Record<string, () => Promise<void>> = {
  host_boot: bootFigure,
  async fork_exec_wait() {
    const n = 2000;
    const cmd = `i=0; while [ $i -lt ${n} ]; do /bin/true; i=$((i+1)); done`;
    const real = realMs(cmd);
    rate("fork_exec_wait", "per_s", n, await simMs(cmd), real, "sh loop running /bin/true");
  },
  async pipe_throughput() {
    const bytes = 64 * 1024 * 1024;
    const cmd = `head -c ${bytes} /dev/zero | cat > /dev/null`;
    const real = realMs(cmd);
    rate("pipe_throughput", "bytes_per_s", bytes, await simMs(cmd), real, "head -c N /dev/zero | cat > /dev/null");
  },
  async shell_loop() {
    const n = 100000;
    const cmd = `i=0; while [ $i -lt ${n} ]; do i=$((i+1)); done`;
    const real = realMs(cmd, 3, "bash");
    rate("shell_loop", "iterations_per_s", n, await simMs(cmd, 3, "/bin/bash"), real, "bash while loop, builtins only");
  },
  async text_pipeline() {
    const cmd = "seq 1 200000 | grep 7 | sort -r | uniq -c | wc -l";
    const r = realMs(cmd);
    const s = await simMs(cmd);
    emit({ name: "text_pipeline", unit: "ms", sim: +s.toFixed(1), real: +r.toFixed(1), ratio: +(r / s).toFixed(3), note: cmd });
  },
};

const only = process.argv.slice(2);
for (const [name, run] of Object.entries(figures)) {
  if (only.length && !only.includes(name)) continue;
  try {
    await run();
  } catch (e) {
    emit({ name, unit: "error", sim: NaN, real: null, ratio: null, note: (e as Error).message.split("\n")[0] });
  }
}
process.exit(0);
