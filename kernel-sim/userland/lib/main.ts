// The C runtime around a program's main: stdout/stderr streams, flushing at exit, and the
// error helpers GNU tools share (program_invocation_short_name, error(3)).

import type { Sys } from "./sys.ts";
import { OutStream, isatty } from "./stdio.ts";
import { Errno, strerror } from "../../uapi/errno.ts";

/** What a program gets from runMain: its streams and its name for messages. */
export interface Proc {
  sys: Sys;
  argv: string[];
  envp: string[];
  /** argv[0]'s last component, as GNU tools name themselves in messages. */
  name: string;
  out: OutStream;
  err: OutStream;
  /** getenv(3). */
  getenv(name: string): string | undefined;
  /** error(3) without exiting: "name: message" on stderr. */
  warn(message: string): Promise<void>;
}

export function basenameOf(argv0: string): string {
  const i = argv0.lastIndexOf("/");
  return i >= 0 ? argv0.slice(i + 1) : argv0;
}

/** Make the streams for a program and run body; flushes stdout at the end, like exit(3). */
export function program(body: (p: Proc) => Promise<number>, nameOverride?: string): (sys: Sys, argv: string[], envp: string[]) => Promise<number> {
  return async (sys, argv, envp) => {
    const out = new OutStream(sys, 1);
    out.lineBuffered = isatty(sys, 1);
    const err = new OutStream(sys, 2, true);
    const name = nameOverride ?? basenameOf(argv[0] ?? "");
    const p: Proc = {
      sys,
      argv,
      envp,
      name,
      out,
      err,
      getenv(n) {
        const pre = n + "=";
        for (let i = envp.length - 1; i >= 0; i--) if (envp[i]!.startsWith(pre)) return envp[i]!.slice(pre.length);
        return undefined;
      },
      async warn(message) {
        await out.flush();
        await err.write(`${name}: ${message}\n`);
      },
    };
    let status: number;
    try {
      status = await body(p);
    } catch (e) {
      if (e instanceof Errno && e === out.writeError) {
        // stdout failed mid-run (buffers full, raw bytes): the same message as at exit below.
        await Promise.resolve(err.write(`${p.name}: write error: ${strerror(e.errno)}\n`)).catch(() => {});
        return 1;
      } else if (e instanceof Errno) {
        await p.warn(strerror(e.errno));
        status = 1;
      } else throw e;
    }
    try {
      await out.flush();
    } catch (e) {
      // stdout closed or a full disk: GNU tools report "write error" and fail, naming themselves
      // as p.name says (gnuProgram sets it to argv[0] unchanged, as close_stdout() prints it).
      if (e instanceof Errno) {
        await Promise.resolve(err.write(`${p.name}: write error: ${strerror(e.errno)}\n`)).catch(() => {});
        return 1;
      }
      throw e;
    }
    return status;
  };
}

/**
 * GNU's quote(): how coreutils names a file in most messages ("mkdir: cannot create directory
 * 'x': File exists") - always quoted, shell-escape style. Check the real tool: some use quotef.
 */
export function quote(s: string): string {
  // eslint-disable-next-line no-control-regex -- the pattern matches control characters on purpose
  if (/[\x00-\x1f\x7f]/.test(s)) return shellEscapeControls(s);
  if (!s.includes("'")) return `'${s}'`;
  if (!/["\\$`]/.test(s)) return `"${s}"`;
  return `'${s.replace(/'/g, "'\\''")}'`;
}

/** shell_escape_always for a name with control characters: 'a'$'\n''b'. */
function shellEscapeControls(s: string): string {
  let out = "'";
  for (const c of s) {
    const code = c.charCodeAt(0);
    if (code < 32 || code === 127) {
      const esc = c === "\n" ? "\\n" : c === "\t" ? "\\t" : c === "\r" ? "\\r" : "\\" + code.toString(8).padStart(3, "0");
      out += `'$'${esc}''`;
    } else if (c === "'") out += "'\\''";
    else out += c;
  }
  out += "'";
  return out.replace(/^''/, "").replace(/''$/, "");
}

/** GNU's quotef(): quoted only when the name needs it ("cat: x: No such file or directory"). */
export function quotef(s: string): string {
  if (s.length > 0 && /^[A-Za-z0-9_.\/:,+@%=~^-]+$/.test(s)) return s;
  return quote(s);
}

/** The message of an Errno (or rethrow anything else). */
export function errmsg(e: unknown): string {
  if (e instanceof Errno) return strerror(e.errno);
  throw e;
}
