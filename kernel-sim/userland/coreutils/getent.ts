// getent(1) from glibc: entries of the name service databases, which on the simulated host
// are the files of /etc (nsswitch "files" only): passwd, group, shadow, gshadow (by name or
// number), hosts (/etc/hosts: a name is looked up as IPv6 first, then IPv4, as getent.c
// does; an address by its address), services and protocols when the file exists. Exit 2
// when a key is not found, 1 for an unknown database.

import { program } from "../lib/main.ts";
import type { Proc } from "../lib/main.ts";
import { readFileText } from "../lib/input.ts";

const USAGE = "Try `getent --help' or `getent --usage' for more information.\n";

async function lines(p: Proc, path: string): Promise<string[]> {
  try {
    return (await readFileText(p.sys, path)).split("\n").filter((l) => l !== "" && !l.startsWith("#"));
  } catch {
    return [];
  }
}

/** passwd, group, shadow, gshadow: colon files keyed by name (field 0) or number (field 2). */
async function colonDb(p: Proc, path: string, keys: string[], numeric: boolean): Promise<number> {
  const all = await lines(p, path);
  if (keys.length === 0) {
    for (const l of all) await p.out.write(l + "\n");
    return 0;
  }
  let status = 0;
  for (const k of keys) {
    const f = numeric && /^[0-9]+$/.test(k) ? 2 : 0;
    const hit = all.find((l) => l.split(":")[f] === k);
    if (hit === undefined) status = 2;
    else await p.out.write(hit + "\n");
  }
  return status;
}

function hostLine(fields: string[]): string {
  return fields[0]!.padEnd(15, " ") + " " + fields.slice(1).join(" ") + "\n";
}

async function hosts(p: Proc, keys: string[]): Promise<number> {
  const all = (await lines(p, "/etc/hosts")).map((l) => l.replace(/#.*/, "").trim().split(/\s+/)).filter((f) => f.length >= 2);
  if (keys.length === 0) {
    for (const f of all) await p.out.write(hostLine(f));
    return 0;
  }
  let status = 0;
  for (const k of keys) {
    const isAddr = /^[0-9.]+$/.test(k) || k.includes(":");
    let hit: string[] | undefined;
    if (isAddr) hit = all.find((f) => f[0] === k);
    else {
      const named = all.filter((f) => f.slice(1).includes(k));
      hit = named.find((f) => f[0]!.includes(":")) ?? named.find((f) => !f[0]!.includes(":"));
    }
    if (!hit) status = 2;
    else await p.out.write(hostLine(hit));
  }
  return status;
}

/** services and protocols: "name port/proto aliases" or "name number aliases". */
async function simpleDb(p: Proc, path: string, keys: string[]): Promise<number> {
  const all = await lines(p, path);
  if (keys.length === 0) {
    for (const l of all) await p.out.write(l + "\n");
    return 0;
  }
  let status = 0;
  for (const k of keys) {
    const hit = all.find((l) => {
      const f = l.replace(/#.*/, "").trim().split(/\s+/);
      return f[0] === k || f.slice(2).includes(k) || f[1] === k || f[1]?.split("/")[0] === k;
    });
    if (hit === undefined) status = 2;
    else await p.out.write(hit + "\n");
  }
  return status;
}

export default program(async (p) => {
  const args = p.argv.slice(1).filter((a) => !/^-s|^--service/.test(a));
  if (args[0] === "--help" || args[0] === "-?") {
    await p.out.write("Usage: getent [OPTION...] database [key ...]\nGet entries from administrative database.\n");
    return 0;
  }
  if (args[0] === "--version" || args[0] === "-V") {
    await p.out.write("getent (Debian GLIBC 2.36-9+deb12u4) 2.36\n");
    return 0;
  }
  if (args.length === 0) {
    await p.err.write("getent: wrong number of arguments\n" + USAGE);
    return 1;
  }
  const [db, ...keys] = args as [string, ...string[]];
  switch (db) {
    case "passwd": return colonDb(p, "/etc/passwd", keys, true);
    case "group": return colonDb(p, "/etc/group", keys, true);
    case "shadow": return colonDb(p, "/etc/shadow", keys, false);
    case "gshadow": return colonDb(p, "/etc/gshadow", keys, false);
    case "hosts": return hosts(p, keys);
    case "services": return simpleDb(p, "/etc/services", keys);
    case "protocols": return simpleDb(p, "/etc/protocols", keys);
  }
  await p.err.write(`Unknown database: ${db}\n` + USAGE);
  return 1;
});
