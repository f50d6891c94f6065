#define _GNU_SOURCE
#include "glia_spawn.h"

#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <spawn.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/syscall.h>
#include <unistd.h>

int glia_spawn(pid_t *pid, const char *path, char *const argv[], char *const envp[],
               const char *directory, int output_fd) {
    posix_spawn_file_actions_t actions;
    posix_spawnattr_t attributes;
    int status = posix_spawn_file_actions_init(&actions);
    if (status != 0) return status;
    status = posix_spawnattr_init(&attributes);
    if (status != 0) {
        posix_spawn_file_actions_destroy(&actions);
        return status;
    }

    sigset_t none, all;
    sigemptyset(&none);
    sigfillset(&all);
    // A new session (and process group), so a timeout or Ctrl-C can find and stop everything
    // the program started, even children it put in process groups of their own (Foundation's
    // Process does); an empty mask and default handlers, since glia's threads block signals
    // the child must still receive (a cell's alarm(), a SIGTERM).
    if (status == 0) status = posix_spawnattr_setsigmask(&attributes, &none);
    if (status == 0) status = posix_spawnattr_setsigdefault(&attributes, &all);
    if (status == 0) status = posix_spawnattr_setflags(
        &attributes, POSIX_SPAWN_SETSID | POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF);

    if (status == 0) status = posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0);
    if (status == 0) status = posix_spawn_file_actions_adddup2(&actions, output_fd, 1);
    if (status == 0) status = posix_spawn_file_actions_adddup2(&actions, output_fd, 2);
#if defined(__GLIBC__) && __GLIBC_PREREQ(2, 34)
    // Nothing else glia has open (the build lock, another child's pipe, a file a library
    // opened without O_CLOEXEC) reaches the child: a program that outlives its run would hold
    // them.
    if (status == 0) status = posix_spawn_file_actions_addclosefrom_np(&actions, 3);
#endif
    if (status == 0 && directory != NULL)
        status = posix_spawn_file_actions_addchdir_np(&actions, directory);

    if (status == 0) status = posix_spawn(pid, path, &actions, &attributes, argv, envp);

    posix_spawnattr_destroy(&attributes);
    posix_spawn_file_actions_destroy(&actions);
    return status;
}

int glia_pipe_cloexec(int fds[2]) {
    return pipe2(fds, O_CLOEXEC);
}

void glia_kill_session(pid_t leader) {
    kill(-leader, SIGKILL);
    DIR *proc = opendir("/proc");
    if (proc == NULL) return;
    struct dirent *entry;
    while ((entry = readdir(proc)) != NULL) {
        char *end;
        long pid = strtol(entry->d_name, &end, 10);
        if (*end != '\0' || pid <= 0 || pid == leader) continue;
        char path[64], stat[512];
        snprintf(path, sizeof path, "/proc/%ld/stat", pid);
        int fd = open(path, O_RDONLY | O_CLOEXEC);
        if (fd < 0) continue;
        ssize_t count = read(fd, stat, sizeof stat - 1);
        close(fd);
        if (count <= 0) continue;
        stat[count] = '\0';
        // After the command name "(…)", which may hold spaces: state, ppid, pgrp, session.
        char *close_paren = strrchr(stat, ')');
        if (close_paren == NULL) continue;
        char state;
        long ppid, group, session;
        if (sscanf(close_paren + 1, " %c %ld %ld %ld", &state, &ppid, &group, &session) == 4
            && session == leader) {
            kill((pid_t)pid, SIGKILL);
        }
    }
    closedir(proc);
}

int glia_pidfd_open(pid_t pid) {
#ifdef SYS_pidfd_open
    return (int)syscall(SYS_pidfd_open, pid, 0);
#else
    errno = ENOSYS;
    return -1;
#endif
}
