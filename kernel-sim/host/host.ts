// A booted machine. Boot makes the kernel, lays out the disk (FHS folders, /etc, the programs in
// /usr/bin as executable files), starts init as pid 1 (which mounts /proc, /sys, /dev, /run and
// /tmp and reaps orphans), and then runs what the host asks for as children of init, the way the
// kernel's call_usermodehelper() starts a user program: a script for `vlab --script`, or a
// login shell on a pty for a terminal.

import { Kernel } from "../kernel/kernel.ts";
import { RealClock, VirtualClock, type Clock } from "../kernel/time/clock.ts";
import type { Macrotask } from "../kernel/sched/scheduler.ts";
import { createInitTask, runInit } from "../kernel/task/init_task.ts";
import { copyProcess } from "../kernel/task/fork.ts";
import { enterSessionScope } from "../kernel/cgroup/root.ts";
import { startProgram } from "../kernel/task/run.ts";
import type { Task } from "../kernel/task/task.ts";
import { PtyDriver, type PtyEndpoint } from "../kernel/tty/pty.ts";
import { vfsInit } from "../kernel/vfs/index.ts";
import { fsSyscalls } from "../kernel/syscalls/fs/index.ts";
import { preloadPrograms, registerProgram, VLAB_MAGIC } from "../kernel/task/exec.ts";
// The subsystems that add system calls (ipc, net, cgroup) install them on import.
import "../kernel/syscalls/groups.ts";
import type { ProgramMain, Sys } from "../userland/lib/sys.ts";
import { PROGRAMS } from "../userland/programs.ts";
import { initMain } from "./init.ts";
import { hostPipe } from "./host_pipe.ts";
import { DIRECTORIES, ETC_FILES, SYMLINKS } from "./etc_files.ts";
import { O_CREAT, O_RDONLY, O_RDWR, O_TRUNC, O_WRONLY } from "../uapi/fcntl.ts";
import { Errno, strerror } from "../uapi/errno.ts";
import { CLONE_NEWNS } from "../uapi/sched.ts";
import { MNT_DETACH, MS_PRIVATE, MS_REC } from "../uapi/mount.ts";
import { writeAll } from "../userland/lib/stdio.ts";
import type { File } from "../kernel/vfs/file.ts";
import { layOutRootImage, rootFingerprint, snapshotRoot, type DiskImage, type RootImageReport } from "./root_image.ts";

export interface BootOptions {
  /** "virtual" (default for scripts and tests): time moves only with work and timers. */
  clock?: "virtual" | "real" | Clock;
  /** How the host runs a macrotask (setImmediate in Node, a MessageChannel in a worker). */
  macrotask?: Macrotask;
  /** Extra programs to install: name -> [path, main]. */
  extraPrograms?: Record<string, { path: string; main: ProgramMain }>;
  /**
   * A saved root filesystem to boot from instead of the fresh image (a reload in the browser).
   * Throws RootImageError when it cannot be laid out; programs it predates are installed into it.
   */
  rootImage?: DiskImage;
  /**
   * Load every program's code before init runs (the CLI and scripts: in Node an import is cheap),
   * so a first exec never lets the rest of a pipeline run ahead of it. Off for the browser,
   * which calls preloadPrograms() itself once the first prompt is up.
   */
  preload?: boolean;
}

/** The environment of a root shell started by `vlab --script`, as the real-Linux cases have it. */
export const SCRIPT_ENV = ["PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin", "HOME=/root", "TERM=dumb"];

/** Where `vlab --script FILE` puts the script in the machine (as the real-Linux recorder does). */
export const SCRIPT_PATH = "/run/vlab-case/case.sh";

export interface SpawnOptions {
  /** The file to execute; argv[0] when not given. */
  file?: string;
  argv: string[];
  envp: string[];
  cwd?: string;
  /** Files for fds 0, 1, 2; a string is a path opened in the machine; "tty" is the pty given. */
  stdin?: File | string;
  stdout?: File | string;
  stderr?: File | string;
  /** A pty to make the controlling terminal of a new session (a login). */
  tty?: PtyEndpoint;
  /** Runs in the child, as root, after its fds are in place and before the exec. */
  setup?: (sys: Sys) => Promise<void>;
}

const enc = new TextEncoder();

/** The programs Debian 12 installs set-user-ID root (find /usr -perm -4000 on a fresh box). */
const SETUID_ROOT = new Set(["su", "sudo", "passwd", "chsh", "chfn", "gpasswd", "newgrp", "mount", "umount"]);

declare const setImmediate: ((fn: () => void) => unknown) | undefined;

function defaultMacrotask(): Macrotask {
  if (typeof setImmediate === "function") return (fn) => setImmediate(fn);
  // The DOM's MessagePort shape (Node's typings describe its EventEmitter side instead).
  const ch = new MessageChannel() as unknown as { port1: { onmessage: (() => void) | null }; port2: { postMessage(m: unknown): void } };
  const queue: (() => void)[] = [];
  ch.port1.onmessage = () => queue.shift()?.();
  return (fn) => {
    queue.push(fn);
    ch.port2.postMessage(0);
  };
}

export class Host {
  readonly ptys: PtyDriver;
  /** Host-side waiters for tasks the host started. */
  private readonly exitWaiters = new Map<Task, (status: number) => void>();
  private nextHostPipe = 30000;
  /** What booting from BootOptions.rootImage found; null for a fresh disk. */
  rootImage: RootImageReport | null = null;
  /** The built-in programs this machine installs (a saved disk records them: see root_image.ts). */
  programNames: string[] = [];

  private constructor(
    readonly kernel: Kernel,
    readonly init: Task,
  ) {
    this.ptys = new PtyDriver(kernel);
    kernel.subsys.set("host", {
      onTaskExit: (t: Task) => {
        const w = this.exitWaiters.get(t);
        if (w) {
          this.exitWaiters.delete(t);
          w(t.exitCode);
        }
      },
    });
  }

  static async boot(opts: BootOptions = {}): Promise<Host> {
    const clock = opts.clock === "real" ? new RealClock() : opts.clock === "virtual" || opts.clock === undefined ? new VirtualClock() : opts.clock;
    const kernel = new Kernel({ clock, macrotask: opts.macrotask ?? defaultMacrotask() });
    kernel.fs = fsSyscalls;
    const { fs, mnt } = vfsInit(kernel);
    const init = createInitTask(kernel, fs, mnt);
    const host = new Host(kernel, init);
    for (const [name, { load }] of Object.entries(PROGRAMS)) registerProgram(kernel, name, load);
    for (const [name, { main }] of Object.entries(opts.extraPrograms ?? {})) kernel.programs.set(name, main);
    const programs = { ...PROGRAMS, ...opts.extraPrograms };
    host.programNames = Object.keys(programs);
    if (opts.rootImage) {
      const { files, bytes } = layOutRootImage(host.init.fs.root.mnt.sb, opts.rootImage);
      const added = await host.installNewPrograms(programs, opts.rootImage.meta.programs);
      host.rootImage = { files, bytes, savedAt: opts.rootImage.meta.savedAt, added };
    } else await host.layOutDisk(programs);
    if (opts.preload) await preloadPrograms(kernel);
    await host.runInit();
    return host;
  }

  /** Load every program's code in the background (the page calls it after the first prompt). */
  preloadPrograms(): Promise<void> {
    return preloadPrograms(this.kernel);
  }

  /** Write the disk image: folders, /etc, and one executable file per program. */
  private async layOutDisk(programs: Record<string, { path: string }>): Promise<void> {
    const k = this.kernel;
    const t = this.init;
    const fs = k.fs;
    const made = new Set<string>(); // folders known to exist: most files go to /usr/bin, and a thrown EEXIST per file is slow
    const mkdirp = (path: string, mode = 0o755): void => {
      if (made.has(path)) return;
      made.add(path);
      let cur = "";
      for (const part of path.split("/").filter(Boolean)) {
        cur += "/" + part;
        try {
          fs.mkdir(t, cur, mode);
        } catch (e) {
          if (!(e instanceof Errno) || e.code !== "EEXIST") throw e;
        }
      }
    };
    const writeFile = async (path: string, data: string | Uint8Array, mode: number): Promise<void> => {
      mkdirp(path.slice(0, path.lastIndexOf("/")) || "/");
      const fd = await fs.open(t, path, O_WRONLY | O_CREAT | O_TRUNC, mode);
      const f = t.files.get(fd);
      await f.ops.write!(f, typeof data === "string" ? enc.encode(data) : data, t);
      t.files.close(fd);
      fs.chmod(t, path, mode); // the umask must not trim the image's modes
    };
    const oldUmask = fs.umask(t, 0);
    for (const [d, mode] of DIRECTORIES) {
      mkdirp(d, mode);
      fs.chmod(t, d, mode);
    }
    for (const [link, target] of SYMLINKS) fs.symlink(t, target, link);
    for (const [path, content, mode] of ETC_FILES) await writeFile(path, content, mode);
    for (const f of ["/etc/shadow", "/etc/gshadow"]) fs.chown(t, f, 0, 42); // root:shadow, as Debian has them
    fs.chown(t, "/home/student", 1000, 1000);
    for (const f of ["/home/student/.bashrc", "/home/student/.profile", "/home/student/.bash_logout"]) fs.chown(t, f, 1000, 1000);
    for (const [name, { path }] of Object.entries(programs)) {
      await writeFile(path, `${VLAB_MAGIC}${name}\n`, SETUID_ROOT.has(name) ? 0o4755 : 0o755);
    }
    fs.umask(t, oldUmask);
  }

  /** The root filesystem as a DiskImage of the given schema (file bytes are views: encode it at once). */
  snapshotRoot(schema: number, now = Date.now()): DiskImage {
    return snapshotRoot(this.init.fs.root.mnt.sb, schema, this.programNames, now);
  }

  /** A summary of the root filesystem that changes whenever it does (see rootFingerprint). */
  rootFingerprint(): string {
    return rootFingerprint(this.init.fs.root.mnt.sb);
  }

  /** Programs added to vlab after a saved disk was made get their executable files (an upgrade). */
  private async installNewPrograms(programs: Record<string, { path: string }>, known: string[]): Promise<string[]> {
    const had = new Set(known);
    const added: string[] = [];
    for (const [name, { path }] of Object.entries(programs)) {
      if (had.has(name)) continue;
      try {
        this.kernel.fs.lstat(this.init, path);
        continue; // the learner made a file of that name: keep it
      } catch (e) {
        if (!(e instanceof Errno)) throw e;
      }
      await this.writeFile(path, `${VLAB_MAGIC}${name}\n`, SETUID_ROOT.has(name) ? 0o4755 : 0o755);
      added.push(name);
    }
    return added;
  }

  /** Start pid 1 and wait until it has mounted the pseudo filesystems. */
  private runInit(): Promise<void> {
    return new Promise<void>((ready, fail) => {
      this.init.cmdline = ["/sbin/init"];
      this.init.exe = "/usr/sbin/init";
      runInit(this.init, (sys) => initMain(sys, ready, fail), "init");
    });
  }

  /** Wait for a task the host started; resolves with its wait status. */
  private watch(t: Task): Promise<number> {
    return new Promise((resolve) => this.exitWaiters.set(t, resolve));
  }

  /**
   * Run a program as a child of init (call_usermodehelper). Resolves with the wait status once
   * it exits.
   */
  spawn(o: SpawnOptions): { pid: number; exited: Promise<number> } {
    const child = copyProcess(this.kernel, this.init, 0);
    enterSessionScope(child); // as logind does: /user.slice/user-0.slice/session-N.scope
    const exited = this.watch(child);
    startProgram(child, async (sys) => {
      const t = child;
      if (o.tty) {
        sys.setsid();
        const fd = await sys.open(`/dev/pts/${o.tty.index}`, O_RDWR);
        if (fd !== 0) {
          sys.dup2(fd, 0);
          sys.close(fd);
        }
        sys.dup2(0, 1);
        sys.dup2(0, 2);
      }
      const place = async (fd: number, what: File | string | undefined, flags: number): Promise<void> => {
        if (what === undefined) return;
        if (typeof what === "string") {
          const n = await sys.open(what, flags);
          if (n !== fd) {
            sys.dup2(n, fd);
            sys.close(n);
          }
        } else t.files.installAt(fd, what);
      };
      await place(0, o.stdin, O_RDONLY);
      await place(1, o.stdout, O_WRONLY);
      await place(2, o.stderr, O_WRONLY);
      try {
        await o.setup?.(sys);
        if (o.cwd) sys.chdir(o.cwd);
        await sys.execve(o.file ?? o.argv[0]!, o.argv, o.envp);
      } catch (e) {
        if (!(e instanceof Errno)) throw e;
        await sys.write(2, `vlab: ${o.file ?? o.argv[0]}: ${strerror(e.errno)}\n`).catch(() => 0);
        return 127;
      }
      return 0;
    });
    return { pid: child.pid.nr(this.kernel.initPidNs), exited };
  }

  /** A file for fd 1 or 2 whose bytes go to the host. */
  hostOutput(sink: (bytes: Uint8Array) => void): File {
    return hostPipe(this.nextHostPipe++, sink);
  }

  /** Put a file into the machine (as root), making its folders. */
  async writeFile(path: string, data: string | Uint8Array, mode = 0o644): Promise<void> {
    const t = this.init;
    const fs = this.kernel.fs;
    let cur = "";
    for (const part of path.split("/").filter(Boolean).slice(0, -1)) {
      cur += "/" + part;
      try {
        fs.mkdir(t, cur, 0o755);
      } catch (e) {
        if (!(e instanceof Errno) || e.code !== "EEXIST") throw e;
      }
    }
    const fd = await fs.open(t, path, O_WRONLY | O_CREAT | O_TRUNC, mode);
    const f = t.files.get(fd);
    await f.ops.write!(f, typeof data === "string" ? enc.encode(data) : data, t);
    t.files.close(fd);
  }

  /**
   * Run a script as `vlab --script` does: with sh or bash (from a `#!` line or a `# shell: NAME`
   * first line), as root in /root, stdin /dev/null, the environment of SCRIPT_ENV.
   */
  async runScript(o: { script: string | Uint8Array; onStdout: (b: Uint8Array) => void; onStderr: (b: Uint8Array) => void; args?: string[]; shell?: string }): Promise<number> {
    const bytes = typeof o.script === "string" ? enc.encode(o.script) : o.script;
    const shell = o.shell ?? scriptInterpreter(bytes);
    const { exited } = this.spawn({
      setup: (sys) => caseEnvironment(sys, bytes),
      file: shell,
      argv: [shell.slice(shell.lastIndexOf("/") + 1), SCRIPT_PATH, ...(o.args ?? [])],
      envp: SCRIPT_ENV,
      cwd: "/root",
      stdin: "/dev/null",
      stdout: this.hostOutput(o.onStdout),
      stderr: this.hostOutput(o.onStderr),
    });
    return exitStatusOf(await exited);
  }

  /** Run a program (e.g. ["/bin/sh", "-c", cmd]) the way runScript runs a script. */
  async run(o: { argv: string[]; onStdout: (b: Uint8Array) => void; onStderr: (b: Uint8Array) => void }): Promise<number> {
    const file = o.argv[0]!;
    const { exited } = this.spawn({
      file,
      argv: [file.slice(file.lastIndexOf("/") + 1), ...o.argv.slice(1)],
      envp: SCRIPT_ENV,
      cwd: "/root",
      stdin: "/dev/null",
      stdout: this.hostOutput(o.onStdout),
      stderr: this.hostOutput(o.onStderr),
    });
    return exitStatusOf(await exited);
  }

  /** A terminal: a pty whose master is the caller, with a login shell on it. */
  openTerminal(onOutput: (bytes: Uint8Array) => void, size = { rows: 24, cols: 80 }, shell = "/bin/bash"): { endpoint: PtyEndpoint; exited: Promise<number> } {
    const endpoint = this.ptys.attachHost(onOutput, size);
    const { exited } = this.spawn({
      file: shell,
      argv: [shell.replace(/^.*\//, "-")], // "-bash": a login shell
      envp: ["HOME=/root", "PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin", "TERM=xterm-256color", "USER=root", "LOGNAME=root", "SHELL=/bin/bash", "MAIL=/var/mail/root"],
      cwd: "/root",
      tty: endpoint,
    });
    return { endpoint, exited: exited.then(exitStatusOf) };
  }
}

/**
 * The environment the real-Linux cases were recorded in (real-linux-sample/runner/record.sh),
 * made with the same system calls: the script's own mount namespace with private propagation,
 * and fresh tmpfs on /run (holding the script), /tmp and /root.
 */
async function caseEnvironment(sys: Sys, script: Uint8Array): Promise<void> {
  sys.unshare(CLONE_NEWNS);
  sys.mount("none", "/", "", MS_REC | MS_PRIVATE, "");
  // The recording host had no /run or /tmp of its own mounted under the fresh ones: take init's
  // away in this namespace, so mountinfo shows one of each, as there.
  for (const m of ["/run", "/tmp"]) sys.umount2(m, MNT_DETACH);
  sys.mount("tmpfs", "/run", "tmpfs", 0, "mode=755");
  sys.mkdir(SCRIPT_PATH.slice(0, SCRIPT_PATH.lastIndexOf("/")), 0o755);
  const fd = await sys.open(SCRIPT_PATH, O_WRONLY | O_CREAT | O_TRUNC, 0o644);
  await writeAll(sys, fd, script);
  sys.close(fd);
  sys.mount("tmpfs", "/tmp", "tmpfs", 0, "mode=1777");
  sys.mount("tmpfs", "/root", "tmpfs", 0, "mode=700");
}

/** The interpreter a script asks for: its #! line, else a "# shell: NAME" first line, else sh. */
export function scriptInterpreter(bytes: Uint8Array): string {
  const nl = bytes.indexOf(10);
  const first = new TextDecoder().decode(bytes.subarray(0, nl < 0 ? Math.min(bytes.length, 256) : nl));
  const shebang = /^#!\s*(\S+)/.exec(first);
  if (shebang) return shebang[1]!;
  const header = /^#\s*shell:\s*(\S+)/.exec(first);
  if (header) return header[1]!.startsWith("/") ? header[1]! : `/bin/${header[1]}`;
  return "/bin/sh";
}

/** The shell's view of a wait status: the exit code, or 128+N for a signal. */
export function exitStatusOf(status: number): number {
  const sig = status & 0x7f;
  return sig === 0 ? (status >> 8) & 0xff : 128 + sig;
}

export type { Sys };
