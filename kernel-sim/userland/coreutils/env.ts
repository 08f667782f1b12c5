// env(1): run a program in a modified environment, or print the environment.
// -i, -u NAME, -0, -C DIR, -S STRING (env_split.ts), -v, NAME=VALUE operands, then the
// command (execvp).

import { gnuProgram as program } from "../lib/gnu.ts";
import { quote, errmsg } from "../lib/main.ts";
import { helpVersion, parseOrUsage, STD_LONGOPTS } from "../lib/getopt.ts";
import { execvp, execFailureStatus } from "../lib/exec.ts";
import { splitS } from "./env_split.ts";

export default program(async (p) => {
  // "+" stops at the first operand: options of the command are the command's.
  const parsed = await parseOrUsage(p, "+0iu:C:S:v", [
    { name: "ignore-environment", has: 0, key: "i" },
    { name: "null", has: 0, key: "0" },
    { name: "unset", has: 1, key: "u" },
    { name: "chdir", has: 1, key: "C" },
    { name: "split-string", has: 1, key: "S" },
    { name: "debug", has: 0, key: "v" },
    ...STD_LONGOPTS,
  ], 125);
  if (!parsed) return 125;
  const hv = await helpVersion(p, parsed, "Usage: env [OPTION]... [-] [NAME=VALUE]... [COMMAND [ARG]...]\nSet each NAME to VALUE in the environment and run COMMAND.\n", "Richard Mlynarik, David MacKenzie, and Assaf Gordon");
  if (hv !== null) return hv;
  let env = [...p.envp];
  let eol = "\n";
  let dir: string | undefined;
  const extra: string[] = [];
  const debug = parsed.opts.some((o) => o.key === "v");
  const trace = async (s: string): Promise<void> => {
    if (debug) await p.err.write(s);
  };
  for (const o of parsed.opts) {
    if (o.key === "i") {
      env = [];
      await trace("cleaning environ\n");
    } else if (o.key === "0") eol = "\0";
    else if (o.key === "u") {
      env = env.filter((e) => !e.startsWith(o.arg! + "="));
      await trace(`unset:    ${o.arg}\n`);
    } else if (o.key === "C") dir = o.arg;
    else if (o.key === "S") {
      const words = splitS(o.arg!, (n) => p.getenv(n));
      if (typeof words === "string") {
        await p.warn(words);
        return 125;
      }
      await trace(`split -S:  ${quote(o.arg!)}\n${words.map((w, i) => `${i ? "     &" : " into:"}    ${quote(w)}\n`).join("")}`);
      extra.push(...words);
    }
  }
  let ops = [...extra, ...parsed.operands];
  if (ops[0] === "-") {
    env = [];
    ops = ops.slice(1);
  }
  while (ops.length && ops[0]!.includes("=")) {
    const kv = ops.shift()!;
    const name = kv.slice(0, kv.indexOf("="));
    env = env.filter((e) => !e.startsWith(name + "="));
    env.push(kv);
    await trace(`setenv:   ${kv}\n`);
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
  await trace(`executing: ${ops[0]}\n${ops.map((a, i) => `   arg[${i}]= ${quote(a)}\n`).join("")}`);
  try {
    return await execvp(p.sys, ops[0]!, ops, env);
  } catch (e) {
    await p.warn(`${quote(ops[0]!)}: ${errmsg(e)}`);
    return execFailureStatus(e);
  }
});
