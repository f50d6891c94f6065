// BookHTML module (work in progress).
