import BookCore
import BookExecution
import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Ctrl-C, SIGTERM and SIGHUP stop glia cleanly: every chapter program and compiler it
/// started is killed with everything they started, a half-written site is removed (the
/// previous one stays), and glia exits with 128 + the signal number, as shells expect.
enum InterruptHandler {
    nonisolated(unsafe) private static var sources: [DispatchSourceSignal] = []

    static func install() {
        guard sources.isEmpty else { return }
        for signalNumber in [SIGINT, SIGTERM, SIGHUP] {
            signal(signalNumber, SIG_IGN)
            let source = DispatchSource.makeSignalSource(signal: signalNumber,
                                                         queue: .global(qos: .userInitiated))
            source.setEventHandler {
                RunningPrograms.shared.stopAll()
                Interruption.runCleanups()
                FileHandle.standardError.write(Data(
                    "glia: stopped by signal \(signalNumber); the output folder was left as it was\n".utf8))
                exit(128 + signalNumber)
            }
            source.resume()
            sources.append(source)
        }
    }
}
