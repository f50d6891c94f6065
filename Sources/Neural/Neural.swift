// Neural module (work in progress).
