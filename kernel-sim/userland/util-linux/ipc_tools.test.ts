import { describe, expect, it } from "vitest";
import { shRun } from "../../kernel/ns/testing_host.ts";

describe("ipcmk, ipcs, ipcrm", () => {
  it("make, list and remove objects in a new IPC namespace", async () => {
    const r = await shRun("unshare -i sh -c 'ipcmk -Q; ipcmk -M 4096; ipcs -q | sed s/^0x[0-9a-f]*/KEY/; ipcrm -q 0; ipcrm -q 0; echo $?; ipcs -m -i 0 | head -4'; ipcs -q");
    expect(r.out).toBe(
      "Message queue id: 0\nShared memory id: 0\n\n------ Message Queues --------\nkey        msqid      owner      perms      used-bytes   messages    \nKEY 0          root       644        0            0           \n\n" +
        "ipcrm: invalid id (0)\n1\n\nShared memory Segment shmid=0\nuid=0\tgid=0\tcuid=0\tcgid=0\nmode=0644\taccess_perms=0644\n" +
        "\n------ Message Queues --------\nkey        msqid      owner      perms      used-bytes   messages    \n\n",
    );
  });
});
