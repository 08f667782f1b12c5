// binfmt_vlab loads a program's code on its first exec (a chunk of the browser build): the
// exec waits for it, a failed load is ENOEXEC for the caller, and a loaded program is found
// again without loading.
import { describe, expect, it } from "vitest";
import { Host } from "../../host/index.ts";
import { registerProgram, VLAB_MAGIC } from "./exec.ts";
import type { ProgramMain } from "../../userland/lib/sys.ts";
import { PROGRAMS } from "../../userland/programs.ts";

const dec = new TextDecoder();

async function bash(host: Host, cmd: string): Promise<{ status: number; all: string }> {
  let all = "";
  const status = await host.run({ argv: ["/bin/bash", "-c", cmd], onStdout: (b) => (all += dec.decode(b)), onStderr: (b) => (all += dec.decode(b)) });
  return { status, all };
}

/** Install /usr/local/bin/NAME whose code comes from load. */
async function install(host: Host, name: string, load: () => Promise<ProgramMain>): Promise<void> {
  registerProgram(host.kernel, name, load);
  await host.writeFile(`/usr/local/bin/${name}`, `${VLAB_MAGIC}${name}\n`, 0o755);
}

const hello: ProgramMain = async (sys, argv) => {
  await sys.write(1, `hello ${argv.slice(1).join(" ")}\n`);
  return 0;
};

describe("binfmt_vlab's program loading", () => {
  it("loads on the first exec, once, even for concurrent execs", async () => {
    const host = await Host.boot();
    let loads = 0;
    await install(host, "hello", async () => {
      loads++;
      await new Promise((r) => setTimeout(r, 20)); // a slow chunk
      return hello;
    });
    const r = await bash(host, "hello a & hello b & wait; hello c");
    expect(r.all.split("\n").sort().join("\n")).toBe("\nhello a\nhello b\nhello c");
    expect(r.status).toBe(0);
    expect(loads).toBe(1);
    expect(host.kernel.programs.get("hello")).toBe(hello);
  });

  it("keeps virtual time still while a program loads (timeout does not fire first)", async () => {
    const host = await Host.boot();
    await install(host, "slowload", async () => {
      await new Promise((r) => setTimeout(r, 30));
      return hello;
    });
    const r = await bash(host, "timeout 0.01 slowload x; echo $?");
    expect(r.all).toBe("hello x\n0\n");
  });

  it("fails the exec with EIO when the code cannot be loaded, and the caller goes on", async () => {
    const host = await Host.boot();
    await install(host, "broken", () => Promise.reject(new Error("Failed to fetch dynamically imported module")));
    const r = await bash(host, "broken; echo status $?; dmesg | grep -c 'binfmt_vlab: cannot load broken'");
    expect(r.all).toBe("bash: line 1: broken: Input/output error\nstatus 126\n1\n");
  });

  it("has a loadable program behind every entry of the image's table", async () => {
    for (const [name, { load }] of Object.entries(PROGRAMS)) expect([name, typeof (await load())]).toEqual([name, "function"]);
  });
});
