// mknod(1): make a FIFO (p) or a block (b) or character (c, u) special file with MAJOR and
// MINOR numbers; -m MODE.

import { gnuProgram as program } from "../lib/gnu.ts";
import { quote, errmsg } from "../lib/main.ts";
import { helpVersion, parseOrUsage, STD_LONGOPTS, usageError } from "../lib/getopt.ts";
import { adjustMode, compileMode } from "../lib/modes.ts";
import { S_IFBLK, S_IFCHR, S_IFIFO, makedev } from "../../uapi/stat.ts";

const HELP = "Usage: mknod [OPTION]... NAME TYPE [MAJOR MINOR]\nCreate the special file NAME of the given TYPE.\n";

export default program(async (p) => {
  const parsed = await parseOrUsage(p, "m:Z", [{ name: "mode", has: 1, key: "m" }, { name: "context", has: 2, key: "Z" }, ...STD_LONGOPTS]);
  if (!parsed) return 1;
  const hv = await helpVersion(p, parsed, HELP, "David MacKenzie");
  if (hv !== null) return hv;
  const modeArg = parsed.opts.find((o) => o.key === "m")?.arg;
  let mode = 0o666;
  if (modeArg !== undefined) {
    const ch = compileMode(modeArg);
    if (!ch) {
      await p.warn("invalid mode");
      return 1;
    }
    mode = adjustMode(0o666, ch, 0);
    if (mode & ~0o777) return usageError(p, "mode must specify only file permission bits");
  }
  const ops = parsed.operands;
  if (ops.length === 0) return usageError(p, "missing operand");
  const fifo = ops[1] === "p";
  const want = fifo ? 2 : 4;
  if (ops.length < want) {
    await p.out.flush();
    await p.err.write(`${p.name}: missing operand after ${quote(ops[ops.length - 1]!)}\n`);
    if (ops.length >= 2) await p.err.write("Special files require major and minor device numbers.\n");
    return usageError(p, null);
  }
  if (ops.length > want) {
    await p.out.flush();
    await p.err.write(`${p.name}: extra operand ${quote(ops[want]!)}\n`);
    if (fifo && ops.length === 4) await p.err.write("Fifos do not have major and minor device numbers.\n");
    return usageError(p, null);
  }
  const [name, type] = [ops[0]!, ops[1]!];
  let kind: number;
  let dev = 0;
  if (fifo) kind = S_IFIFO;
  else {
    if (type === "b") kind = S_IFBLK;
    else if (type === "c" || type === "u") kind = S_IFCHR;
    else return usageError(p, `invalid device type ${quote(type)}`);
    const [maj, min] = [ops[2]!, ops[3]!];
    if (!/^[0-9]+$/.test(maj)) {
      await p.warn(`invalid major device number ${quote(maj)}`);
      return 1;
    }
    if (!/^[0-9]+$/.test(min)) {
      await p.warn(`invalid minor device number ${quote(min)}`);
      return 1;
    }
    dev = makedev(Number(maj), Number(min));
  }
  try {
    p.sys.mknod(name, kind | mode, dev);
    if (modeArg !== undefined) p.sys.chmod(name, mode);
  } catch (e) {
    await p.warn(`${name}: ${errmsg(e)}`);
    return 1;
  }
  return 0;
});
