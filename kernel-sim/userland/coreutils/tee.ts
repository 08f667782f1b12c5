// tee(1): copy standard input to standard output and to each FILE (-a appends, -i ignores SIGINT).

import { gnuProgram as program } from "../lib/gnu.ts";
import { quotef, errmsg } from "../lib/main.ts";
import { helpVersion, parseOrUsage, STD_LONGOPTS } from "../lib/getopt.ts";
import { writeAll } from "../lib/stdio.ts";
import { O_APPEND, O_CREAT, O_TRUNC, O_WRONLY } from "../../uapi/fcntl.ts";
import { SIGINT, SIGPIPE } from "../../uapi/signal.ts";

export default program(async (p) => {
  const parsed = await parseOrUsage(p, "aip", [
    { name: "append", has: 0, key: "a" },
    { name: "ignore-interrupts", has: 0, key: "i" },
    { name: "output-error", has: 2, key: "p" },
    ...STD_LONGOPTS,
  ]);
  if (!parsed) return 1;
  const hv = await helpVersion(p, parsed, "Usage: tee [OPTION]... [FILE]...\nCopy standard input to each FILE, and also to standard output.\n", "Mike Parker, Richard M. Stallman, and David MacKenzie");
  if (hv !== null) return hv;
  const sys = p.sys;
  const append = parsed.opts.some((o) => o.key === "a");
  if (parsed.opts.some((o) => o.key === "i")) sys.sigaction(SIGINT, { handler: "ignore" });
  if (parsed.opts.some((o) => o.key === "p")) sys.sigaction(SIGPIPE, { handler: "ignore" });
  let status = 0;
  const outs: { fd: number; name: string }[] = [{ fd: 1, name: "standard output" }];
  for (const f of parsed.operands) {
    try {
      outs.push({ fd: await sys.open(f, O_WRONLY | O_CREAT | (append ? O_APPEND : O_TRUNC), 0o666), name: f });
    } catch (e) {
      await p.warn(`${quotef(f)}: ${errmsg(e)}`);
      status = 1;
    }
  }
  for (;;) {
    const b = await sys.read(0, 65536);
    if (b.length === 0) break;
    for (let i = 0; i < outs.length; i++) {
      const o = outs[i]!;
      if (o.fd < 0) continue;
      try {
        await writeAll(sys, o.fd, b);
      } catch (e) {
        await p.warn(`${quotef(o.name)}: ${errmsg(e)}`);
        status = 1;
        o.fd = -1;
      }
    }
  }
  for (const o of outs) if (o.fd > 1) sys.close(o.fd);
  return status;
});
