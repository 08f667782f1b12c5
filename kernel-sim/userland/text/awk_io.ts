// awk's I/O streams: output to files (> >>) and to commands (| "cmd", run by sh -c with a
// pipe on its stdin), input from files (getline < f) and commands ("cmd" | getline), and
// close()/system(). Children are forked as posix_spawn would, with the pipe end on 0 or 1.

import type { Proc } from "../lib/main.ts";
import type { Sys } from "../lib/sys.ts";
import { LineReader } from "../lib/input.ts";
import { writeAll } from "../lib/stdio.ts";
import { execvp } from "../lib/exec.ts";
import { spawnWait, exitCode } from "../lib/spawn.ts";
import { O_APPEND, O_CREAT, O_RDONLY, O_TRUNC, O_WRONLY, O_CLOEXEC } from "../../uapi/fcntl.ts";
import { Errno, EINTR } from "../../uapi/errno.ts";

interface OutStreamRec {
  fd: number;
  pid: number; // 0 for files
}

interface InStreamRec {
  fd: number;
  pid: number;
  reader: LineReader;
}

async function waitChild(sys: Sys, pid: number): Promise<number> {
  for (;;) {
    try {
      return (await sys.wait4(pid, 0)).status;
    } catch (e) {
      if (e instanceof Errno && e.errno === EINTR) continue;
      throw e;
    }
  }
}

export class AwkIO {
  private outs = new Map<string, OutStreamRec>();
  private ins = new Map<string, InStreamRec>();
  constructor(
    private readonly p: Proc,
    /** Flush awk's own stdout buffer before another process writes. */
    private readonly flushStdout: () => Promise<void>,
  ) {}

  private fork(cmd: string, pipeEnd: number, onto: number, other: number): number {
    const envp = this.p.envp;
    return this.p.sys.fork(async (child) => {
      child.dup2(pipeEnd, onto);
      child.close(pipeEnd);
      child.close(other);
      try {
        return await execvp(child, "sh", ["sh", "-c", cmd], envp);
      } catch {
        return 127;
      }
    });
  }

  async write(kind: string, name: string, text: string): Promise<void> {
    const sys = this.p.sys;
    if (name === "/dev/stdout" || name === "-") {
      await this.p.out.write(text);
      return;
    }
    if (name === "/dev/stderr") {
      await this.flushStdout();
      await this.p.err.write(text);
      return;
    }
    let s = this.outs.get(name);
    if (!s) {
      if (kind === "|") {
        await this.flushStdout();
        const [r, w] = sys.pipe2(O_CLOEXEC);
        const pid = this.fork(name, r, 0, w);
        sys.close(r);
        s = { fd: w, pid };
      } else {
        const fd = await sys.open(name, O_WRONLY | O_CREAT | (kind === ">>" ? O_APPEND : O_TRUNC), 0o666);
        s = { fd, pid: 0 };
      }
      this.outs.set(name, s);
    }
    await writeAll(sys, s.fd, text);
  }

  /** The next line of a getline source; null at the end, -1 if it cannot be opened. */
  async readLine(kind: "file" | "cmd", name: string): Promise<string | null | -1> {
    const sys = this.p.sys;
    let s = this.ins.get(name);
    if (!s) {
      if (kind === "cmd") {
        await this.flushStdout();
        const [r, w] = sys.pipe2(O_CLOEXEC);
        const pid = this.fork(name, w, 1, r);
        sys.close(w);
        s = { fd: r, pid, reader: new LineReader(sys, r) };
      } else {
        let fd: number;
        try {
          fd = name === "-" || name === "/dev/stdin" ? 0 : await sys.open(name, O_RDONLY);
        } catch {
          return -1;
        }
        s = { fd, pid: 0, reader: new LineReader(sys, fd) };
      }
      this.ins.set(name, s);
    }
    return s.reader.line();
  }

  /** close(): the exit status of a command, 0 for a file, -1 if it was not open. */
  async close(name: string): Promise<number> {
    const sys = this.p.sys;
    let result = -1;
    const o = this.outs.get(name);
    if (o) {
      this.outs.delete(name);
      sys.close(o.fd);
      result = o.pid ? exitCode(await waitChild(sys, o.pid)) : 0;
    }
    const i = this.ins.get(name);
    if (i) {
      this.ins.delete(name);
      if (i.fd !== 0) sys.close(i.fd);
      result = i.pid ? exitCode(await waitChild(sys, i.pid)) : 0;
    }
    return result;
  }

  async closeAll(): Promise<void> {
    for (const name of [...this.outs.keys(), ...this.ins.keys()]) await this.close(name);
  }

  async system(cmd: string): Promise<number> {
    await this.flushStdout();
    await this.p.out.flush();
    const r = await spawnWait(this.p.sys, ["sh", "-c", cmd], this.p.envp);
    return r.execErrno !== null ? 127 : exitCode(r.status);
  }
}
