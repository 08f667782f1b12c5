// printf(1), GNU coreutils. The engine is printf_format.ts.

import { gnuProgram as program } from "../lib/gnu.ts";
import { usageError, coreutilsVersion } from "../lib/getopt.ts";
import { basenameOf } from "../lib/main.ts";
import { printfFormat } from "./printf_format.ts";
import { fromByteString, toByteString } from "../lib/text.ts";

export default program(async (p) => {
  const args = p.argv.slice(1);
  if (args.length === 1 && args[0] === "--help") {
    await p.out.write("Usage: printf FORMAT [ARGUMENT]...\n  or:  printf OPTION\n");
    return 0;
  }
  if (args.length === 1 && args[0] === "--version") {
    await p.out.write(coreutilsVersion(basenameOf(p.name), "David MacKenzie"));
    return 0;
  }
  if (args[0] === "--") args.shift();
  if (args.length === 0) return usageError(p, "missing operand");
  const msgs: [string, number][] = [];
  // Work on bytes, as C's printf: '\303' is one byte and widths count bytes.
  const r = printfFormat(toByteString(args[0]!), args.slice(1).map(toByteString), (m, at) => msgs.push([m, at]));
  // error() flushes stdout first: the output so far, then the message.
  let done = 0;
  for (const [m, at] of msgs) {
    await p.out.writeBytes(fromByteString(r.out.slice(done, at)));
    done = at;
    await p.warn(new TextDecoder().decode(fromByteString(m)));
  }
  await p.out.writeBytes(fromByteString(r.out.slice(done)));
  if (r.fatal) {
    await p.warn(r.fatal);
    return 1;
  }
  return r.ok ? 0 : 1;
});
