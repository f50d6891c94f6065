// swift-tools-version: 6.0
// glia: a literate notebook-style book generator.
//
// Dependency arrows point one way:
//   CCairo → Canvas → CairoFigures ← Figures
//   Neural, Figures → NeuralPlots
//   Neural, Figures, CairoFigures, NeuralPlots, GliaProtocol → NotebookRuntime   (linked into chapter programs)
//   CCMark, GliaProtocol → BookCore → BookExecution (+ CSpawn), BookHTML → GliaCLI → glia
// GliaProtocol (Foundation only) is the one definition of what a chapter program tells glia.
import PackageDescription

/// Libraries that chapter code links against compile in Swift 5 mode, like chapter code itself
/// (notebook code with top-level `var`s is rejected by Swift 6's isolation checking).
let notebookSide: [SwiftSetting] = [.swiftLanguageMode(.v5)]

/// Plot code, which a maintainer edits while `glia serve` redraws the book, compiles file by
/// file and incrementally in release builds too: an edit inside one plot recompiles that file
/// (about 1 s here) instead of its whole module (8 s for Figures), and the runtime is ready
/// again sooner. These modules build figure models; the book's hot code (Neural's training,
/// Canvas's pixels) keeps whole-module optimisation. Figures came out byte for byte the same,
/// and as fast (the figures benchmark: 0.020 s both ways).
let plotCode: [SwiftSetting] = [
    .unsafeFlags(["-no-whole-module-optimization", "-incremental"], .when(configuration: .release)),
]

/// Neural is always optimised (tests and chapters train real networks, even in debug builds).
/// On x86-64 it targets AVX2/FMA (Haswell, 2013 and later), which the SIMD kernels are written
/// for; -fno-math-errno lets sqrt in Adam's update vectorise instead of calling libm.
#if arch(x86_64)
let neuralFlags = ["-O", "-target-cpu", "haswell", "-Xcc", "-fno-math-errno"]
#else
let neuralFlags = ["-O", "-Xcc", "-fno-math-errno"]
#endif

let package = Package(
    name: "glia",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "glia", targets: ["glia"]),
        // Chapter programs link this dynamic library; glia finds it next to its own binary.
        .library(name: "NotebookRuntime", type: .dynamic, targets: ["NotebookRuntime"]),
        .executable(name: "glia-bench", targets: ["GliaBench"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.0.0"),
        // glia serve: a small HTTP + WebSocket server without SwiftNIO (see PreviewServer).
        .package(url: "https://github.com/swhitty/FlyingFox", from: "0.27.1"),
        // The API reference: reads the compiler's symbol graphs (see BookHTML/Reference).
        .package(url: "https://github.com/swiftlang/swift-docc-symbolkit", from: "1.0.0"),
    ],
    targets: [
        // C libraries from Debian, found with pkg-config.
        .systemLibrary(name: "CCairo", pkgConfig: "cairo",
                       providers: [.apt(["libcairo2-dev"])]),
        .systemLibrary(name: "CCMark", pkgConfig: "libcmark-gfm",
                       providers: [.apt(["libcmark-gfm-dev", "libcmark-gfm-extensions-dev"])]),
        // SHA-256 for cache keys and file digests, with the processor's SHA instructions.
        .systemLibrary(name: "CCrypto", pkgConfig: "libcrypto", providers: [.apt(["libssl-dev"])]),

        // Libraries chapter code uses.
        // Figures' compact PNGs: palette images compressed by libdeflate, RGB ones written by
        // libpng (whose errors arrive by longjmp), so the few lines that call them are C.
        .target(name: "CPNG", linkerSettings: [.linkedLibrary("png16"), .linkedLibrary("deflate")]),
        // Always optimised: it quantizes every pixel of every figure, in tests too.
        .target(name: "Canvas", dependencies: ["CCairo", "CPNG"],
                swiftSettings: notebookSide + [.unsafeFlags(["-O"])]),
        .target(name: "Figures", swiftSettings: notebookSide + plotCode),
        .target(name: "CairoFigures", dependencies: ["Figures", "Canvas"], swiftSettings: notebookSide),
        // The digits ship as data (with the script that made them), copied next to the
        // library into glia_Neural.resources.
        .target(name: "Neural",
                exclude: ["Datasets/Digits/DIGITS-LICENSE.md", "Datasets/Digits/make_digits.py"],
                resources: [.copy("Datasets/Digits/digits.txt")],
                swiftSettings: notebookSide + [.unsafeFlags(neuralFlags)]),
        .target(name: "NeuralPlots", dependencies: ["Neural", "Figures"], swiftSettings: notebookSide + plotCode),
        .target(name: "NotebookRuntime",
                dependencies: ["Neural", "Figures", "CairoFigures", "NeuralPlots", "GliaProtocol"],
                swiftSettings: notebookSide),

        // Both sides: the chapter program ↔ glia messages and the figure record they carry.
        .target(name: "GliaProtocol", swiftSettings: notebookSide),

        // The generator.
        .target(name: "BookCore", dependencies: ["CCMark", "CCrypto", "Yams", "GliaProtocol"]),
        .target(name: "CSpawn"),
        .target(name: "BookExecution", dependencies: ["BookCore", "CSpawn"]),
        // The theme (stylesheet, scripts) is real files, embedded into the binary at build time.
        // Swapping a folder of the site for one made beside it, in one step (a GNU call).
        .target(name: "CFileSwap"),
        .target(name: "BookHTML", dependencies: [
                    "BookCore", "CCMark", "CFontSubset", "CFileSwap",
                    .product(name: "SymbolKit", package: "swift-docc-symbolkit"),
                ],
                resources: [.embedInCode("Theme/glia.css"), .embedInCode("Theme/glia.js"),
                            .embedInCode("Theme/search.js"), .embedInCode("Math/prerender-math.js"),
                            .embedInCode("Theme/page.html")]),
        // KaTeX's fonts cut to the characters a book's formulas use: HarfBuzz subsets them
        // and Google's woff2 compresses them (a C++ API, hence a C++ target with a C header).
        .target(name: "CFontSubset",
                linkerSettings: [.linkedLibrary("harfbuzz-subset"), .linkedLibrary("harfbuzz"),
                                 .linkedLibrary("woff2enc")]),
        // Decoded-pixel comparison of figures (what changed after a rebuild), with Cairo.
        .target(name: "FigureCompare", dependencies: ["Canvas"]),
        .target(name: "GliaCLI", dependencies: [
            "BookCore", "BookExecution", "BookHTML", "FigureCompare",
            .product(name: "ArgumentParser", package: "swift-argument-parser"),
            .product(name: "FlyingFox", package: "FlyingFox"),
        ], resources: [.copy("Resources/live.js"), .copy("Resources/new-book")]),
        .executableTarget(name: "glia", dependencies: ["GliaCLI"]),

        // Benchmarks (run by `make bench`, never by tests).
        .executableTarget(name: "GliaBench", dependencies: ["Neural", "Figures", "CairoFigures", "NeuralPlots"],
                          path: "Benchmarks/GliaBench", swiftSettings: notebookSide),

        .testTarget(name: "NeuralTests", dependencies: ["Neural"], swiftSettings: notebookSide),
        .testTarget(name: "FiguresTests", dependencies: ["Figures", "Canvas", "CairoFigures", "NeuralPlots", "FigureCompare"],
                    resources: [.copy("Goldens")], swiftSettings: notebookSide),
        .testTarget(name: "NotebookRuntimeTests", dependencies: ["NotebookRuntime", "GliaProtocol"],
                    swiftSettings: notebookSide),
        .testTarget(name: "BookCoreTests", dependencies: ["BookCore"]),
        .testTarget(name: "BookExecutionTests", dependencies: ["BookExecution", "BookCore", "GliaProtocol"]),
        .testTarget(name: "BookHTMLTests", dependencies: ["BookHTML", "BookCore", "CCMark"],
                    resources: [.copy("Differential/corpus.md")]),
        .testTarget(name: "EndToEndTests", dependencies: ["glia", "BookCore", "BookExecution"]),
    ]
)
