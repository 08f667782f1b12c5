// groups(1): the group names of this process, or "user : g1 g2" for each USER operand.

import { gnuProgram as program } from "../lib/gnu.ts";
import { helpVersion, parseOrUsage, STD_LONGOPTS } from "../lib/getopt.ts";
import { UserDb } from "../lib/pwd.ts";
import { idsOf } from "./id.ts";

export default program(async (p) => {
  const parsed = await parseOrUsage(p, "", STD_LONGOPTS);
  if (!parsed) return 1;
  const hv = await helpVersion(p, parsed, "Usage: groups [OPTION]... [USERNAME]...\n", "David MacKenzie and James Youngman");
  if (hv !== null) return hv;
  const db = await new UserDb(p.sys).load();
  const users = parsed.operands.length ? parsed.operands : [undefined];
  let status = 0;
  for (const user of users) {
    const ids = await idsOf(p, db, user);
    if (!ids) {
      status = 1;
      continue;
    }
    const names = ids.groups.map((g) => db.groupByGid(g)?.name ?? String(g)).join(" ");
    await p.out.write((user !== undefined ? `${user} : ` : "") + names + "\n");
  }
  return status;
});
