// env(1): run a program in a modified environment, or print the environment.
// -i, -u NAME, -0, -C DIR, NAME=VALUE operands, then the command (execvp).

import { gnuProgram as program } from "../lib/gnu.ts";
import { quote, errmsg } from "../lib/main.ts";
import { helpVersion, parseOrUsage, STD_LONGOPTS } from "../lib/getopt.ts";
import { execvp, execFailureStatus } from "../lib/exec.ts";

export default program(async (p) => {
  // "+" stops at the first operand: options of the command are the command's.
  const parsed = await parseOrUsage(p, "+0iu:C:S:v", [
    { name: "ignore-environment", has: 0, key: "i" },
    { name: "null", has: 0, key: "0" },
    { name: "unset", has: 1, key: "u" },
    { name: "chdir", has: 1, key: "C" },
    { name: "split-string", has: 1, key: "S" },
    ...STD_LONGOPTS,
  ], 125);
  if (!parsed) return 125;
  const hv = await helpVersion(p, parsed, "Usage: env [OPTION]... [-] [NAME=VALUE]... [COMMAND [ARG]...]\nSet each NAME to VALUE in the environment and run COMMAND.\n", "Richard Mlynarik, David MacKenzie, and Assaf Gordon");
  if (hv !== null) return hv;
  let env = [...p.envp];
  let eol = "\n";
  let dir: string | undefined;
  const extra: string[] = [];
  for (const o of parsed.opts) {
    if (o.key === "i") env = [];
    else if (o.key === "0") eol = "\0";
    else if (o.key === "u") env = env.filter((e) => !e.startsWith(o.arg! + "="));
    else if (o.key === "C") dir = o.arg;
    else if (o.key === "S") extra.push(...o.arg!.split(/\s+/).filter(Boolean));
  }
  let ops = [...extra, ...parsed.operands];
  if (ops[0] === "-") {
    env = [];
    ops = ops.slice(1);
  }
  while (ops.length && ops[0]!.includes("=") && !ops[0]!.startsWith("=")) {
    const kv = ops.shift()!;
    const name = kv.slice(0, kv.indexOf("="));
    env = env.filter((e) => !e.startsWith(name + "="));
    env.push(kv);
  }
  if (ops.length === 0) {
    for (const e of env) await p.out.write(e + eol);
    return 0;
  }
  if (dir !== undefined) {
    try {
      p.sys.chdir(dir);
    } catch (e) {
      await p.warn(`cannot change directory to ${quote(dir)}: ${errmsg(e)}`);
      return 125;
    }
  }
  await p.out.flush();
  try {
    return await execvp(p.sys, ops[0]!, ops, env);
  } catch (e) {
    await p.warn(`${quote(ops[0]!)}: ${errmsg(e)}`);
    return execFailureStatus(e);
  }
});
