// ipcmk(1) from util-linux 2.38.1: make a message queue, semaphore set or shared memory
// segment with a random key, and print its id.

import { program } from "../lib/main.ts";
import type { LongOpt } from "../lib/getopt.ts";
import { err, errx, parseArgs, runTool, tryHelp, versionText } from "./common.ts";
import { IPC_CREAT } from "../lib/sys_ipc.ts";

const HELP = `
Usage:
 ipcmk [options]

Create various IPC resources.

Options:
 -M, --shmem <size>       create shared memory segment of size <size>
 -S, --semaphore <number> create semaphore array with <number> elements
 -Q, --queue              create message queue
 -p, --mode <mode>        permission for the resource (default is 0644)

 -h, --help               display this help
 -V, --version            display version

Arguments:
 <size> arguments may be followed by the suffixes for
   GiB, TiB, PiB, EiB, ZiB, and YiB (the "iB" is optional)

For more details see ipcmk(1).
`;

const LONGOPTS: LongOpt[] = [
  { name: "shmem", has: 1, key: "M" },
  { name: "semaphore", has: 1, key: "S" },
  { name: "queue", has: 0, key: "Q" },
  { name: "mode", has: 1, key: "p" },
  { name: "version", has: 0, key: "V" },
  { name: "help", has: 0, key: "h" },
];

const SUFFIX: Record<string, number> = { K: 2 ** 10, M: 2 ** 20, G: 2 ** 30, T: 2 ** 40, P: 2 ** 50, E: 2 ** 60 };

/** strtosize(): a number with an optional K/M/G... (KiB, KB: powers of 1000 for "B"). */
function parseSize(s: string): number | null {
  const m = /^(\d+)(?:([KMGTPE])(iB|B)?)?$/i.exec(s);
  if (!m) return null;
  const n = Number(m[1]);
  if (!m[2]) return n;
  const unit = m[2].toUpperCase();
  if (m[3] === "B") return n * 1000 ** ("KMGTPE".indexOf(unit) + 1);
  return n * SUFFIX[unit]!;
}

export default program((p) =>
  runTool(async () => {
    const sys = p.sys;
    const parsed = await parseArgs(p, "hM:QS:p:V", LONGOPTS);
    let shm: number | null = null;
    let sem: number | null = null;
    let queue = false;
    let mode = 0o644;
    for (const o of parsed.opts) {
      switch (o.key) {
        case "M": {
          const v = parseSize(o.arg!);
          if (v === null) return errx(p, 1, `failed to parse size: '${o.arg}'`);
          shm = v;
          break;
        }
        case "S":
          if (!/^\d+$/.test(o.arg!)) return errx(p, 1, `failed to parse elements: '${o.arg}'`);
          sem = Number(o.arg);
          break;
        case "Q":
          queue = true;
          break;
        case "p":
          if (!/^[0-7]+$/.test(o.arg!)) return errx(p, 1, `failed to parse mode: '${o.arg}'`);
          mode = parseInt(o.arg!, 8);
          break;
        case "h":
          await p.out.write(HELP);
          return 0;
        case "V":
          await p.out.write(versionText("ipcmk"));
          return 0;
      }
    }
    if (shm === null && sem === null && !queue) return tryHelp(p, "bad usage");
    const key = (): number => new DataView(sys.getrandom(4).buffer).getInt32(0);
    if (shm !== null) {
      try {
        await p.out.write(`Shared memory id: ${sys.shmget(key(), shm, mode | IPC_CREAT)}\n`);
      } catch (e) {
        return err(p, 1, "create share memory failed", e);
      }
    }
    if (queue) {
      try {
        await p.out.write(`Message queue id: ${sys.msgget(key(), mode | IPC_CREAT)}\n`);
      } catch (e) {
        return err(p, 1, "create message queue failed", e);
      }
    }
    if (sem !== null) {
      try {
        await p.out.write(`Semaphore id: ${sys.semget(key(), sem, mode | IPC_CREAT)}\n`);
      } catch (e) {
        return err(p, 1, "create semaphore failed", e);
      }
    }
    return 0;
  }),
);
