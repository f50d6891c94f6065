// Figures module (work in progress).
