import { describe, expect, it } from "vitest";
import { shRun } from "../../kernel/ns/testing_host.ts";

describe("unshare", () => {
  it("maps root with -r and shows nobody without a map", async () => {
    const r = await shRun("unshare -r sh -c 'id; cat /proc/self/uid_map /proc/self/setgroups'; unshare -U id");
    expect(r.out).toBe("uid=0(root) gid=0(root) groups=0(root)\n         0          0          1\ndeny\nuid=65534(nobody) gid=65534(nogroup) groups=65534(nogroup)\n");
  });
  it("keeps the hostname private with -u and makes pid 1 with -fp", async () => {
    const r = await shRun("unshare -u sh -c 'hostname inner; hostname'; hostname; unshare -fp sh -c 'echo $$'");
    expect(r.out).toBe("inner\nvlab\n1\n");
  });
  it("reports errors as util-linux does", async () => {
    const r = await shRun("unshare --bogus; echo $?; unshare -u /nonexist; echo $?; unshare -U sh -c 'unshare -u true'; echo $?");
    expect(r.out).toBe(
      "unshare: unrecognized option '--bogus'\nTry 'unshare --help' for more information.\n1\nunshare: failed to execute /nonexist: No such file or directory\n127\nunshare: unshare failed: Operation not permitted\n1\n",
    );
  });
});
