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
    /// The signal being handled (0: none), and whether its cleanup is done.
    private static let state = NSLock()
    nonisolated(unsafe) private static var stoppingSignal: Int32 = 0
    private static let cleanedUp = DispatchSemaphore(value: 0)

    static func install() {
        guard sources.isEmpty else { return }
        // Killing the programs makes the build fail at once, and the main thread may reach
        // its own exit (status 1) before the handler reaches exit(128 + signal): whichever
        // thread exits, the status is the signal's, once the cleanup is done.
        atexit { InterruptHandler.exitWithTheSignalsStatus() }
        for signalNumber in [SIGINT, SIGTERM, SIGHUP] {
            signal(signalNumber, SIG_IGN)
            let source = DispatchSource.makeSignalSource(signal: signalNumber,
                                                         queue: .global(qos: .userInitiated))
            source.setEventHandler {
                state.lock()
                let first = stoppingSignal == 0
                if first { stoppingSignal = signalNumber }
                state.unlock()
                guard first else { return }
                RunningPrograms.shared.stopAll()
                Interruption.runCleanups()
                FileHandle.standardError.write(Data(
                    "glia: stopped by signal \(signalNumber); the output folder was left as it was\n".utf8))
                cleanedUp.signal()
                exit(128 + signalNumber)
            }
            source.resume()
            sources.append(source)
        }
    }

    /// At exit, while a signal is being handled: waits for its cleanup, then ends with its
    /// status.
    private static func exitWithTheSignalsStatus() {
        state.lock()
        let signalNumber = stoppingSignal
        state.unlock()
        guard signalNumber != 0 else { return }
        cleanedUp.wait()
        cleanedUp.signal()
        _exit(128 + signalNumber)
    }
}
