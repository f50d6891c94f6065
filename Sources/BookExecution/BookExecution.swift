// BookExecution module (work in progress).
