// NotebookRuntime module (work in progress).
