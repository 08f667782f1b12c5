// Redirections (XCU 2.7): open the target, dup2 it onto the fd, and - for a builtin, function
// or compound command, which run in the shell itself - remember what was there so it can be put
// back afterwards. Here-documents and here-strings are fed through a pipe; a body larger than
// the pipe holds is written by a child, so the shell never blocks on its own pipe.

import type { Redir } from "../ast.ts";
import type { Shell } from "./shell.ts";
import { Errno, EBADF, EEXIST, EISDIR, ENOENT, ENOTDIR, strerror } from "../../../uapi/errno.ts";
import { F_DUPFD_CLOEXEC, F_SETFD, O_APPEND, O_CLOEXEC, O_CREAT, O_EXCL, O_RDONLY, O_RDWR, O_TRUNC, O_WRONLY, PIPE_BUF_CAPACITY } from "../../../uapi/fcntl.ts";
import { shEncode } from "../bytes.ts";
import { writeAll } from "../../lib/stdio.ts";
import { expandArgv, expandString, expandHeredoc } from "./words.ts";

/** What to do to undo a redirection: put saved back on fd (saved -1: close fd). */
export interface Saved {
  fd: number;
  saved: number;
}

/** A redirection failed; the message is already printed. */
export class RedirError {
  constructor(readonly status: number) {}
}

/** Save fd before it is replaced (for restoring); -1 when it was not open. */
function save(sh: Shell, fd: number, undo: Saved[] | null): void {
  if (undo === null) return;
  for (const u of undo) if (u.fd === fd) return;
  let saved = -1;
  try {
    saved = sh.sys.fcntl(fd, F_DUPFD_CLOEXEC, 10);
  } catch (e) {
    if (!(e instanceof Errno) || e.errno !== EBADF) throw e;
  }
  undo.push({ fd, saved });
}

export function restore(sh: Shell, undo: Saved[]): void {
  for (let i = undo.length - 1; i >= 0; i--) {
    const u = undo[i]!;
    try {
      if (u.saved >= 0) {
        sh.sys.dup2(u.saved, u.fd);
        sh.sys.close(u.saved);
      } else sh.sys.close(u.fd);
    } catch {
      // the fd was closed meanwhile: nothing to put back
    }
  }
}

/** dash words open(2) failures its own way (error.c errmsg()). */
function dashOpenMsg(e: number, create: boolean): string {
  if (e === ENOENT) return create ? "Directory nonexistent" : "No such file";
  if (e === ENOTDIR) return create ? "Directory nonexistent" : "No such file";
  if (e === EEXIST) return "File exists";
  return strerror(e);
}

/**
 * Apply redirections in order. undo non-null: record how to restore (shell-level commands).
 * Throws RedirError after printing the message.
 */
export async function applyRedirs(sh: Shell, redirs: Redir[], undo: Saved[] | null): Promise<void> {
  const sys = sh.sys;
  for (const r of redirs) {
    const op = r.op;
    let fd = r.fd;
    if (fd < 0) fd = op === "<" || op === "<<" || op === "<<-" || op === "<<<" || op === "<>" || op === "<&" ? 0 : 1;
    if (r.heredoc !== null || op === "<<<") {
      const body = r.heredoc !== null ? await expandHeredoc(sh, r.heredoc.body, r.heredoc.quoted) : (await expandString(sh, r.target)) + "\n";
      save(sh, fd, undo);
      await feedPipe(sh, fd, body);
      continue;
    }
    let target: string;
    if (sh.bash && !(r.target.parts.length === 1 && r.target.parts[0]!.type === "lit" && !/[*?[{]/.test(r.target.text))) {
      // bash splits and globs a redirection target; it must come out as one word
      const fields = await expandArgv(sh, [r.target]);
      if (fields.length !== 1) {
        await sh.error(`${r.target.text}: ambiguous redirect`);
        throw new RedirError(1);
      }
      target = fields[0]!;
    } else target = await expandString(sh, r.target);
    if (op === "<&" || op === ">&") {
      if (target === "-") {
        save(sh, fd, undo);
        try {
          sys.close(fd);
        } catch {
          // closing a closed fd is not an error for the shell
        }
        continue;
      }
      if (/^[0-9]+-?$/.test(target)) {
        const src = Number(target.replace("-", ""));
        try {
          sys.fcntl(src, 1 /* F_GETFD: is it open? */);
        } catch {
          await sh.error(sh.bash ? `${src}: Bad file descriptor` : `${src}: Bad file descriptor`);
          throw new RedirError(1);
        }
        save(sh, fd, undo);
        if (src !== fd) sys.dup2(src, fd);
        if (target.endsWith("-")) sys.close(src);
        continue;
      }
      if (op === ">&" && r.fd < 0 && sh.bash) {
        // >&word is &>word in bash
        await openOnto(sh, target, O_WRONLY | O_CREAT | O_TRUNC, [1, 2], undo);
        continue;
      }
      await sh.error(sh.bash ? `${target}: ambiguous redirect` : `Syntax error: Bad fd number`);
      throw new RedirError(sh.bash ? 1 : 2);
    }
    let flags: number;
    switch (op) {
      case "<": flags = O_RDONLY; break;
      case "<>": flags = O_RDWR | O_CREAT; break;
      case ">>": flags = O_WRONLY | O_CREAT | O_APPEND; break;
      case "&>>": flags = O_WRONLY | O_CREAT | O_APPEND; break;
      case ">|": flags = O_WRONLY | O_CREAT | O_TRUNC; break;
      default: flags = O_WRONLY | O_CREAT | O_TRUNC | (sh.opts.noclobber ? O_EXCL : 0);
    }
    if (target === "" && sh.bash) {
      await sh.error(`: No such file or directory`);
      throw new RedirError(1);
    }
    await openOnto(sh, target, flags, op === "&>" || op === "&>>" ? [1, 2] : [fd], undo);
  }
}

async function openOnto(sh: Shell, path: string, flags: number, fds: number[], undo: Saved[] | null): Promise<void> {
  const sys = sh.sys;
  for (const fd of fds) save(sh, fd, undo);
  let nfd: number;
  try {
    try {
      nfd = await sys.open(path, flags | O_CLOEXEC, 0o666);
    } catch (e) {
      // noclobber refuses only to overwrite a regular file (/dev/null is fine)
      if (!(e instanceof Errno) || e.errno !== EEXIST || (flags & O_EXCL) === 0 || (sys.stat(path).mode & 0o170000) === 0o100000) throw e;
      nfd = await sys.open(path, (flags & ~(O_EXCL | O_TRUNC)) | O_CLOEXEC, 0o666);
    }
  } catch (e) {
    if (!(e instanceof Errno)) throw e;
    const create = (flags & O_CREAT) !== 0;
    if (sh.bash) {
      if (e.errno === EEXIST && sh.opts.noclobber) await sh.error(`${path}: cannot overwrite existing file`);
      else await sh.error(`${path}: ${strerror(e.errno)}`);
    } else if (e.errno === EISDIR) await sh.error(`cannot create ${path}: Is a directory`);
    else await sh.error(`cannot ${create ? "create" : "open"} ${path}: ${dashOpenMsg(e.errno, create)}`);
    throw new RedirError(sh.bash ? 1 : 2);
  }
  for (const fd of fds) {
    if (fd === nfd) sys.fcntl(fd, F_SETFD, 0);
    else sys.dup2(nfd, fd);
  }
  if (!fds.includes(nfd)) sys.close(nfd);
}

/** Make fd read the text through a pipe. */
async function feedPipe(sh: Shell, fd: number, text: string): Promise<void> {
  const sys = sh.sys;
  const data = shEncode(text);
  const [r, w] = sys.pipe2(O_CLOEXEC);
  if (data.length < PIPE_BUF_CAPACITY) {
    await writeAll(sys, w, data);
    sys.close(w);
  } else {
    await sh.fork(async (csys) => {
      csys.close(r);
      try {
        await writeAll(csys, w, data);
      } catch {
        // the reader went away: done
      }
      return 0;
    });
    sys.close(w);
  }
  if (r === fd) sys.fcntl(fd, F_SETFD, 0);
  else {
    sys.dup2(r, fd);
    sys.close(r);
  }
}
