// CairoFigures module (work in progress).
