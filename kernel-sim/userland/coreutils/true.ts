// true(1): exit 0. Only a sole --help/--version is looked at.

import { gnuProgram as program } from "../lib/gnu.ts";
import { coreutilsVersion } from "../lib/getopt.ts";
import { basenameOf } from "../lib/main.ts";

export function trueFalse(status: number) {
  return program(async (p) => {
    if (p.argv.length === 2 && p.argv[1] === "--help") {
      await p.out.write(`Usage: ${p.name} [ignored command line arguments]\n  or:  ${p.name} OPTION\nExit with a status code indicating ${status ? "failure" : "success"}.\n`);
      return status;
    }
    if (p.argv.length === 2 && p.argv[1] === "--version") {
      await p.out.write(coreutilsVersion(basenameOf(p.name), "Jim Meyering"));
      return status;
    }
    return status;
  });
}

export default trueFalse(0);
