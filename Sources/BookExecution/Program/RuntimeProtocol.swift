/// The lines a chapter program prints to tell glia where each cell starts and what it showed.
///
/// NotebookRuntime (`Sources/NotebookRuntime/Session.swift`) writes exactly these; the two
/// sides cannot share code (the runtime is linked into chapter programs, not into glia), so
/// the end-to-end tests keep them in step.
enum RuntimeProtocol {
    /// Every marker line starts with this, a control character no ordinary output begins with.
    static let prefix = "\u{1}glia:"
    static let cell = "cell"          // cell <index>
    static let figure = "figure"      // figure <json FigureOutput without caption/alt defaults>
    static let inline = "inline"      // inline <index> <json string>
    static let read = "read"          // read <path>
    static let error = "error"        // error <json string>: the runtime rejected a call
    static let done = "done"          // the program reached its end

    /// Environment variable naming the folder where figures are written.
    static let figureDirectoryVariable = "GLIA_FIGURE_DIR"
}
