// `vlab` - a simulated Linux host in your terminal.
//
//   vlab                  an interactive root shell on a freshly booted host (exit to leave)
//   vlab -c 'SCRIPT'      run SCRIPT with sh in a fresh host; exit with its status
//   vlab --script FILE    run FILE (sh, or bash if it says so) in a fresh host
//
// Scripts get what a root shell on a fresh Debian box gets (see README.md, "The vlab command").

import { readFileSync, writeSync } from "node:fs";
import { Host } from "../kernel-sim/host/host.ts";

const USAGE = `Usage: vlab [OPTION]...
Boot a simulated Linux host and run a shell in it.

  -c SCRIPT           run SCRIPT with /bin/sh, then exit with its status
      --script FILE   run FILE (with sh, or the shell its #! or "# shell:" line names)
      --real-time     scripts: run on the host's clock instead of virtual time
  -h, --help          display this help and exit
      --version       output version information and exit

With no option, start an interactive login shell (bash) in the host's terminal.
`;

/** Write all of bytes to a host fd, synchronously: keeps stdout/stderr order exact. */
function writeFd(fd: number, bytes: Uint8Array): void {
  let off = 0;
  while (off < bytes.length) {
    try {
      off += writeSync(fd, bytes, off);
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code === "EAGAIN") continue;
      if ((e as NodeJS.ErrnoException).code === "EPIPE") return;
      throw e;
    }
  }
}

export async function main(args: string[]): Promise<number> {
  let script: Uint8Array | undefined;
  let command: string | undefined;
  let realTime = false;
  const rest: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    if (a === "-c") {
      if (i + 1 >= args.length) {
        process.stderr.write("vlab: -c: option requires an argument\n");
        return 2;
      }
      command = args[++i]!;
      rest.push(...args.slice(i + 1));
      break;
    } else if (a === "--script" || a.startsWith("--script=")) {
      const file = a.includes("=") ? a.slice(9) : args[++i];
      if (!file) {
        process.stderr.write("vlab: --script: option requires an argument\n");
        return 2;
      }
      try {
        script = readFileSync(file);
      } catch (e) {
        process.stderr.write(`vlab: ${file}: ${(e as Error).message}\n`);
        return 2;
      }
      rest.push(...args.slice(i + 1));
      break;
    } else if (a === "--real-time") realTime = true;
    else if (a === "-h" || a === "--help") {
      process.stdout.write(USAGE);
      return 0;
    } else if (a === "--version") {
      process.stdout.write("vlab 0.1.0\n");
      return 0;
    } else {
      process.stderr.write(`vlab: unrecognized option '${a}'\nTry 'vlab --help' for more information.\n`);
      return 2;
    }
  }
  const out = { onStdout: (b: Uint8Array) => writeFd(1, b), onStderr: (b: Uint8Array) => writeFd(2, b) };
  if (command !== undefined) {
    // As `sh -c 'SCRIPT' [NAME [ARG...]]` on the real box.
    const host = await Host.boot({ clock: realTime ? "real" : "virtual", preload: true });
    return host.run({ argv: ["/bin/sh", "-c", command, ...rest], ...out });
  }
  if (script !== undefined) {
    const host = await Host.boot({ clock: realTime ? "real" : "virtual", preload: true });
    return host.runScript({ script, args: rest, ...out });
  }
  return interactive();
}

/** The host's terminal becomes the machine's /dev/pts/0: raw mode, resize passed through. */
async function interactive(): Promise<number> {
  const host = await Host.boot({ clock: "real", preload: true });
  const stdin = process.stdin;
  const size = (): { rows: number; cols: number } => ({ rows: process.stdout.rows || 24, cols: process.stdout.columns || 80 });
  const { endpoint, exited } = host.openTerminal((b) => writeFd(1, b), size());
  if (stdin.isTTY) stdin.setRawMode(true);
  stdin.on("data", (d: Buffer) => endpoint.write(new Uint8Array(d)));
  stdin.on("end", () => endpoint.write(new Uint8Array([4])));
  process.stdout.on("resize", () => {
    const s = size();
    endpoint.resize(s.rows, s.cols);
  });
  const status = await exited;
  if (stdin.isTTY) stdin.setRawMode(false);
  stdin.pause();
  stdin.destroy();
  return status;
}
