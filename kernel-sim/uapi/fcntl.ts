// open(2)/fcntl(2)/*at(2) flags, x86_64 values. Source: asm-generic/fcntl.h, linux/fcntl.h.

export const O_RDONLY = 0o0;
export const O_WRONLY = 0o1;
export const O_RDWR = 0o2;
export const O_ACCMODE = 0o3;
export const O_CREAT = 0o100;
export const O_EXCL = 0o200;
export const O_NOCTTY = 0o400;
export const O_TRUNC = 0o1000;
export const O_APPEND = 0o2000;
export const O_NONBLOCK = 0o4000;
export const O_DIRECTORY = 0o200000;
export const O_NOFOLLOW = 0o400000;
export const O_CLOEXEC = 0o2000000;
export const O_PATH = 0o10000000;

export const F_DUPFD = 0;
export const F_GETFD = 1;
export const F_SETFD = 2;
export const F_GETFL = 3;
export const F_SETFL = 4;
export const F_DUPFD_CLOEXEC = 1030;
export const FD_CLOEXEC = 1;

/** dirfd meaning "the current working directory" in *at() calls. */
export const AT_FDCWD = -100;
export const AT_SYMLINK_NOFOLLOW = 0x100;
export const AT_REMOVEDIR = 0x200;
export const AT_SYMLINK_FOLLOW = 0x400;
export const AT_EMPTY_PATH = 0x1000;
/** faccessat(2): check with the effective ids instead of the real ones. */
export const AT_EACCESS = 0x200;

export const SEEK_SET = 0;
export const SEEK_CUR = 1;
export const SEEK_END = 2;

/** access(2) modes. */
export const F_OK = 0;
export const X_OK = 1;
export const W_OK = 2;
export const R_OK = 4;

/** Bytes a pipe holds before a writer blocks. - pipe(7) "Pipe capacity" */
export const PIPE_BUF_CAPACITY = 65536;
/** Writes up to this size are atomic. - pipe(7) "PIPE_BUF" */
export const PIPE_BUF = 4096;
export const PATH_MAX = 4096;
export const NAME_MAX = 255;
