// The memory cgroup OOM killer (mm/oom_kill.c, mem_cgroup_out_of_memory): when a charge cannot
// fit under memory.max and nothing can be reclaimed, pick the task of the memcg's subtree with
// the most memory (oom_badness), kill it with SIGKILL, and report it in the kernel log the way
// dump_header()/dump_tasks()/__oom_kill_process() do. With memory.oom.group set, the whole
// group goes ("memory.oom.group: ... the OOM killer will kill all tasks of the cgroup" -
// cgroup-v2.rst). The victim's memory is freed at once, as the OOM reaper does.

import type { Task } from "../task/task.ts";
import type { Cgroup } from "./cgroup.ts";
import { type MemCss, PAGE_SIZE, memcgEvent, memoryStat, taskCharged, uncharge } from "./memory.ts";
import { sendSignal } from "../signal/send.ts";
import { SIGKILL } from "../../uapi/signal.ts";
import { KERN_ERR, KERN_INFO, KERN_WARNING } from "../printk.ts";
import { UTS_RELEASE } from "../ns/uts.ts";

/** PAGE_COUNTER_MAX in kB: what the report prints for "no limit". */
const NO_LIMIT_KB = "9007199254740988";
/** Pages a process maps besides what it charged (its binary, libc, stack): total_vm and rss floors. */
const BASE_VM_PAGES = 648;
const BASE_RSS_PAGES = 330;

function kb(bytes: number): string {
  return bytes === Infinity ? NO_LIMIT_KB : String(Math.floor(bytes / 1024));
}

/** The tasks a memcg's OOM may kill: live members of its subtree, never the machine's init. */
function candidates(m: MemCss): Task[] {
  const out: Task[] = [];
  for (const cg of m.cgroup.descendantsPre()) {
    for (const t of cg.tasks) {
      if (t.exiting || (t.pid.numbers[0] === 1 && t.pidNs === t.kernel.initPidNs)) continue;
      out.push(t);
    }
  }
  return out;
}

/** select_bad_process(): the most memory wins; the first of equals. */
function selectVictim(tasks: Task[]): Task | null {
  let best: Task | null = null;
  let points = -1;
  for (const t of tasks) {
    const p = taskCharged(t);
    if (p > points) {
      best = t;
      points = p;
    }
  }
  return best;
}

function rssPages(t: Task): number {
  return BASE_RSS_PAGES + Math.ceil(taskCharged(t) / PAGE_SIZE);
}

/** dump_header() with the memcg parts: who asked, the stack, the memcg's usage and stat, the tasks. */
function dumpHeader(current: Task, m: MemCss, tasks: Task[]): void {
  const log = current.kernel.log;
  const pid = current.pid.numbers[0];
  const lines = [
    `${current.comm} invoked oom-killer: gfp_mask=0xcc0(GFP_KERNEL), order=0, oom_score_adj=0`,
    `CPU: 0 UID: ${current.cred.uid} PID: ${pid} Comm: ${current.comm} Not tainted ${UTS_RELEASE} #1 PREEMPT(lazy)  Debian ${UTS_RELEASE}`,
    "Hardware name: vlab virtual machine, BIOS vlab 01/01/2026",
    "Call Trace:",
    " <TASK>",
    " dump_stack_lvl+0x5d/0x80",
    " dump_header+0x43/0x1aa",
    " oom_kill_process.cold+0xa/0xb2",
    " out_of_memory+0x217/0x4b0",
    " mem_cgroup_out_of_memory+0xc0/0xe0",
    " try_charge_memcg+0x456/0x6e0",
    " charge_memcg+0x2f/0x70",
    " __mem_cgroup_charge+0x2c/0x80",
    " do_anonymous_page+0x34a/0x990",
    " __handle_mm_fault+0xadb/0xf40",
    " handle_mm_fault+0xec/0x2e0",
    " do_user_addr_fault+0x1c3/0x7f0",
    " exc_page_fault+0x7e/0x1a0",
    " asm_exc_page_fault+0x26/0x30",
    " </TASK>",
  ];
  log.printk(KERN_WARNING, lines.join("\n"));
  log.printk(KERN_INFO, `memory: usage ${kb(m.usage)}kB, limit ${kb(m.max)}kB, failcnt ${m.failcnt}`);
  log.printk(KERN_INFO, `swap: usage 0kB, limit ${kb(m.swapMax)}kB, failcnt 0`);
  log.printk(KERN_INFO, `Memory cgroup stats for ${m.cgroup.path}:`);
  log.printk(KERN_INFO, memoryStat(m).join("\n"));
  log.printk(KERN_INFO, "Tasks state (memory values in pages):");
  log.printk(KERN_INFO, "[  pid  ]   uid  tgid total_vm      rss rss_anon rss_file rss_shmem pgtables_bytes swapents oom_score_adj name");
  for (const t of tasks) {
    const anon = Math.ceil(taskCharged(t) / PAGE_SIZE);
    const n = t.pid.numbers[0]!;
    // dump_task(): "[%7d] %5d %5d %8lu %8lu %8lu %8lu %9lu %8ld %8lu         %5hd %s"
    const row = [
      `[${String(n).padStart(7)}]`,
      String(t.cred.uid).padStart(5),
      String(n).padStart(5),
      String(BASE_VM_PAGES + anon).padStart(8),
      String(rssPages(t)).padStart(8),
      String(anon).padStart(8),
      String(BASE_RSS_PAGES).padStart(8),
      String(0).padStart(9),
      String(40960).padStart(8),
      String(0).padStart(8),
      `        ${String(0).padStart(5)}`,
      t.comm,
    ];
    log.printk(KERN_INFO, row.join(" "));
  }
}

/** The memcg to kill as a whole: the highest with memory.oom.group from the victim's up to the OOM's (mem_cgroup_get_oom_group). */
function oomGroup(victim: Task, oomMemcg: MemCss): Cgroup | null {
  let group: Cgroup | null = null;
  const vm = (victim.cgroup as Cgroup).cssOf<MemCss>("memory");
  for (let p: MemCss | null = vm; p; p = p.parent) {
    if (p.oomGroup) group = p.cgroup;
    if (p === oomMemcg) break;
  }
  return group;
}

function killOne(t: Task, oomMemcg: MemCss, current: Task, report: boolean): void {
  const log = t.kernel.log;
  const cg = t.cgroup as Cgroup;
  const anonKb = Math.floor(taskCharged(t) / 1024);
  if (report) {
    log.printk(
      KERN_INFO,
      `oom-kill:constraint=CONSTRAINT_MEMCG,nodemask=(null),cpuset=${cg.isRoot ? "/" : cg.name},mems_allowed=0,oom_memcg=${oomMemcg.cgroup.path},task_memcg=${cg.path},task=${t.comm},pid=${t.pid.numbers[0]},uid=${t.cred.uid}`,
    );
  }
  log.printk(
    KERN_ERR,
    `Memory cgroup out of memory: Killed process ${t.pid.numbers[0]} (${t.comm}) total-vm:${(BASE_VM_PAGES * PAGE_SIZE) / 1024 + anonKb}kB, anon-rss:${anonKb}kB, file-rss:${(BASE_RSS_PAGES * PAGE_SIZE) / 1024}kB, shmem-rss:0kB, UID:${t.cred.uid} pgtables:40kB oom_score_adj:0`,
  );
  memcgEvent(cg.cssOf<MemCss>("memory"), "oom_kill");
  uncharge(t);
  sendSignal(t, SIGKILL, true);
  void current;
}

/**
 * mem_cgroup_out_of_memory(): m cannot take more. Returns false when there was nobody to kill
 * (the charge then fails with ENOMEM).
 */
export function memcgOutOfMemory(current: Task, m: MemCss): boolean {
  memcgEvent(m, "oom");
  const tasks = candidates(m);
  const victim = selectVictim(tasks);
  if (!victim) return false;
  dumpHeader(current, m, tasks);
  killOne(victim, m, current, true);
  const group = oomGroup(victim, m);
  if (group) {
    memcgEvent(group.cssOf<MemCss>("memory"), "oom_group_kill");
    for (const cg of group.descendantsPre()) for (const t of [...cg.tasks]) if (t !== victim && !t.exiting) killOne(t, m, current, false);
  }
  return true;
}
