// GliaCLI module (work in progress).
