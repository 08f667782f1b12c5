// The one rule, checked (DESIGN.md): userland talks to the kernel only through syscalls, so no
// file under kernel-sim/userland/ imports from kernel-sim/kernel/ or kernel-sim/host/; and
// kernel-sim/ imports nothing from web/ or worker/ (it must run the same in Node and a Worker);
// and worker/ does not reach into filesystems (it reads kernel state only to inspect).

import { describe, expect, it } from "vitest";
import { readdirSync, readFileSync, statSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";

const root = resolve(import.meta.dirname, "..");

function tsFiles(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) out.push(...tsFiles(p));
    else if (name.endsWith(".ts") && !name.endsWith(".test.ts")) out.push(p);
  }
  return out;
}

/** Every module specifier a file imports or re-exports (static and dynamic). */
function imports(file: string): string[] {
  const src = readFileSync(file, "utf8");
  const specs: string[] = [];
  for (const m of src.matchAll(/(?:import|export)\s[^"';]*?from\s*["']([^"']+)["']|import\(\s*["']([^"']+)["']\s*\)/g)) specs.push(m[1] ?? m[2]!);
  return specs;
}

function violations(dir: string, forbidden: string[]): string[] {
  const bad: string[] = [];
  for (const f of tsFiles(join(root, dir))) {
    for (const spec of imports(f)) {
      if (!spec.startsWith(".")) continue;
      const target = relative(root, resolve(dirname(f), spec));
      if (forbidden.some((p) => target === p || target.startsWith(p + "/"))) bad.push(`${relative(root, f)} imports ${spec}`);
    }
  }
  return bad;
}

describe("layering", () => {
  it("userland imports only uapi/ and userland/", () => {
    expect(violations("kernel-sim/userland", ["kernel-sim/kernel", "kernel-sim/host"])).toEqual([]);
  });

  it("kernel-sim imports nothing from web/ or worker/", () => {
    expect(violations("kernel-sim", ["web", "worker"])).toEqual([]);
  });

  it("worker/ leaves filesystems and programs to the host: the disk is bytes to it (host/root_image.ts lays it out)", () => {
    expect(violations("worker", ["kernel-sim/kernel/fs", "kernel-sim/userland"])).toEqual([]);
  });

  it("uapi is data: it imports nothing outside itself", () => {
    const bad = violations("kernel-sim/uapi", ["kernel-sim/kernel", "kernel-sim/host", "kernel-sim/userland"]);
    expect(bad).toEqual([]);
  });
});
