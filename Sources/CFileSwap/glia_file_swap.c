#define _GNU_SOURCE
#include "glia_file_swap.h"

#include <fcntl.h>
#include <stdio.h>

int glia_exchange_paths(const char *first, const char *second) {
    return renameat2(AT_FDCWD, first, AT_FDCWD, second, RENAME_EXCHANGE);
}
