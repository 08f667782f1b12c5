import { describe, expect, it } from "vitest";
import { shRun } from "../../kernel/ns/testing_host.ts";

describe("lsns", () => {
  it("lists the namespaces of the machine with their lowest pid", async () => {
    const r = await shRun("lsns -t uts; unshare -u sleep 5 & sleep 0.1; lsns -t uts -n -o TYPE,NPROCS,COMMAND; lsns -p $$ -o TYPE -n | tr '\\n' ' '");
    expect(r.out).toMatch(/^        NS TYPE NPROCS PID USER COMMAND\n4026531838 uts  +\d+   1 root \/sbin\/init\n/);
    expect(r.out).toMatch(/uts +1 sleep 5\n/);
    expect(r.out).toContain("net time cgroup pid user uts");
  });
});
