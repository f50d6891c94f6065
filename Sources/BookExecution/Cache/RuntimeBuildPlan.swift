import BookCore
import Foundation

/// The commands SwiftPM's last release build planned for the runtime library, read from the
/// plan it leaves beside its build (`.build/release.yaml`, an llbuild manifest): each module's
/// compile and the library's link.
///
/// glia serve runs them itself after an edit to runtime Swift code, instead of `swift build`:
/// the same compiler and linker with the same arguments, less SwiftPM's own start (loading the
/// package, planning, checking every file: 0.45 s of the 1.1 s a plot edit took). Whatever the
/// plan cannot be trusted for (Package.swift newer than it, a file added or removed, C code,
/// resources) is left to `swift build`, as is anything unexpected in the plan itself.
public struct RuntimeBuildPlan: Sendable {
    /// One shell command of the plan.
    public struct Command: Sendable {
        /// The program and its arguments, run in the package's folder.
        public var arguments: [String]
        /// The files whose change makes SwiftPM run it again.
        public var inputs: [String]
        /// The files it makes.
        public var outputs: [String]
    }

    /// A Swift module's compile, and the interface file it writes (`Modules/X.swiftmodule`),
    /// which the modules using it read.
    public struct ModuleCompile: Sendable {
        public var command: Command
        public var interface: String
        /// Absolute paths of the module's Swift sources, as planned.
        public var sources: Set<String>

        /// Whether the module is compiled whole (whole-module optimisation): one job, which
        /// spends most of its time on one core. The last of the two flags counts, as for swiftc.
        public var isWholeModule: Bool {
            command.arguments.last { $0 == "-whole-module-optimization" || $0 == "-no-whole-module-optimization" }
                == "-whole-module-optimization"
        }
    }

    public let compiles: [String: ModuleCompile]
    public let link: Command
    /// The modules in an order where each comes after those it imports.
    public let buildOrder: [String]

    /// The plan in `scratch` (the package's `.build`), if it exists, is newer than the manifest
    /// and holds every runtime module's compile and the library's link.
    public static func read(package: RuntimePackage, scratch: AbsolutePath) -> RuntimeBuildPlan? {
        let planPath = scratch.appending("release.yaml").string
        guard let planned = FileStamp(of: planPath)?.modified,
              ["Package.swift", "Package.resolved"].allSatisfy({
                  (FileStamp(of: package.root.appending($0).string)?.modified ?? 0) < planned
              }),
              let text = try? String(contentsOfFile: planPath, encoding: .utf8)
        else { return nil }
        let commands = Self.shellCommands(in: text)
        var compiles: [String: ModuleCompile] = [:]
        var link: Command?
        for (name, command) in commands {
            if command.arguments.contains("-emit-library"), command.outputs.count == 1,
               command.outputs[0].hasSuffix("/libNotebookRuntime.so") {
                link = command
            }
            guard let module = RuntimePackage.swiftModules.first(where: {
                name.hasPrefix("C.\($0)-") && name.hasSuffix("-release.module") && !name.hasSuffix("-tool.module")
            }), let flag = command.arguments.firstIndex(of: "-emit-module-path"),
               flag + 1 < command.arguments.count else { continue }
            let sources = Set(command.inputs.filter { $0.hasSuffix(".swift") && !$0.contains("/.build/") })
            compiles[module] = ModuleCompile(command: command, interface: command.arguments[flag + 1],
                                             sources: sources)
        }
        guard let link, compiles.count == RuntimePackage.swiftModules.count else { return nil }
        // Each module after those whose interfaces it reads.
        var order: [String] = []
        func visit(_ module: String, _ path: Set<String>) {
            guard !order.contains(module), !path.contains(module), let compile = compiles[module] else { return }
            for other in compiles.keys.sorted() where compile.command.inputs.contains(compiles[other]!.interface) {
                visit(other, path.union([module]))
            }
            order.append(module)
        }
        for module in compiles.keys.sorted() { visit(module, []) }
        return RuntimeBuildPlan(compiles: compiles, link: link, buildOrder: order)
    }

    /// The modules whose compiles must run for the library to hold what is saved now, given
    /// the runtime files (relative to the package) `changed` since the last build that
    /// succeeded began at `since`, and every file of the runtime now (`files`). Nil when the
    /// plan cannot say: a file that is not Swift (C code, a resource), a Swift file added or
    /// removed since SwiftPM planned, or a planned output gone (`.build/release` deleted).
    public func staleModules(in package: RuntimePackage, files: [String], changed: [String],
                             since: Double) -> Set<String>? {
        guard FileManager.default.fileExists(atPath: link.outputs.first ?? ""),
              compiles.values.allSatisfy({ FileManager.default.fileExists(atPath: $0.interface) })
        else { return nil }
        var stale = Set<String>()
        for file in Set(files + changed) where package.isRuntimeCode(file) {
            let saved = FileStamp(of: package.root.appending(file).string)?.modified
            // A changed file older than the last build may still be new to it (copied with
            // its time); the margin covers the file system's coarser clock.
            guard changed.contains(file) || saved.map({ $0 >= since - 0.05 }) ?? true else { continue }
            let module = String(file.split(separator: "/")[1])
            guard file.hasSuffix(".swift"), compiles[module] != nil else { return nil }
            stale.insert(module)
        }
        for (module, compile) in compiles {
            let current = files.filter { $0.hasPrefix("Sources/\(module)/") && $0.hasSuffix(".swift") }
            guard Set(current.map { package.root.appending($0).string }) == compile.sources else { return nil }
        }
        return stale
    }

    /// The modules whose interfaces `module`'s compile reads (never itself), in build order.
    public func imports(of module: String) -> [String] {
        guard let inputs = compiles[module]?.command.inputs else { return [] }
        return buildOrder.filter { $0 != module && inputs.contains(compiles[$0]!.interface) }
    }

    /// The modules that read `module`'s interface.
    public func users(of module: String) -> [String] {
        guard let interface = compiles[module]?.interface else { return [] }
        return buildOrder.filter { compiles[$0]?.command.inputs.contains(interface) ?? false }
    }

    /// The plan's shell commands by name. The plan is YAML as SwiftPM writes it: a command's
    /// name on its own line, its fields indented below, lists in JSON's notation. A command
    /// whose lists do not read as JSON is left out (and with it, this shortcut).
    public static func shellCommands(in text: String) -> [String: Command] {
        var commands: [String: Command] = [:]
        var name: String?
        var fields: [String: String] = [:]
        func finish() {
            defer { (name, fields) = (nil, [:]) }
            // A command run with its own environment or folder is not run by hand.
            guard let name, fields["tool"] == "shell", fields["env"] == nil, fields["working-directory"] == nil,
                  let arguments = fields["args"].flatMap(Self.stringList),
                  let inputs = fields["inputs"].flatMap(Self.stringList),
                  let outputs = fields["outputs"].flatMap(Self.stringList) else { return }
            commands[name] = Command(arguments: arguments, inputs: inputs, outputs: outputs)
        }
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            if line.hasPrefix("    "), name != nil, let colon = line.firstIndex(of: ":") {
                let key = line[..<colon].trimmingCharacters(in: .whitespaces)
                fields[key] = line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)
            } else {
                finish()
                if line.hasPrefix("  \""), line.hasSuffix("\":") {
                    name = String(line.dropFirst(3).dropLast(2))
                }
            }
        }
        finish()
        return commands
    }

    private static func stringList(_ text: String) -> [String]? {
        guard let data = text.data(using: .utf8) else { return nil }
        return (try? JSONSerialization.jsonObject(with: data)) as? [String]
    }
}
