// UI strings in English and Simplified Chinese. The labs use the same switch (getLang/onLang).
// No DOM here (unit-tested in Node); i18n_dom.ts fills the page's labelled elements.

export type Lang = "en" | "zh-CN";

const EN = {
  "tabs.label": "Terminals",
  "tabs.new": "New terminal",
  "tabs.close": "Close terminal",
  "tabs.name": "Terminal {n}",
  "terminal.label": "Terminal",
  "keys.label": "Keys a phone keyboard lacks",
  "keys.interrupt": "Control C (interrupt)",
  "keys.left": "Left arrow",
  "keys.up": "Up arrow (previous command)",
  "keys.down": "Down arrow (next command)",
  "keys.right": "Right arrow",
  "panels.toggle": "Inspect",
  "panels.label": "Machine state",
  "panels.processes": "Processes",
  "panels.namespaces": "Namespaces",
  "panels.cgroups": "Cgroups",
  "panels.mounts": "Mounts",
  "panels.nsSet": "namespace set",
  "panels.legend": "Colour = set of namespaces (grey: the host's). (N) = pid inside its own pid namespace. Select a process for its /proc/PID/status.",
  "panels.pidInNs": "pid {pid} in its namespace",
  "panels.noCgroups": "No cgroup files yet under /sys/fs/cgroup.",
  "panels.mountNs": "mount namespace {inum} — processes {pids}",
  "panels.layers": "upper {upper} · lowers {lowers}",
  "panels.status": "/proc/{pid}/status",
  "panels.statusGone": "process {pid} has exited",
  "panels.type": "type",
  "panels.inode": "inode",
  "panels.nprocs": "procs",
  "panels.pid": "pid",
  "panels.command": "command",
  "panels.unlimited": "no limit",
  "panels.more": "… and {n} more processes (ps -e lists them all)",
  "menu.machine": "Machine",
  "menu.export": "Export disk",
  "menu.import": "Import disk…",
  "menu.reset": "Reset machine…",
  "menu.a11y": "Screen reader mode",
  "menu.language": "Language",
  "disk.saved": "Disk saved {time}",
  "disk.saving": "Saving…",
  "disk.fresh": "Fresh disk",
  "disk.notOwner": "This machine's disk is open in another tab. Changes made in this tab will not be saved.",
  "disk.ownerGone": "The other tab has closed. Reload to continue from the saved disk (changes made only in this tab are not kept).",
  "disk.corruptTitle": "The saved disk could not be read",
  "disk.corruptText": "{reason}. Nothing has been deleted. You can download the saved disk as it is, then start with a fresh machine.",
  "disk.exportBroken": "Download the saved disk",
  "disk.startFresh": "Start fresh",
  "disk.later": "Decide later",
  "disk.resetTitle": "Reset the machine?",
  "disk.resetText": "The machine's disk is erased and it reboots fresh. Export the disk first if you want to keep it.",
  "disk.resetConfirm": "Erase and reboot",
  "disk.cancel": "Cancel",
  "disk.importFailed": "That file is not a vlab disk: {reason}",
  "disk.importTitle": "Replace the disk?",
  "disk.importText": "The machine reboots from {name}; its current disk is replaced.",
  "disk.importConfirm": "Replace and reboot",
  "disk.unsaved": "not saved",
  "disk.noStorage": "This browser gives the page no storage (IndexedDB is off, as in some private windows): the machine runs, but its disk is gone when the tab closes. Export the disk to keep your work.",
  "disk.full": "The browser's storage for this site is full: the disk was not saved. Export it to keep your work, or free space (rm big files) and it saves again.",
  "disk.saveFailed": "The disk could not be saved ({reason}). Export it to keep your work; saving is tried again after the next command.",
  "update.ready": "A new version of vlab is ready.",
  "update.reload": "Reload",
  "update.offlineReady": "Works offline now",
  "boot.failed": "The machine did not start: {reason}",
} as const;

export type MessageKey = keyof typeof EN;

const ZH: Record<MessageKey, string> = {
  "tabs.label": "终端",
  "tabs.new": "新建终端",
  "tabs.close": "关闭终端",
  "tabs.name": "终端 {n}",
  "terminal.label": "终端",
  "keys.label": "手机键盘上没有的按键",
  "keys.interrupt": "Control C（中断）",
  "keys.left": "左方向键",
  "keys.up": "上方向键（上一条命令）",
  "keys.down": "下方向键（下一条命令）",
  "keys.right": "右方向键",
  "panels.toggle": "观察",
  "panels.label": "机器状态",
  "panels.processes": "进程",
  "panels.namespaces": "命名空间",
  "panels.cgroups": "控制组",
  "panels.mounts": "挂载",
  "panels.nsSet": "命名空间组合",
  "panels.legend": "颜色 = 命名空间组合（灰色为主机的）。(N) = 在其自身 pid 命名空间中的 pid。选择一个进程以查看其 /proc/PID/status。",
  "panels.pidInNs": "在其命名空间中的 pid 为 {pid}",
  "panels.noCgroups": "/sys/fs/cgroup 下还没有 cgroup 文件。",
  "panels.mountNs": "挂载命名空间 {inum} — 进程 {pids}",
  "panels.layers": "上层 {upper} · 下层 {lowers}",
  "panels.status": "/proc/{pid}/status",
  "panels.statusGone": "进程 {pid} 已退出",
  "panels.type": "类型",
  "panels.inode": "inode",
  "panels.nprocs": "进程数",
  "panels.pid": "pid",
  "panels.command": "命令",
  "panels.unlimited": "无限制",
  "panels.more": "……还有 {n} 个进程（ps -e 会全部列出）",
  "menu.machine": "机器",
  "menu.export": "导出磁盘",
  "menu.import": "导入磁盘…",
  "menu.reset": "重置机器…",
  "menu.a11y": "屏幕阅读器模式",
  "menu.language": "语言",
  "disk.saved": "磁盘已保存 {time}",
  "disk.saving": "正在保存…",
  "disk.fresh": "全新磁盘",
  "disk.notOwner": "这台机器的磁盘已在另一个标签页中打开。在此标签页中的更改不会被保存。",
  "disk.ownerGone": "另一个标签页已关闭。重新加载即可从已保存的磁盘继续（仅在此标签页中做的更改不会保留）。",
  "disk.corruptTitle": "无法读取已保存的磁盘",
  "disk.corruptText": "{reason}。没有删除任何内容。您可以先按原样下载已保存的磁盘，然后用一台全新的机器重新开始。",
  "disk.exportBroken": "下载已保存的磁盘",
  "disk.startFresh": "重新开始",
  "disk.later": "稍后决定",
  "disk.resetTitle": "重置机器？",
  "disk.resetText": "机器的磁盘将被清空并重新启动。如需保留，请先导出磁盘。",
  "disk.resetConfirm": "清空并重启",
  "disk.cancel": "取消",
  "disk.importFailed": "该文件不是 vlab 磁盘：{reason}",
  "disk.importTitle": "替换磁盘？",
  "disk.importText": "机器将从 {name} 重新启动；当前磁盘将被替换。",
  "disk.importConfirm": "替换并重启",
  "disk.unsaved": "未保存",
  "disk.noStorage": "此浏览器不给本页面提供存储（IndexedDB 已关闭，某些隐私窗口就是这样）：机器可以运行，但关闭标签页后磁盘就没有了。请导出磁盘以保留您的工作。",
  "disk.full": "浏览器为本站提供的存储空间已满：磁盘没有保存。请导出磁盘以保留您的工作，或释放空间（用 rm 删除大文件）后它会再次保存。",
  "disk.saveFailed": "磁盘无法保存（{reason}）。请导出磁盘以保留您的工作；下一条命令之后会再次尝试保存。",
  "update.ready": "vlab 有新版本可用。",
  "update.reload": "重新加载",
  "update.offlineReady": "现在可以离线使用",
  "boot.failed": "机器未能启动：{reason}",
};

const TABLES: Record<Lang, Record<MessageKey, string>> = { en: EN, "zh-CN": ZH };

let current: Lang = "en";
const listeners: ((l: Lang) => void)[] = [];

/** The language: ?lang=, then the saved choice, then the browser's. */
export function initialLang(search: string, saved: string | null, browser: readonly string[]): Lang {
  const q = new URLSearchParams(search).get("lang");
  for (const c of [q, saved, ...browser]) {
    if (!c) continue;
    if (c === "en" || c.startsWith("en-")) return "en";
    if (c.toLowerCase().startsWith("zh")) return "zh-CN";
  }
  return "en";
}

export function getLang(): Lang {
  return current;
}

export function setLang(l: Lang): void {
  current = l;
  for (const f of listeners) f(l);
}

export function onLang(f: (l: Lang) => void): void {
  listeners.push(f);
}

/** The message in the current language, {name} placeholders filled from vars. */
export function t(key: MessageKey, vars: Record<string, string | number> = {}): string {
  return TABLES[current][key].replace(/\{(\w+)\}/g, (m, k: string) => (k in vars ? String(vars[k]) : m));
}

export const MESSAGES = TABLES;
