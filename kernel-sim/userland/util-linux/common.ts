// What the util-linux tools share: err(3)/errx(3) messages, the usage-error hint, --version
// text, and small file helpers for the /proc files they read and write.

import type { Proc } from "../lib/main.ts";
import type { Sys } from "../lib/sys.ts";
import { getopt, GetoptError, type LongOpt, type Parsed } from "../lib/getopt.ts";
import { Errno, strerror } from "../../uapi/errno.ts";
import { O_RDONLY, O_WRONLY } from "../../uapi/fcntl.ts";
import { readAll, writeAll } from "../lib/stdio.ts";
import { decode } from "../lib/text.ts";

export const UTIL_LINUX_VERSION = "2.38.1";

/** Thrown by err()/errx() to end the program with a status, as exit(3) inside err(3) does. */
export class Exit {
  constructor(readonly status: number) {}
}

/** err(3): "name: message: strerror(errno)" and exit. */
export async function err(p: Proc, status: number, message: string, e: unknown): Promise<never> {
  if (!(e instanceof Errno)) throw e;
  await p.out.flush();
  await p.err.write(`${p.name}: ${message}: ${strerror(e.errno)}\n`);
  throw new Exit(status);
}

/** errx(3): "name: message" and exit. */
export async function errx(p: Proc, status: number, message: string): Promise<never> {
  await p.out.flush();
  await p.err.write(`${p.name}: ${message}\n`);
  throw new Exit(status);
}

/** warnx(3). */
export async function warnx(p: Proc, message: string): Promise<void> {
  await p.out.flush();
  await p.err.write(`${p.name}: ${message}\n`);
}

/** errtryhelp(): the hint util-linux prints after a bad option. */
export async function tryHelp(p: Proc, message: string | null): Promise<never> {
  await p.out.flush();
  if (message !== null) await p.err.write(`${p.name}: ${message}\n`);
  await p.err.write(`Try '${p.name} --help' for more information.\n`);
  throw new Exit(1);
}

/** getopt_long with util-linux's reporting of bad options. */
export async function parseArgs(p: Proc, optstring: string, longopts: readonly LongOpt[]): Promise<Parsed> {
  try {
    return getopt(p.argv.slice(1), optstring, longopts, p.getenv("POSIXLY_CORRECT") !== undefined);
  } catch (e) {
    if (e instanceof GetoptError) return tryHelp(p, e.message);
    throw e;
  }
}

export function versionText(name: string): string {
  return `${name} from util-linux ${UTIL_LINUX_VERSION}\n`;
}

/** Run a util-linux main: Exit ends it with its status. */
export async function runTool(body: () => Promise<number>): Promise<number> {
  try {
    return await body();
  } catch (e) {
    if (e instanceof Exit) return e.status;
    throw e;
  }
}

export async function writeFile(sys: Sys, path: string, text: string): Promise<void> {
  const fd = await sys.open(path, O_WRONLY);
  try {
    await writeAll(sys, fd, text);
  } finally {
    sys.close(fd);
  }
}

export async function readFile(sys: Sys, path: string): Promise<string> {
  const fd = await sys.open(path, O_RDONLY);
  try {
    return decode(await readAll(sys, fd));
  } finally {
    sys.close(fd);
  }
}

/** strtoul-style: a whole non-negative decimal number, or null. */
export function parseUint(s: string): number | null {
  return /^\d+$/.test(s) ? Number(s) : null;
}
