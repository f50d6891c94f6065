#ifndef GLIA_SPAWN_H
#define GLIA_SPAWN_H

#include <sys/types.h>

/// Starts `path` with `argv` and `envp` as the leader of a new session, in `directory`,
/// with stdin from /dev/null and stdout and stderr both on `output_fd`, every signal at its
/// default disposition and none blocked.
///
/// Swift cannot reach `posix_spawn_file_actions_addchdir_np` (a GNU extension its Glibc module
/// hides), and Foundation's `Process` can neither start a session nor reset the signal
/// mask, so these few lines are C. Returns 0 or an errno value.
int glia_spawn(pid_t *pid, const char *path, char *const argv[], char *const envp[],
               const char *directory, int output_fd);

/// `pipe2(fds, O_CLOEXEC)`, also a GNU name Swift cannot see: a pipe whose ends are not
/// inherited by other children started meanwhile. Returns 0 or -1 with errno set.
int glia_pipe_cloexec(int fds[2]);

/// A descriptor that becomes readable when the child `pid` ends (`pidfd_open`, Linux 5.3),
/// so glia can wait for a compile with `poll` and a timeout instead of sleeping between
/// checks; -1 with errno set where the kernel lacks it. Swift cannot call the variadic
/// `syscall` that reaches it.
int glia_pidfd_open(pid_t pid);

/// Sends SIGKILL to every process of the session `leader` started: its process group, and any
/// other group a process made inside the session, found by reading `/proc/<pid>/stat`. In C
/// because it runs after every child glia starts (three for a one-cell edit), and reading a
/// hundred /proc files through Foundation cost about 3 ms each time.
void glia_kill_session(pid_t leader);

#endif
