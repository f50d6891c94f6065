import GliaProtocol

/// A file's size and modification time; defined beside the runtime's messages, since the
/// runtime's figure store stamps its files the same way.
public typealias FileStamp = GliaProtocol.FileStamp
