import GliaCLI

GliaCommand.main()
