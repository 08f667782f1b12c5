// ipcrm(1) from util-linux 2.38.1: remove System V IPC objects by id or key, or all of them.

import { program, type Proc } from "../lib/main.ts";
import type { LongOpt } from "../lib/getopt.ts";
import { errx, parseArgs, runTool, tryHelp, versionText, warnx } from "./common.ts";
import { readIpcList } from "./ipc_proc.ts";
import { IPC_RMID } from "../lib/sys_ipc.ts";
import { EACCES, EIDRM, EINVAL, ENOENT, EPERM, Errno, strerror } from "../../uapi/errno.ts";

const HELP = `
Usage:
 ipcrm [options]
 ipcrm shm|msg|sem <id>...

Remove certain IPC resources.

Options:
 -m, --shmem-id <id>        remove shared memory segment by id
 -M, --shmem-key <key>      remove shared memory segment by key
 -q, --queue-id <id>        remove message queue by id
 -Q, --queue-key <key>      remove message queue by key
 -s, --semaphore-id <id>    remove semaphore by id
 -S, --semaphore-key <key>  remove semaphore by key
 -a, --all[=shm|msg|sem]    remove all (in the specified category)
 -v, --verbose              explain what is being done

 -h, --help                 display this help
 -V, --version              display version

For more details see ipcrm(1).
`;

const LONGOPTS: LongOpt[] = [
  { name: "shmem-id", has: 1, key: "m" },
  { name: "shmem-key", has: 1, key: "M" },
  { name: "queue-id", has: 1, key: "q" },
  { name: "queue-key", has: 1, key: "Q" },
  { name: "semaphore-id", has: 1, key: "s" },
  { name: "semaphore-key", has: 1, key: "S" },
  { name: "all", has: 2, key: "a" },
  { name: "verbose", has: 0, key: "v" },
  { name: "version", has: 0, key: "V" },
  { name: "help", has: 0, key: "h" },
];

type Kind = "shm" | "msg" | "sem";

/** strtoul(s, 0): decimal, 0x hex or 0 octal. */
function parseNum(s: string): number | null {
  if (/^0[xX][0-9a-fA-F]+$/.test(s)) return parseInt(s.slice(2), 16);
  if (/^0[0-7]*$/.test(s)) return parseInt(s, 8) || 0;
  if (/^[1-9]\d*$/.test(s)) return Number(s);
  return null;
}

function removeId(p: Proc, kind: Kind, id: number): void {
  const s = p.sys;
  if (kind === "shm") s.shmctl(id, IPC_RMID);
  else if (kind === "msg") s.msgctl(id, IPC_RMID);
  else s.semctl(id, 0, IPC_RMID);
}

/** key -> id with *get(key, 0), as ipcrm does (ENOENT: invalid key). */
function idOfKey(p: Proc, kind: Kind, key: number): number {
  const s = p.sys;
  if (kind === "shm") return s.shmget(key, 0, 0);
  if (kind === "msg") return s.msgget(key, 0);
  return s.semget(key, 0, 0);
}

/** remove_id(): the messages ipcrm prints for each failure. */
async function removeOne(p: Proc, kind: Kind, id: number, iskey: boolean, spelled: string, verbose: boolean): Promise<boolean> {
  const what = iskey ? "key" : "id";
  try {
    if (iskey) id = idOfKey(p, kind, id);
    if (verbose) await warnx(p, `removing ${kind === "shm" ? "shared memory" : kind === "msg" ? "message queue" : "semaphore"} ${what} ${spelled}`);
    removeId(p, kind, id);
    return true;
  } catch (e) {
    if (!(e instanceof Errno)) throw e;
    switch (e.errno) {
      case EACCES:
      case EPERM:
        await warnx(p, `permission denied for ${what} (${spelled})`);
        break;
      case EINVAL:
        await warnx(p, `invalid ${what} (${spelled})`);
        break;
      case EIDRM:
        await warnx(p, `already removed ${what} (${spelled})`);
        break;
      case ENOENT:
        await warnx(p, `invalid ${what} (${spelled})`);
        break;
      default:
        await warnx(p, `${what} failed: ${strerror(e.errno)}`);
    }
    return false;
  }
}

export default program((p) =>
  runTool(async () => {
    const argv = p.argv.slice(1);
    // The old form: ipcrm shm|msg|sem <id>...
    if (argv.length >= 1 && ["shm", "msg", "sem"].includes(argv[0]!)) {
      let ok = true;
      for (const a of argv.slice(1)) {
        const id = parseNum(a);
        if (id === null) return errx(p, 1, `failed to parse argument: '${a}'`);
        if (!(await removeOne(p, argv[0] as Kind, id, false, a, false))) ok = false;
      }
      return ok ? 0 : 1;
    }
    const parsed = await parseArgs(p, "q:m:s:Q:M:S:a::vhV", LONGOPTS);
    const verbose = parsed.opts.some((o) => o.key === "v");
    let ok = true;
    let all: string | null = null;
    for (const o of parsed.opts) {
      const kinds: Record<string, [Kind, boolean]> = { q: ["msg", false], Q: ["msg", true], m: ["shm", false], M: ["shm", true], s: ["sem", false], S: ["sem", true] };
      if (o.key in kinds) {
        const [kind, iskey] = kinds[o.key]!;
        const n = parseNum(o.arg!);
        if (n === null) return errx(p, 1, `failed to parse argument: '${o.arg}'`);
        if (iskey && n === 0) return errx(p, 1, `illegal key (${o.arg})`);
        if (!(await removeOne(p, kind, n, iskey, o.arg!, verbose))) ok = false;
        continue;
      }
      switch (o.key) {
        case "a":
          if (o.arg !== undefined && !["shm", "msg", "sem"].includes(o.arg)) return tryHelp(p, `unknown argument: ${o.arg}`);
          all = o.arg ?? "all";
          break;
        case "h":
          await p.out.write(HELP);
          return 0;
        case "V":
          await p.out.write(versionText("ipcrm"));
          return 0;
      }
    }
    if (parsed.operands.length > 0) return tryHelp(p, `unknown argument: ${parsed.operands[0]}`);
    if (all !== null) {
      const list = await readIpcList(p.sys);
      for (const k of ["msg", "shm", "sem"] as Kind[]) {
        if (all !== "all" && all !== k) continue;
        for (const { id } of list[k]) if (!(await removeOne(p, k, id, false, String(id), verbose))) ok = false;
      }
    }
    return ok ? 0 : 1;
  }),
);
