import GliaCLI

GliaCommand.runCommandLine()
