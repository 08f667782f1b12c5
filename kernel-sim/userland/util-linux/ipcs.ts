// ipcs(1) from util-linux 2.38.1: show System V IPC objects of the caller's IPC namespace. The
// printf formats are sys-utils/ipcs.c's, field for field (trailing blanks included).

import { program, type Proc } from "../lib/main.ts";
import type { LongOpt } from "../lib/getopt.ts";
import { UserDb } from "../lib/pwd.ts";
import { errx, parseArgs, runTool, versionText } from "./common.ts";
import { IPC_DEFAULT_LIMITS, readIpcLimits, readIpcList, type IpcLimits } from "./ipc_proc.ts";
import type { IpcList, IpcPerm } from "../lib/sys_ipc.ts";
import { SHM_DEST, SHM_LOCKED } from "../lib/sys_ipc.ts";

const HELP = `
Usage:
 ipcs [resource-option...] [output-option]
 ipcs -m|-q|-s -i <id>

Show information on IPC facilities.

Options:
 -i, --id <id>  print details on resource identified by <id>
 -h, --help     display this help
 -V, --version  display version

Resource options:
 -m, --shmems      shared memory segments
 -q, --queues      message queues
 -s, --semaphores  semaphores
 -a, --all         all (default)

Output options:
 -t, --time        show attach, detach and change times
 -p, --pid         show PIDs of creator and last operator
 -c, --creator     show creator and owner
 -l, --limits      show resource limits
 -u, --summary     show status summary
     --human       show sizes in human-readable format
 -b, --bytes       show sizes in bytes

For more details see ipcs(1).
`;

const LONGOPTS: LongOpt[] = [
  { name: "id", has: 1, key: "i" },
  { name: "queues", has: 0, key: "q" },
  { name: "shmems", has: 0, key: "m" },
  { name: "semaphores", has: 0, key: "s" },
  { name: "all", has: 0, key: "a" },
  { name: "time", has: 0, key: "t" },
  { name: "pid", has: 0, key: "p" },
  { name: "creator", has: 0, key: "c" },
  { name: "limits", has: 0, key: "l" },
  { name: "summary", has: 0, key: "u" },
  { name: "human", has: 0 },
  { name: "bytes", has: 0, key: "b" },
  { name: "version", has: 0, key: "V" },
  { name: "help", has: 0, key: "h" },
];

type Format = "normal" | "time" | "pid" | "creator" | "limits" | "status";

/** %-Ns */
const L = (v: string | number, n: number): string => String(v).padEnd(n);
/** %Nd */
const R = (v: string | number, n: number): string => String(v).padStart(n);
/** %-N.Ms */
const LT = (v: string, n: number, max: number): string => v.slice(0, max).padEnd(n);

const DAYS = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"];
const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

/** ctime(3) without the newline, in UTC: "Tue Dec  1 19:29:35 2026". */
function ctime(sec: number): string {
  const d = new Date(sec * 1000);
  const two = (n: number): string => String(n).padStart(2, "0");
  return `${DAYS[d.getUTCDay()]} ${MONTHS[d.getUTCMonth()]} ${String(d.getUTCDate()).padStart(2)} ${two(d.getUTCHours())}:${two(d.getUTCMinutes())}:${two(d.getUTCSeconds())} ${d.getUTCFullYear()}`;
}

/** " %-20.16s" of ctime()+4, or "Not set". */
const shortTime = (t: number): string => " " + (t ? LT(ctime(t).slice(4) + " ", 20, 16) : L("Not set", 20));
/** "%-26.24s" of ctime(), or "Not set". */
const longTime = (t: number): string => (t ? LT(ctime(t), 26, 24) : L("Not set", 26));

const hexKey = (k: number): string => "0x" + (k >>> 0).toString(16).padStart(8, "0");
const oct = (m: number): string => (m & 0o777).toString(8);

export default program((p) =>
  runTool(async () => {
    const sys = p.sys;
    const parsed = await parseArgs(p, "i:qmsatpclubVh", LONGOPTS);
    let format: Format = "normal";
    let id: number | null = null;
    let bytes = false;
    const want = { msg: false, shm: false, sem: false };
    for (const o of parsed.opts) {
      switch (o.key) {
        case "i":
          if (!/^-?\d+$/.test(o.arg!)) return errx(p, 1, `failed to parse id argument: '${o.arg}'`);
          id = Number(o.arg);
          break;
        case "q":
          want.msg = true;
          break;
        case "m":
          want.shm = true;
          break;
        case "s":
          want.sem = true;
          break;
        case "a":
          want.msg = want.shm = want.sem = true;
          break;
        case "t":
          format = "time";
          break;
        case "p":
          format = "pid";
          break;
        case "c":
          format = "creator";
          break;
        case "l":
          format = "limits";
          break;
        case "u":
          format = "status";
          break;
        case "b":
          bytes = true;
          break;
        case "h":
          await p.out.write(HELP);
          return 0;
        case "V":
          await p.out.write(versionText("ipcs"));
          return 0;
      }
    }
    const db = await new UserDb(sys).load();
    const list = await readIpcList(sys);
    if (id !== null) {
      const n = Number(want.msg) + Number(want.shm) + Number(want.sem);
      if (n !== 1) return errx(p, 1, "when using an ID, a single resource must be specified");
      await p.out.write(want.msg ? msgInfo(list, id) ?? "" : want.shm ? shmInfo(list, id) ?? "" : semInfo(list, id) ?? "");
      if ((want.msg ? msgInfo(list, id) : want.shm ? shmInfo(list, id) : semInfo(list, id)) === null) {
        await p.out.flush();
        await p.err.write(`ipcs: id ${id} not found\n`);
      }
      return 0;
    }
    if (!want.msg && !want.shm && !want.sem) want.msg = want.shm = want.sem = true;
    let out = "";
    const limits = format === "limits" ? await readIpcLimits(sys) : IPC_DEFAULT_LIMITS;
    if (want.msg) out += msgSection(limits, db, list, format);
    if (want.shm) out += shmSection(limits, bytes, db, list, format);
    if (want.sem) out += semSection(limits, db, list, format);
    await p.out.write(out + "\n");
    return 0;
  }),
);

function owner(db: UserDb, perm: IpcPerm): string {
  const name = db.byUid(perm.uid)?.name;
  return name !== undefined ? LT(name, 10, 10) : L(perm.uid, 10);
}

function creators(db: UserDb, perm: IpcPerm): string {
  const u = (x: number): string => L(db.byUid(x)?.name ?? x, 10);
  const g = (x: number): string => L(db.groupByGid(x)?.name ?? x, 10);
  return ` ${u(perm.cuid)} ${g(perm.cgid)} ${u(perm.uid)} ${g(perm.gid)}\n`;
}

const PAGE_SIZE = 4096n;
const UINT64_MAX = (1n << 64n) - 1n;

/**
 * shmall pages in units of 1/mult pages, as a uint64_t: on overflow, the largest multiple of
 * mult ("at least we don't print ridiculous small values" - ipcs.c), hence 18446744073709551612 kB.
 */
function shmTotal(shmall: bigint, mult: bigint): bigint {
  const t = shmall * mult;
  return t > UINT64_MAX ? UINT64_MAX - (UINT64_MAX % mult) : t;
}

function msgSection(l: IpcLimits, db: UserDb, list: IpcList, f: Format): string {
  const qs = list.msg;
  switch (f) {
    case "limits": {
      return `\n------ Messages Limits --------\nmax queues system wide = ${l.msgmni}\nmax size of message (bytes) = ${l.msgmax}\ndefault max size of queue (bytes) = ${l.msgmnb}\n`;
    }
    case "status": {
      const headers = qs.reduce((a, q) => a + q.ds.qnum, 0);
      const space = qs.reduce((a, q) => a + q.ds.cbytes, 0);
      return `\n------ Messages Status --------\nallocated queues = ${qs.length}\nused headers = ${headers}\nused space = ${space} bytes\n`;
    }
    case "creator":
      return (
        "\n------ Message Queues Creators/Owners --------\n" +
        `${L("msqid", 10)} ${L("perms", 10)} ${L("cuid", 10)} ${L("cgid", 10)} ${L("uid", 10)} ${L("gid", 10)}\n` +
        qs.map((q) => `${L(q.id, 10)} ${L(oct(q.ds.perm.mode), 10)}${creators(db, q.ds.perm)}`).join("")
      );
    case "time":
      return (
        "\n------ Message Queues Send/Recv/Change Times --------\n" +
        `${L("msqid", 8)} ${L("owner", 10)} ${L("send", 20)} ${L("recv", 20)} ${L("change", 20)}\n` +
        qs.map((q) => `${L(q.id, 8)} ${owner(db, q.ds.perm)}${shortTime(q.ds.stime)}${shortTime(q.ds.rtime)}${shortTime(q.ds.ctime)}\n`).join("")
      );
    case "pid":
      return (
        "\n------ Message Queues PIDs --------\n" +
        `${L("msqid", 10)} ${L("owner", 10)} ${L("lspid", 10)} ${L("lrpid", 10)}\n` +
        qs.map((q) => `${L(q.id, 8)} ${owner(db, q.ds.perm)}  ${R(q.ds.lspid, 5)}     ${R(q.ds.lrpid, 5)}\n`).join("")
      );
    default:
      return (
        "\n------ Message Queues --------\n" +
        `${L("key", 10)} ${L("msqid", 10)} ${L("owner", 10)} ${L("perms", 10)} ${L("used-bytes", 12)} ${L("messages", 12)}\n` +
        qs.map((q) => `${hexKey(q.ds.perm.key)} ${L(q.id, 10)} ${owner(db, q.ds.perm)} ${L(oct(q.ds.perm.mode), 10)} ${L(q.ds.cbytes, 12)} ${L(q.ds.qnum, 12)}\n`).join("")
      );
  }
}

function shmSection(l: IpcLimits, bytes: boolean, db: UserDb, list: IpcList, f: Format): string {
  const ss = list.shm;
  switch (f) {
    case "limits": {
      const unit = bytes ? "bytes" : "kbytes";
      const max = bytes ? l.shmmax : l.shmmax / 1024n;
      return `\n------ Shared Memory Limits --------\nmax number of segments = ${l.shmmni}\nmax seg size (${unit}) = ${max}\nmax total shared memory (${unit}) = ${shmTotal(l.shmall, bytes ? PAGE_SIZE : PAGE_SIZE / 1024n)}\nmin seg size (bytes) = ${l.shmmin}\n`;
    }
    case "status": {
      const pages = ss.reduce((a, s) => a + Math.ceil(s.ds.segsz / 4096), 0);
      return `\n------ Shared Memory Status --------\nsegments allocated ${ss.length}\npages allocated ${pages}\npages resident  0\npages swapped   0\nSwap performance: 0 attempts\t 0 successes\n`;
    }
    case "creator":
      return (
        "\n------ Shared Memory Segment Creators/Owners --------\n" +
        `${L("shmid", 10)} ${L("perms", 10)} ${L("cuid", 10)} ${L("cgid", 10)} ${L("uid", 10)} ${L("gid", 10)}\n` +
        ss.map((s) => `${L(s.id, 10)} ${L(oct(s.ds.perm.mode), 10)}${creators(db, s.ds.perm)}`).join("")
      );
    case "time":
      return (
        "\n------ Shared Memory Attach/Detach/Change Times --------\n" +
        `${L("shmid", 10)} ${L("owner", 10)} ${L("attached", 20)} ${L("detached", 20)} ${L("changed", 20)}\n` +
        ss.map((s) => `${L(s.id, 10)} ${owner(db, s.ds.perm)}${shortTime(s.ds.atime)}${shortTime(s.ds.dtime)}${shortTime(s.ds.ctime)}\n`).join("")
      );
    case "pid":
      return (
        "\n------ Shared Memory Creator/Last-op PIDs --------\n" +
        `${L("shmid", 10)} ${L("owner", 10)} ${L("cpid", 10)} ${L("lpid", 10)}\n` +
        ss.map((s) => `${L(s.id, 10)} ${owner(db, s.ds.perm)} ${L(s.ds.cpid, 10)} ${L(s.ds.lpid, 10)}\n`).join("")
      );
    default:
      return (
        "\n------ Shared Memory Segments --------\n" +
        `${L("key", 10)} ${L("shmid", 10)} ${L("owner", 10)} ${L("perms", 10)} ${L("bytes", 10)} ${L("nattch", 10)} ${L("status", 12)}\n` +
        ss
          .map((s) => {
            const m = s.ds.perm.mode;
            return `${hexKey(s.ds.perm.key)} ${L(s.id, 10)} ${owner(db, s.ds.perm)} ${L(oct(m), 10)} ${L(s.ds.segsz, 10)} ${L(s.ds.nattch, 10)} ${L(m & SHM_DEST ? "dest" : "", 6)} ${L(m & SHM_LOCKED ? "locked" : "", 6)}\n`;
          })
          .join("")
      );
  }
}

function semSection(l: IpcLimits, db: UserDb, list: IpcList, f: Format): string {
  const ss = list.sem;
  switch (f) {
    case "limits": {
      return `\n------ Semaphore Limits --------\nmax number of arrays = ${l.semmni}\nmax semaphores per array = ${l.semmsl}\nmax semaphores system wide = ${l.semmns}\nmax ops per semop call = ${l.semopm}\nsemaphore max value = ${l.semvmx}\n`;
    }
    case "status": {
      const n = ss.reduce((a, s) => a + s.ds.nsems, 0);
      return `\n------ Semaphore Status --------\nused arrays = ${ss.length}\nallocated semaphores = ${n}\n`;
    }
    case "creator":
      return (
        "\n------ Semaphore Arrays Creators/Owners --------\n" +
        `${L("semid", 10)} ${L("perms", 10)} ${L("cuid", 10)} ${L("cgid", 10)} ${L("uid", 10)} ${L("gid", 10)}\n` +
        ss.map((s) => `${L(s.id, 10)} ${L(oct(s.ds.perm.mode), 10)}${creators(db, s.ds.perm)}`).join("")
      );
    case "time":
      return (
        "\n------ Semaphore Operation/Change Times --------\n" +
        `${L("semid", 8)} ${L("owner", 10)} ${L("last-op", 26)} ${L("last-changed", 26)}\n` +
        ss.map((s) => `${L(s.id, 8)} ${owner(db, s.ds.perm)}  ${longTime(s.ds.otime)} ${longTime(s.ds.ctime)}\n`).join("")
      );
    case "pid":
      return "\n";
    default:
      return (
        "\n------ Semaphore Arrays --------\n" +
        `${L("key", 10)} ${L("semid", 10)} ${L("owner", 10)} ${L("perms", 10)} ${L("nsems", 10)}\n` +
        ss.map((s) => `${hexKey(s.ds.perm.key)} ${L(s.id, 10)} ${owner(db, s.ds.perm)} ${L(oct(s.ds.perm.mode), 10)} ${L(s.ds.nsems, 10)}\n`).join("")
      );
  }
}

const octAlt = (m: number): string => "0" + m.toString(8);

function msgInfo(list: IpcList, id: number): string | null {
  const q = list.msg.find((x) => x.id === id);
  if (!q) return null;
  const d = q.ds;
  const t = (v: number): string => (v ? LT(ctime(v), 26, 24) : L("Not set", 26));
  return (
    `\nMessage Queue msqid=${id}\n` +
    `uid=${d.perm.uid}\tgid=${d.perm.gid}\tcuid=${d.perm.cuid}\tcgid=${d.perm.cgid}\tmode=${octAlt(d.perm.mode)}\n` +
    `cbytes=${d.cbytes}\tqbytes=${d.qbytes}\tqnum=${d.qnum}\tlspid=${d.lspid}\tlrpid=${d.lrpid}\n` +
    `send_time=${t(d.stime)}\nrcv_time=${t(d.rtime)}\nchange_time=${t(d.ctime)}\n\n`
  );
}

function shmInfo(list: IpcList, id: number): string | null {
  const s = list.shm.find((x) => x.id === id);
  if (!s) return null;
  const d = s.ds;
  const t = (v: number): string => (v ? LT(ctime(v), 26, 24) : L("Not set", 26));
  return (
    `\nShared memory Segment shmid=${id}\n` +
    `uid=${d.perm.uid}\tgid=${d.perm.gid}\tcuid=${d.perm.cuid}\tcgid=${d.perm.cgid}\n` +
    `mode=${octAlt(d.perm.mode)}\taccess_perms=${octAlt(d.perm.mode & 0o777)}\n` +
    `bytes=${d.segsz}\tlpid=${d.lpid}\tcpid=${d.cpid}\tnattch=${d.nattch}\n` +
    `att_time=${t(d.atime)}\ndet_time=${t(d.dtime)}\nchange_time=${t(d.ctime)}\n\n`
  );
}

function semInfo(list: IpcList, id: number): string | null {
  const s = list.sem.find((x) => x.id === id);
  if (!s) return null;
  const d = s.ds;
  const t = (v: number): string => (v ? LT(ctime(v), 26, 24) : L("Not set", 26));
  let rows = "";
  for (const v of s.values) rows += `${L(v.num, 10)} ${L(v.val, 10)} ${L(v.ncnt, 10)} ${L(v.zcnt, 10)} ${L(v.pid, 10)}\n`;
  return (
    `\nSemaphore Array semid=${id}\n` +
    `uid=${d.perm.uid}\t gid=${d.perm.gid}\t cuid=${d.perm.cuid}\t cgid=${d.perm.cgid}\n` +
    `mode=${octAlt(d.perm.mode)}, access_perms=${octAlt(d.perm.mode & 0o777)}\n` +
    `nsems = ${d.nsems}\notime = ${t(d.otime)}\nctime = ${t(d.ctime)}\n` +
    `${L("semnum", 10)} ${L("value", 10)} ${L("ncount", 10)} ${L("zcount", 10)} ${L("pid", 10)}\n` +
    rows +
    "\n"
  );
}
