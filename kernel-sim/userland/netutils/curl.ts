// curl(1) 7.88.1 for plain http:// URLs: one HTTP/1.1 request over a TCP socket, the body to
// stdout (or -o FILE), with -s/-S, -i, -I, -f, -X, -d, -H, -w '%{http_code}', -v, -L, and
// curl's error messages and exit codes (6 resolve, 7 connect, 22 HTTP error with -f, 52/56).

import { program, type Proc } from "../lib/main.ts";
import { AF_INET, SOCK_STREAM } from "../lib/sys_net.ts";
import { ECONNREFUSED, ENETUNREACH, Errno } from "../../uapi/errno.ts";
import { O_CREAT, O_TRUNC, O_WRONLY } from "../../uapi/fcntl.ts";
import { isatty } from "../lib/stdio.ts";
import { decode, encode } from "../lib/text.ts";
import { resolveIPv4 } from "../lib/hosts.ts";

const VERSION = "curl/7.88.1";

class CurlExit {
  constructor(readonly status: number) {}
}

interface Opts {
  silent: boolean;
  showError: boolean;
  include: boolean;
  head: boolean;
  fail: boolean;
  verbose: boolean;
  follow: boolean;
  method: string | null;
  data: string | null;
  headers: string[];
  output: string | null;
  writeOut: string | null;
}

async function die(p: Proc, o: Opts, code: number, msg: string): Promise<never> {
  // Before a transfer fails, the meter has printed its header and a line of zeros.
  if (!o.silent && (code === 6 || code === 7) && !isatty(p.sys, 1)) await p.err.write(METER_HEAD + METER_ZERO);
  if (!o.silent || o.showError) {
    await p.out.flush();
    await p.err.write(`curl: (${code}) ${msg}\n`);
  }
  throw new CurlExit(code);
}

/** The address of host (a dotted quad, or its /etc/hosts line: vlab has no DNS). */
function resolve(p: Proc, host: string): Promise<string | null> {
  return resolveIPv4(p.sys, host);
}

export default program(async (p) => {
  try {
    return await curl(p);
  } catch (e) {
    if (e instanceof CurlExit) return e.status;
    throw e;
  }
});

async function curl(p: Proc): Promise<number> {
  const o: Opts = { silent: false, showError: false, include: false, head: false, fail: false, verbose: false, follow: false, method: null, data: null, headers: [], output: null, writeOut: null };
  const urls: string[] = [];
  const args = p.argv.slice(1);
  const flags: Record<string, () => void> = {
    s: () => (o.silent = true),
    S: () => (o.showError = true),
    i: () => (o.include = true),
    I: () => (o.head = true),
    f: () => (o.fail = true),
    v: () => (o.verbose = true),
    L: () => (o.follow = true),
  };
  const longFlags: Record<string, string> = { "--silent": "s", "--show-error": "S", "--include": "i", "--head": "I", "--fail": "f", "--verbose": "v", "--location": "L" };
  const valued: Record<string, (v: string) => void> = {
    X: (v) => (o.method = v),
    d: (v) => (o.data = v),
    H: (v) => o.headers.push(v),
    o: (v) => (o.output = v),
    w: (v) => (o.writeOut = v),
    m: () => {},
  };
  const longValued: Record<string, string> = { "--request": "X", "--data": "d", "--header": "H", "--output": "o", "--write-out": "w", "--max-time": "m", "--connect-timeout": "m" };
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    if (a.startsWith("--")) {
      if (longFlags[a]) flags[longFlags[a]]!();
      else if (longValued[a]) valued[longValued[a]]!(args[++i] ?? "");
      else {
        await p.err.write(`curl: option ${a}: is unknown\ncurl: try 'curl --help' or 'curl --manual' for more information\n`);
        return 2;
      }
    } else if (a.startsWith("-") && a.length > 1) {
      // Short options cluster (-sSf); one taking a value ends the cluster (-o FILE, -ofile).
      for (let j = 1; j < a.length; j++) {
        const c = a[j]!;
        if (flags[c]) flags[c]!();
        else if (valued[c]) {
          valued[c]!(j + 1 < a.length ? a.slice(j + 1) : (args[++i] ?? ""));
          break;
        } else {
          await p.err.write(`curl: option ${a}: is unknown\ncurl: try 'curl --help' or 'curl --manual' for more information\n`);
          return 2;
        }
      }
    } else urls.push(a);
  }
  if (urls.length === 0) {
    await p.err.write("curl: try 'curl --help' or 'curl --manual' for more information\n");
    return 2;
  }
  let status = 0;
  for (const url of urls) status = await fetchOne(p, o, url, 0);
  return status;
}

async function fetchOne(p: Proc, o: Opts, url: string, redirects: number): Promise<number> {
  const sys = p.sys;
  const m = /^(?:(\w+):\/\/)?([^/:]+)(?::(\d+))?(\/.*)?$/.exec(url);
  if (!m) return die(p, o, 3, "URL using bad/illegal format or missing URL");
  const scheme = (m[1] ?? "http").toLowerCase();
  if (scheme !== "http") return die(p, o, 1, `Protocol "${scheme}" not supported or disabled in libcurl`);
  const host = m[2]!;
  const port = m[3] ? Number(m[3]) : 80;
  const path = m[4] ?? "/";
  const addr = await resolve(p, host);
  if (addr === null) return die(p, o, 6, `Could not resolve host: ${host}`);
  const fd = sys.socket(AF_INET, SOCK_STREAM, 0);
  const t0 = sys.clock_gettime(1);
  try {
    await sys.connect(fd, { family: AF_INET, addr, port });
  } catch (e) {
    if (!(e instanceof Errno)) throw e;
    // A refused or unroutable connect fails at once in the kernel: curl reports 0 ms for it.
    const ms = e.errno === ECONNREFUSED || e.errno === ENETUNREACH ? 0 : Number((sys.clock_gettime(1) - t0) / 1000000n);
    sys.close(fd);
    return die(p, o, 7, `Failed to connect to ${host} port ${port} after ${ms} ms: Couldn't connect to server`);
  }
  const method = o.method ?? (o.head ? "HEAD" : o.data !== null ? "POST" : "GET");
  const hostHeader = port === 80 ? host : `${host}:${port}`;
  let req = `${method} ${path} HTTP/1.1\r\nHost: ${hostHeader}\r\nUser-Agent: ${VERSION}\r\nAccept: */*\r\n`;
  for (const h of o.headers) req += `${h}\r\n`;
  if (o.data !== null) req += `Content-Length: ${encode(o.data).length}\r\nContent-Type: application/x-www-form-urlencoded\r\n`;
  req += "\r\n";
  if (o.data !== null) req += o.data;
  if (o.verbose) await p.err.write(`*   Trying ${addr}:${port}...\n* Connected to ${host} (${addr}) port ${port} (#0)\n` + req.split("\r\n").filter((l, i, all) => i < all.length - 1 || l).map((l) => `> ${l}`).join("\n") + "\n");
  await sys.write(fd, req);
  // Read the whole response (Content-Length or until the server closes).
  const chunks: Uint8Array[] = [];
  let total = 0;
  let headerEnd = -1;
  let bodyLen = -1;
  let raw = new Uint8Array(0);
  for (;;) {
    let d: Uint8Array;
    try {
      d = await sys.read(fd, 65536);
    } catch (e) {
      if (!(e instanceof Errno)) throw e;
      sys.close(fd);
      return die(p, o, 56, "Recv failure: Connection reset by peer");
    }
    if (d.length === 0) break;
    chunks.push(d);
    total += d.length;
    raw = new Uint8Array(total);
    let off = 0;
    for (const c of chunks) raw.set(c, (off += c.length) - c.length);
    if (headerEnd < 0) {
      const text = decode(raw);
      const i = text.indexOf("\r\n\r\n");
      if (i >= 0) {
        headerEnd = encode(text.slice(0, i + 4)).length;
        const cl = /\r\ncontent-length:\s*(\d+)/i.exec(text.slice(0, i));
        bodyLen = method === "HEAD" ? 0 : cl ? Number(cl[1]) : -1;
      }
    }
    if (headerEnd >= 0 && bodyLen >= 0 && total >= headerEnd + bodyLen) break;
  }
  sys.close(fd);
  if (headerEnd < 0) {
    if (total === 0) return die(p, o, 52, "Empty reply from server");
    return die(p, o, 1, "Received HTTP/0.9 when not allowed");
  }
  const head = decode(raw.subarray(0, headerEnd));
  const body = raw.subarray(headerEnd, bodyLen >= 0 ? headerEnd + bodyLen : raw.length);
  const code = Number(/^HTTP\/\d(?:\.\d)? (\d{3})/.exec(head)?.[1] ?? 0);
  if (o.verbose) await p.err.write(head.split("\r\n").filter(Boolean).map((l) => `< ${l}`).join("\n") + "\n<\n");
  const loc = /\r\nlocation:\s*(\S+)/i.exec(head)?.[1];
  if (o.follow && loc && code >= 300 && code < 400 && redirects < 50) {
    const next = loc.startsWith("/") ? `http://${hostHeader}${loc}` : loc;
    return fetchOne(p, o, next, redirects + 1);
  }
  if (o.fail && code >= 400) return die(p, o, 22, `The requested URL returned error: ${code}`);
  let out: Uint8Array = new Uint8Array(0);
  if (o.include || o.head) out = encode(head);
  if (!o.head) out = concat(out, body);
  if (o.output !== null) {
    const f = await sys.open(o.output, O_WRONLY | O_CREAT | O_TRUNC, 0o666);
    await sys.write(f, out);
    sys.close(f);
  } else {
    await p.out.writeBytes(out);
  }
  if (!o.silent && (o.output !== null || !isatty(sys, 1))) await p.err.write(progressMeter(total));
  if (o.writeOut !== null) await p.out.write(o.writeOut.replace(/%\{http_code\}/g, String(code).padStart(3, "0")).replace(/%\{size_download\}/g, String(body.length)).replace(/\\n/g, "\n"));
  return 0;
}

function concat(a: Uint8Array, b: Uint8Array): Uint8Array {
  const o = new Uint8Array(a.length + b.length);
  o.set(a);
  o.set(b, a.length);
  return o;
}

const METER_HEAD = "  % Total    % Received % Xferd  Average Speed   Time    Time     Time  Current\n                                 Dload  Upload   Total   Spent    Left  Speed\n";
const METER_ZERO = "  0     0    0     0    0     0      0      0 --:--:-- --:--:-- --:--:--     0";

/** The final state of curl's progress meter (it goes to stderr when stdout is not a terminal). */
function progressMeter(bytes: number): string {
  const n = String(bytes).padStart(5);
  return `${METER_HEAD}\r100${n}  100${n}    0     0      0      0 --:--:-- --:--:-- --:--:--     0\n`;
}
