import { describe, expect, it } from "vitest";
import { shRun } from "../../kernel/ns/testing_host.ts";

describe("nsenter", () => {
  it("enters the uts and pid namespaces of a process", async () => {
    const r = await shRun(
      `unshare -u -fp sh -c 'hostname inner; sleep 5' & sleep 0.1; t=$(grep -l "^NSpid:.*[0-9].1\\$" /proc/[0-9]*/status | cut -d/ -f3); ` +
        `nsenter -t $t -u hostname; nsenter -t $t -p -u sh -c 'echo $$ $(hostname)'; nsenter -t $t -U true; echo $?; nsenter -n; echo $?; kill %1`,
    );
    expect(r.out).toBe("inner\n4 inner\nnsenter: reassociate to namespace 'ns/user' failed: Invalid argument\n1\nnsenter: neither filename nor target pid supplied for ns/net\n1\n");
  });
});
