#ifndef GLIA_FILE_SWAP_H
#define GLIA_FILE_SWAP_H

/// Swaps the two paths in one step (`renameat2` with `RENAME_EXCHANGE`): each then names
/// what the other named, and nothing ever finds either path missing. Swift's Glibc module
/// hides `renameat2`, a GNU name, so it is called here, through `syscall` (older C libraries
/// lack the wrapper). Returns 0 or an errno value: EINVAL where the file system cannot
/// exchange, ENOSYS where the kernel or the system has no such call.
int glia_exchange_paths(const char *first, const char *second);

#endif
