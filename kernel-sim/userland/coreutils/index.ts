// The programs of this folder, for the host's /usr/bin (generated list; keep it sorted).

import type { ProgramMain } from "../lib/sys.ts";
import p_arch from "./arch.ts";
import p_b2sum from "./b2sum.ts";
import p_base32 from "./base32.ts";
import p_base64 from "./base64.ts";
import p_basename from "./basename.ts";
import p_cat from "./cat.ts";
import p_chgrp from "./chgrp.ts";
import p_chmod from "./chmod.ts";
import p_chown from "./chown.ts";
import p_cksum from "./cksum.ts";
import p_clear from "./clear.ts";
import p_cmp from "./cmp.ts";
import p_comm from "./comm.ts";
import p_cp from "./cp.ts";
import p_csplit from "./csplit.ts";
import p_cut from "./cut.ts";
import p_date from "./date.ts";
import p_dd from "./dd.ts";
import p_df from "./df.ts";
import p_dirname from "./dirname.ts";
import p_du from "./du.ts";
import p_echo from "./echo.ts";
import p_env from "./env.ts";
import p_expand from "./expand.ts";
import p_expr from "./expr.ts";
import p_factor from "./factor.ts";
import p_false from "./false.ts";
import p_fold from "./fold.ts";
import p_getconf from "./getconf.ts";
import p_getent from "./getent.ts";
import p_groups from "./groups.ts";
import p_head from "./head.ts";
import p_hostname from "./hostname.ts";
import p_id from "./id.ts";
import p_install from "./install.ts";
import p_join from "./join.ts";
import p_link from "./link.ts";
import p_ln from "./ln.ts";
import p_logname from "./logname.ts";
import p_ls from "./ls.ts";
import p_md5sum from "./md5sum.ts";
import p_mkdir from "./mkdir.ts";
import p_mkfifo from "./mkfifo.ts";
import p_mknod from "./mknod.ts";
import p_mktemp from "./mktemp.ts";
import p_mv from "./mv.ts";
import p_nice from "./nice.ts";
import p_nl from "./nl.ts";
import p_nohup from "./nohup.ts";
import p_nproc from "./nproc.ts";
import p_numfmt from "./numfmt.ts";
import p_od from "./od.ts";
import p_paste from "./paste.ts";
import p_pathchk from "./pathchk.ts";
import p_pr from "./pr.ts";
import p_printenv from "./printenv.ts";
import p_printf from "./printf.ts";
import p_pwd from "./pwd.ts";
import p_readlink from "./readlink.ts";
import p_realpath from "./realpath.ts";
import p_rev from "./rev.ts";
import p_rm from "./rm.ts";
import p_rmdir from "./rmdir.ts";
import p_seq from "./seq.ts";
import p_sha1sum from "./sha1sum.ts";
import p_sha224sum from "./sha224sum.ts";
import p_sha256sum from "./sha256sum.ts";
import p_sha384sum from "./sha384sum.ts";
import p_sha512sum from "./sha512sum.ts";
import p_shuf from "./shuf.ts";
import p_sleep from "./sleep.ts";
import p_sort from "./sort.ts";
import p_split from "./split.ts";
import p_stat from "./stat.ts";
import p_stty from "./stty.ts";
import p_sum from "./sum.ts";
import p_sync from "./sync.ts";
import p_tac from "./tac.ts";
import p_tail from "./tail.ts";
import p_tee from "./tee.ts";
import p_test from "./test.ts";
import p_timeout from "./timeout.ts";
import p_touch from "./touch.ts";
import p_tr from "./tr.ts";
import p_true from "./true.ts";
import p_truncate from "./truncate.ts";
import p_tsort from "./tsort.ts";
import p_tty from "./tty.ts";
import p_uname from "./uname.ts";
import p_unexpand from "./unexpand.ts";
import p_uniq from "./uniq.ts";
import p_unlink from "./unlink.ts";
import p_users from "./users.ts";
import p_wc from "./wc.ts";
import p_which from "./which.ts";
import p_who from "./who.ts";
import p_whoami from "./whoami.ts";
import p_xxd from "./xxd.ts";
import p_yes from "./yes.ts";

export const PROGRAMS: Record<string, { main: ProgramMain; path: string }> = {
  arch: { main: p_arch, path: "/usr/bin/arch" },
  b2sum: { main: p_b2sum, path: "/usr/bin/b2sum" },
  base32: { main: p_base32, path: "/usr/bin/base32" },
  base64: { main: p_base64, path: "/usr/bin/base64" },
  basename: { main: p_basename, path: "/usr/bin/basename" },
  cat: { main: p_cat, path: "/usr/bin/cat" },
  chgrp: { main: p_chgrp, path: "/usr/bin/chgrp" },
  chmod: { main: p_chmod, path: "/usr/bin/chmod" },
  chown: { main: p_chown, path: "/usr/bin/chown" },
  cksum: { main: p_cksum, path: "/usr/bin/cksum" },
  clear: { main: p_clear, path: "/usr/bin/clear" },
  cmp: { main: p_cmp, path: "/usr/bin/cmp" },
  comm: { main: p_comm, path: "/usr/bin/comm" },
  cp: { main: p_cp, path: "/usr/bin/cp" },
  csplit: { main: p_csplit, path: "/usr/bin/csplit" },
  cut: { main: p_cut, path: "/usr/bin/cut" },
  date: { main: p_date, path: "/usr/bin/date" },
  dd: { main: p_dd, path: "/usr/bin/dd" },
  df: { main: p_df, path: "/usr/bin/df" },
  dirname: { main: p_dirname, path: "/usr/bin/dirname" },
  du: { main: p_du, path: "/usr/bin/du" },
  echo: { main: p_echo, path: "/usr/bin/echo" },
  env: { main: p_env, path: "/usr/bin/env" },
  expand: { main: p_expand, path: "/usr/bin/expand" },
  expr: { main: p_expr, path: "/usr/bin/expr" },
  factor: { main: p_factor, path: "/usr/bin/factor" },
  false: { main: p_false, path: "/usr/bin/false" },
  fold: { main: p_fold, path: "/usr/bin/fold" },
  getconf: { main: p_getconf, path: "/usr/bin/getconf" },
  getent: { main: p_getent, path: "/usr/bin/getent" },
  groups: { main: p_groups, path: "/usr/bin/groups" },
  head: { main: p_head, path: "/usr/bin/head" },
  hostname: { main: p_hostname, path: "/usr/bin/hostname" },
  id: { main: p_id, path: "/usr/bin/id" },
  install: { main: p_install, path: "/usr/bin/install" },
  join: { main: p_join, path: "/usr/bin/join" },
  link: { main: p_link, path: "/usr/bin/link" },
  ln: { main: p_ln, path: "/usr/bin/ln" },
  logname: { main: p_logname, path: "/usr/bin/logname" },
  ls: { main: p_ls, path: "/usr/bin/ls" },
  md5sum: { main: p_md5sum, path: "/usr/bin/md5sum" },
  mkdir: { main: p_mkdir, path: "/usr/bin/mkdir" },
  mkfifo: { main: p_mkfifo, path: "/usr/bin/mkfifo" },
  mknod: { main: p_mknod, path: "/usr/bin/mknod" },
  mktemp: { main: p_mktemp, path: "/usr/bin/mktemp" },
  mv: { main: p_mv, path: "/usr/bin/mv" },
  nice: { main: p_nice, path: "/usr/bin/nice" },
  nl: { main: p_nl, path: "/usr/bin/nl" },
  nohup: { main: p_nohup, path: "/usr/bin/nohup" },
  nproc: { main: p_nproc, path: "/usr/bin/nproc" },
  numfmt: { main: p_numfmt, path: "/usr/bin/numfmt" },
  od: { main: p_od, path: "/usr/bin/od" },
  paste: { main: p_paste, path: "/usr/bin/paste" },
  pathchk: { main: p_pathchk, path: "/usr/bin/pathchk" },
  pr: { main: p_pr, path: "/usr/bin/pr" },
  printenv: { main: p_printenv, path: "/usr/bin/printenv" },
  printf: { main: p_printf, path: "/usr/bin/printf" },
  pwd: { main: p_pwd, path: "/usr/bin/pwd" },
  readlink: { main: p_readlink, path: "/usr/bin/readlink" },
  realpath: { main: p_realpath, path: "/usr/bin/realpath" },
  rev: { main: p_rev, path: "/usr/bin/rev" },
  rm: { main: p_rm, path: "/usr/bin/rm" },
  rmdir: { main: p_rmdir, path: "/usr/bin/rmdir" },
  seq: { main: p_seq, path: "/usr/bin/seq" },
  sha1sum: { main: p_sha1sum, path: "/usr/bin/sha1sum" },
  sha224sum: { main: p_sha224sum, path: "/usr/bin/sha224sum" },
  sha256sum: { main: p_sha256sum, path: "/usr/bin/sha256sum" },
  sha384sum: { main: p_sha384sum, path: "/usr/bin/sha384sum" },
  sha512sum: { main: p_sha512sum, path: "/usr/bin/sha512sum" },
  shuf: { main: p_shuf, path: "/usr/bin/shuf" },
  sleep: { main: p_sleep, path: "/usr/bin/sleep" },
  sort: { main: p_sort, path: "/usr/bin/sort" },
  split: { main: p_split, path: "/usr/bin/split" },
  stat: { main: p_stat, path: "/usr/bin/stat" },
  stty: { main: p_stty, path: "/usr/bin/stty" },
  sum: { main: p_sum, path: "/usr/bin/sum" },
  sync: { main: p_sync, path: "/usr/bin/sync" },
  tac: { main: p_tac, path: "/usr/bin/tac" },
  tail: { main: p_tail, path: "/usr/bin/tail" },
  tee: { main: p_tee, path: "/usr/bin/tee" },
  test: { main: p_test, path: "/usr/bin/test" },
  timeout: { main: p_timeout, path: "/usr/bin/timeout" },
  touch: { main: p_touch, path: "/usr/bin/touch" },
  tr: { main: p_tr, path: "/usr/bin/tr" },
  true: { main: p_true, path: "/usr/bin/true" },
  truncate: { main: p_truncate, path: "/usr/bin/truncate" },
  tsort: { main: p_tsort, path: "/usr/bin/tsort" },
  tty: { main: p_tty, path: "/usr/bin/tty" },
  uname: { main: p_uname, path: "/usr/bin/uname" },
  unexpand: { main: p_unexpand, path: "/usr/bin/unexpand" },
  uniq: { main: p_uniq, path: "/usr/bin/uniq" },
  unlink: { main: p_unlink, path: "/usr/bin/unlink" },
  users: { main: p_users, path: "/usr/bin/users" },
  wc: { main: p_wc, path: "/usr/bin/wc" },
  which: { main: p_which, path: "/usr/bin/which" },
  who: { main: p_who, path: "/usr/bin/who" },
  whoami: { main: p_whoami, path: "/usr/bin/whoami" },
  xxd: { main: p_xxd, path: "/usr/bin/xxd" },
  yes: { main: p_yes, path: "/usr/bin/yes" },
  "[": { main: p_test, path: "/usr/bin/[" },
};
