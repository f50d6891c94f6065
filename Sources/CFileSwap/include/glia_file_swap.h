#ifndef GLIA_FILE_SWAP_H
#define GLIA_FILE_SWAP_H

/// Swaps the two paths in one step (`renameat2` with `RENAME_EXCHANGE`, Linux 3.15): each
/// then names what the other named, and nothing ever sees either path missing. Swift's Glibc
/// module hides `renameat2`, a GNU name. Returns 0, or -1 with errno set (EINVAL where the
/// file system cannot exchange, ENOSYS on an older kernel).
int glia_exchange_paths(const char *first, const char *second);

#endif
