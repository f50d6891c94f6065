// Canvas module (work in progress).
