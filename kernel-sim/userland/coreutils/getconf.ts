// getconf(1) from glibc: system configuration values. sysconf(3) variables take no path,
// pathconf(3) ones need one (any path: the simulated filesystems share their limits);
// confstr(3) gives PATH and the GNU versions. Values are those of a Debian 12 x86_64 host,
// with the CPU counts from /sys. -a lists them all.

import { program } from "../lib/main.ts";
import { readFileText } from "../lib/input.ts";

const USAGE = "Usage: getconf [-v specification] variable_name [pathname]\n       getconf -a [pathname]\n";

const SYSCONF: Record<string, string> = {
  ARG_MAX: "2097152", ATEXIT_MAX: "2147483647", BC_BASE_MAX: "99", BC_DIM_MAX: "2048", BC_SCALE_MAX: "99", BC_STRING_MAX: "1000",
  CHAR_BIT: "8", CHAR_MAX: "127", CHAR_MIN: "-128", CHILD_MAX: "63445", CLK_TCK: "100", COLL_WEIGHTS_MAX: "255",
  EXPR_NEST_MAX: "32", HOST_NAME_MAX: "64", INT_MAX: "2147483647", INT_MIN: "-2147483648", IOV_MAX: "1024",
  LINE_MAX: "2048", LOGIN_NAME_MAX: "256", LONG_BIT: "64", MB_LEN_MAX: "16", NGROUPS_MAX: "65536", NL_ARGMAX: "4096",
  NL_LANGMAX: "2048", NL_MSGMAX: "2147483647", NL_NMAX: "2147483647", NL_SETMAX: "2147483647", NL_TEXTMAX: "2147483647",
  NZERO: "20", OPEN_MAX: "1024", PAGESIZE: "4096", PAGE_SIZE: "4096", PASS_MAX: "8192", RE_DUP_MAX: "32767",
  SCHAR_MAX: "127", SCHAR_MIN: "-128", SHRT_MAX: "32767", SHRT_MIN: "-32768", SSIZE_MAX: "32767", STREAM_MAX: "16",
  TTY_NAME_MAX: "32", TZNAME_MAX: "", UCHAR_MAX: "255", UINT_MAX: "4294967295", ULONG_MAX: "18446744073709551615",
  USHRT_MAX: "65535", WORD_BIT: "32", _POSIX_VERSION: "200809", POSIX2_VERSION: "200809", _POSIX2_VERSION: "200809",
  _XOPEN_VERSION: "700", LONG_MAX: "9223372036854775807", LONG_MIN: "-9223372036854775808", SYMLOOP_MAX: "",
  _POSIX_ARG_MAX: "2097152", _POSIX_OPEN_MAX: "1024", _POSIX_PATH_MAX: "256", _POSIX_NAME_MAX: "14",
};
const PATHCONF: Record<string, string> = {
  LINK_MAX: "65000", MAX_CANON: "255", MAX_INPUT: "255", NAME_MAX: "255", PATH_MAX: "4096", PIPE_BUF: "4096",
  FILESIZEBITS: "64", SYMLINK_MAX: "", POSIX_ALLOC_SIZE_MIN: "4096", POSIX_REC_XFER_ALIGN: "4096",
  _POSIX_CHOWN_RESTRICTED: "1", _POSIX_NO_TRUNC: "1", _POSIX_VDISABLE: "0",
};
const CONFSTR: Record<string, string> = {
  PATH: "/bin:/usr/bin", CS_PATH: "/bin:/usr/bin", _CS_PATH: "/bin:/usr/bin",
  GNU_LIBC_VERSION: "glibc 2.36", GNU_LIBPTHREAD_VERSION: "NPTL 2.36",
};

async function cpus(readPath: (p: string) => Promise<string | null>): Promise<string> {
  const online = (await readPath("/sys/devices/system/cpu/online"))?.trim() ?? "0";
  let n = 0;
  for (const r of online.split(",")) {
    const [a, b] = r.split("-").map(Number);
    n += b === undefined ? 1 : b - a! + 1;
  }
  return String(n || 1);
}

export default program(async (p) => {
  let args = p.argv.slice(1);
  if (args[0] === "--version" || args[0] === "-V") {
    await p.out.write("getconf (Debian GLIBC 2.36-9+deb12u4) 2.36\n");
    return 0;
  }
  if (args[0] === "-v" && args.length >= 2) args = args.slice(2);
  const readPath = async (path: string): Promise<string | null> => readFileText(p.sys, path).catch(() => null);
  const n = await cpus(readPath);
  const sysconf: Record<string, string> = { ...SYSCONF, _NPROCESSORS_ONLN: n, _NPROCESSORS_CONF: n };
  if (args[0] === "-a") {
    if (args.length > 2) {
      await p.err.write(USAGE);
      return 2;
    }
    const all = { ...PATHCONF, ...sysconf, ...CONFSTR };
    let out = "";
    for (const [k, v] of Object.entries(all)) out += k.padEnd(35, " ") + v + "\n";
    await p.out.write(out);
    return 0;
  }
  if (args.length === 0 || args.length > 2) {
    await p.err.write(USAGE);
    return 2;
  }
  const [name, path] = args as [string, string | undefined];
  const key = name.replace(/^_SC_|^_PC_/, "");
  if (key in PATHCONF) {
    if (path === undefined) {
      await p.err.write(USAGE);
      return 2;
    }
    await p.out.write(PATHCONF[key] === "" ? "undefined\n" : PATHCONF[key] + "\n");
    return 0;
  }
  const v = sysconf[key] ?? CONFSTR[key];
  if (v === undefined) {
    await p.err.write(`getconf: Unrecognized variable \`${name}'\n`);
    return 2;
  }
  if (path !== undefined) {
    await p.err.write(USAGE);
    return 2;
  }
  await p.out.write(v === "" ? "undefined\n" : v + "\n");
  return 0;
});
