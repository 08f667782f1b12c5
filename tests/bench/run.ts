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

/**
 * A timed section inside a script: the script prints "MS <elapsed>" measured with date +%s%N
 * around the work, so set-up (creating 10,000 files, starting 10,000 processes) is not counted.
 */
const TIMED = (setup: string, work: string, cleanup = ""): string =>
  `${setup}\na=$(date +%s%N)\n${work}\nb=$(date +%s%N)\n${cleanup}\necho "MS $(( (b - a) / 1000 ))"`;

function sectionMs(out: string): number {
  const m = /^MS (\d+)$/m.exec(out);
  if (!m) throw new Error(`no timing in: ${out.slice(0, 200)}`);
  return Number(m[1]) / 1000;
}

function realSection(script: string): number {
  const out = execFileSync("sh", ["-c", script], { stdio: ["ignore", "pipe", "inherit"], encoding: "utf8", maxBuffer: 1 << 26 });
  return sectionMs(out);
}

async function simSection(script: string): Promise<number> {
  const host = await Host.boot({ clock: "real" });
  let out = "";
  let err = "";
  const dec = new TextDecoder();
  const status = await host.run({ argv: ["/bin/sh", "-c", script], onStdout: (b) => (out += dec.decode(b)), onStderr: (b) => (err += dec.decode(b)) });
  if (status !== 0) throw new Error(`sim exit ${status}: ${err.slice(0, 300)}`);
  return sectionMs(out);
}

/** A duration figure: ratio real/sim, so 1 means as fast as Linux. */
function duration(name: string, simV: number, realV: number | null, note: string): void {
  emit({ name, unit: "ms", sim: +simV.toFixed(1), real: realV === null ? null : +realV.toFixed(1), ratio: realV === null ? null : +(realV / simV).toFixed(3), note });
}

// Issue 4 and 5 figures. The real machine runs them in private namespaces (unshare -m -n with a
// fresh /run), so nothing on this host is changed.
Object.assign(figures, {
  async unshare_pid_mount_proc() {
    const n = 200;
    const cmd = `i=0; while [ $i -lt ${n} ]; do unshare -fp --mount-proc true; i=$((i+1)); done`;
    const real = realMs(`unshare -m sh -c '${cmd}'`, 1);
    rate("unshare_pid_mount_proc", "per_s", n, await simMs(cmd, 1), real, "unshare -fp --mount-proc true");
  },
  async netns_veth_1000() {
    const work = "for i in $(seq 1000); do ip netns add n$i; ip link add v$i type veth peer name p$i; ip link set p$i netns n$i; done";
    const real = realSection(`unshare -m -n sh -c 'mount -t tmpfs t /run; ${TIMED("", work).replace(/'/g, "'\\''")}'`);
    duration("netns_veth_1000", await simSection(TIMED("", work)), real, "1,000 named netns, a veth pair each, one end moved in");
  },
  async overlay_copy_up_10000() {
    const setup = "mkdir -p /tmp/o/l /tmp/o/u /tmp/o/w /tmp/o/m; cd /tmp/o/l; seq 10000 | xargs touch; cd /; mount -t overlay overlay -o lowerdir=/tmp/o/l,upperdir=/tmp/o/u,workdir=/tmp/o/w /tmp/o/m; cd /tmp/o/m";
    const work = "find . -type f -exec chmod 600 {} +";
    const real = realSection(`unshare -m sh -c 'mount -t tmpfs t /tmp; ${TIMED(setup, work).replace(/'/g, "'\\''")}'`);
    duration("overlay_copy_up_10000", await simSection(TIMED(setup, work)), real, "chmod of 10,000 lower files through overlay (copy-up)");
  },
  async cgroups_1000() {
    const work = 'cd "$cg"; for i in $(seq 1000); do mkdir vlab-b$i; done; for i in $(seq 1000); do rmdir vlab-b$i; done';
    const find = "cg=$(awk '$3 == \"cgroup2\" {print $2; exit}' /proc/self/mounts)";
    const script = TIMED(find, work);
    duration("cgroups_1000", await simSection(script), realSection(script), "mkdir then rmdir 1,000 cgroups");
  },
  async ps_10000() {
    const setup = "i=0; while [ $i -lt 10000 ]; do sleep 1000 & i=$((i+1)); done";
    const work = "ps aux > /dev/null";
    // No clean-up: the real run is in its own pid namespace, whose processes die with its init;
    // the simulated machine is dropped after the run.
    const real = realSection(`unshare -fp --mount-proc sh -c '${TIMED(setup, work)}'`);
    duration("ps_10000", await simSection(TIMED(setup, work)), real, "ps aux with 10,000 processes");
  },
});

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
