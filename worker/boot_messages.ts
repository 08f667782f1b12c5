// The "[vlab] ..." lines the worker writes into a terminal (how the machine booted, a shell that
// exited), in the page's language: the page passes it when it opens the terminal. They are the
// app speaking, not the machine, so they follow the UI's English / 简体中文 switch; what the
// machine itself prints stays as Linux prints it.

export type Lang = "en" | "zh-CN";

export type BootMessage =
  | { key: "fresh" }
  | { key: "restored"; files: number; bytes: number; savedAt: number }
  | { key: "installed"; programs: string[] }
  | { key: "corrupt"; reason: string }
  | { key: "notOwner" }
  | { key: "noStorage" };

function size(n: number): string {
  return n < 1024 * 1024 ? `${(n / 1024).toFixed(0)} KiB` : `${(n / 1024 / 1024).toFixed(1)} MiB`;
}

export function bootLine(m: BootMessage, lang: Lang): string {
  const zh = lang === "zh-CN";
  switch (m.key) {
    case "fresh":
      return zh ? "[vlab] 已用全新磁盘启动" : "[vlab] booted with a fresh disk";
    case "restored": {
      const at = new Date(m.savedAt).toLocaleString(lang);
      return zh ? `[vlab] 已从保存的磁盘启动（${m.files} 个文件，${size(m.bytes)}，保存于 ${at}）` : `[vlab] booted from the saved disk (${m.files} files, ${size(m.bytes)}, saved ${at})`;
    }
    case "installed":
      return zh ? `[vlab] 已安装此版本新增的程序：${m.programs.join(" ")}` : `[vlab] installed programs new in this version: ${m.programs.join(" ")}`;
    case "corrupt":
      return zh ? `[vlab] 无法读取保存的磁盘（${m.reason}）；本次会话使用全新磁盘，且不会保存` : `[vlab] the saved disk could not be read (${m.reason}); this session runs on a fresh disk and is not saved`;
    case "notOwner":
      return zh ? "[vlab] 磁盘已在另一个标签页中打开：在这里做的更改不会被保存" : "[vlab] the disk is open in another tab: changes made here will not be saved";
    case "noStorage":
      return zh ? "[vlab] 此浏览器不给本页面提供存储（IndexedDB）：关闭此标签页后磁盘不会保留" : "[vlab] this browser gives the page no storage (IndexedDB): the disk is not kept after this tab closes";
  }
}

export function shellExitedLine(status: number, lang: Lang): string {
  return lang === "zh-CN" ? `[vlab] 登录 shell 已退出（状态 ${status}）；按回车键重新登录` : `[vlab] the login shell exited (status ${status}); press Enter for a new one`;
}
