// Controllers the machine has but nothing here uses: hugetlb (no huge pages are configured),
// rdma (no RDMA devices), misc (no SEV/TDX keys). They exist so cgroup.controllers, enabling
// them and their files look as on the recorded kernel (6.18).

import type { Cgroup, Css } from "./cgroup.ts";
import type { CfType, Controller } from "./controller.ts";

class PlainCss implements Css {
  constructor(readonly cgroup: Cgroup) {}
}

function ro(name: string, where: CfType["where"], text: string): CfType {
  return { name, mode: 0o444, where, show: () => text };
}
function rw(name: string, where: CfType["where"], text: string): CfType {
  return { name, mode: 0o644, where, show: () => text, write: () => {} };
}

const hugetlbFiles: CfType[] = [];
for (const size of ["1GB", "2MB"]) {
  hugetlbFiles.push(
    ro(`hugetlb.${size}.current`, "notRoot", "0\n"),
    ro(`hugetlb.${size}.events`, "notRoot", "max 0\n"),
    ro(`hugetlb.${size}.events.local`, "notRoot", "max 0\n"),
    rw(`hugetlb.${size}.max`, "notRoot", "max\n"),
    ro(`hugetlb.${size}.numa_stat`, "notRoot", "total=0 N0=0\n"),
    ro(`hugetlb.${size}.rsvd.current`, "notRoot", "0\n"),
    rw(`hugetlb.${size}.rsvd.max`, "notRoot", "max\n"),
  );
}

export const hugetlbController: Controller = { name: "hugetlb", cssAlloc: (cg) => new PlainCss(cg), files: hugetlbFiles };
export const rdmaController: Controller = {
  name: "rdma",
  cssAlloc: (cg) => new PlainCss(cg),
  files: [ro("rdma.current", "notRoot", ""), rw("rdma.max", "notRoot", "")],
};
export const miscController: Controller = {
  name: "misc",
  cssAlloc: (cg) => new PlainCss(cg),
  files: [
    ro("misc.capacity", "root", ""),
    ro("misc.current", "all", ""),
    ro("misc.events", "notRoot", ""),
    ro("misc.events.local", "notRoot", ""),
    rw("misc.max", "notRoot", ""),
    ro("misc.peak", "all", ""),
  ],
};
