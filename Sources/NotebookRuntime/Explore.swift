import Figures
import Foundation
import GliaProtocol

/// One control of an explorable figure: a slider over `values`, such as training steps,
/// seeds or layer widths.
public struct Slider<Value: Equatable> {
    /// Shown beside the slider and usable in alt text as `{name}`.
    public var name: String
    /// The values a reader can pick, in slider order.
    public var values: [Value]
    /// How a value is written beside the slider (and read by screen readers).
    public var label: (Value) -> String
    /// The index of the value shown first, without JavaScript and in print.
    public var initial: Int

    /// - Parameters:
    ///   - name: what the slider moves, for example `"training step"`.
    ///   - values: the values a reader can pick, in slider order.
    ///   - initial: the value shown first; the first value when nil or not among `values`.
    ///   - label: how a value is written; `"\(value)"` by default.
    public init(_ name: String, values: [Value], initial: Value? = nil,
                label: @escaping (Value) -> String = { "\($0)" }) {
        self.name = name
        self.values = values
        self.label = label
        self.initial = initial.flatMap { values.firstIndex(of: $0) } ?? 0
    }

    var control: ExplorableFigure.Control {
        .init(name: name, labels: values.map(label), initial: initial)
    }
}

/// At most this many frames per explorable figure: each is a set of files the build draws.
public let maximumExplorableFrames = 240

/// Shows a figure the reader moves through with a slider: `draw` is called once per value,
/// and each frame is drawn at build time, so the page needs no server.
///
/// ```swift
/// explore(Slider("training step", values: snapshots.map(\.step)), name: "kinks") { step in
///     ReLUDecomposition(model(at: step), x: data.x, target: data.y)
/// }
/// ```
/// Every frame must have the same size. The cell's `fig-alt` may name the slider in braces
/// (`"… after {training step} steps"`) to describe each frame; `alt` does the same in code.
public func explore<A>(_ slider: Slider<A>, name: String, caption: String? = nil,
                       alt: ((A) -> String)? = nil,
                       draw: (A) throws -> some FigureConvertible) {
    exploreFrames(name: name, caption: caption, controls: [slider.control]) { positions in
        let value = slider.values[positions[0]]
        return (try draw(value).makeFigure(), alt?(value))
    }
}

/// Shows a figure the reader moves through with two sliders (for example width and seed);
/// one frame is drawn for every pair of values.
public func explore<A, B>(_ first: Slider<A>, _ second: Slider<B>, name: String,
                          caption: String? = nil, alt: ((A, B) -> String)? = nil,
                          draw: (A, B) throws -> some FigureConvertible) {
    exploreFrames(name: name, caption: caption, controls: [first.control, second.control]) {
        let a = first.values[$0[0]], b = second.values[$0[1]]
        return (try draw(a, b).makeFigure(), alt?(a, b))
    }
}

/// One slider named `parameter` over `values`, written as `"\(value)"`.
public func explore<A: Equatable>(_ parameter: String, values: [A], initial: A? = nil,
                                  name: String, caption: String? = nil,
                                  alt: ((A) -> String)? = nil,
                                  draw: (A) throws -> some FigureConvertible) {
    explore(Slider(parameter, values: values, initial: initial), name: name, caption: caption,
            alt: alt, draw: draw)
}

private func exploreFrames(name: String, caption: String?,
                           controls: [ExplorableFigure.Control],
                           draw: ([Int]) throws -> (Figure, String?)) {
    guard acceptFigureName(name) else { return }
    if let empty = controls.first(where: { $0.labels.isEmpty }) {
        _GliaSession.error("explorable figure '\(name)': slider '\(empty.name)' has no values")
        return
    }
    let count = controls.reduce(1) { $0 * $1.labels.count }
    guard count <= maximumExplorableFrames else {
        _GliaSession.error("explorable figure '\(name)' would have \(count) frames; at most "
                           + "\(maximumExplorableFrames) are drawn: use fewer slider values")
        return
    }
    var layout = ExplorableFigure(controls: controls, frames: [])
    var writes: [() throws -> Void] = []
    var outputs: [FigureOutput] = []
    do {
        for index in 0..<count {
            let positions = layout.positions(ofFrame: index)
            let (figure, alt) = try draw(positions)
            let files = FigureFiles(figure, stem: "\(name).\(index)", name: name, caption: nil,
                                    alt: alt)
            if let first = outputs.first, (first.width, first.height) != (figure.width, figure.height) {
                _GliaSession.error("explorable figure '\(name)': frame \(index + 1) is "
                                   + "\(figure.width)×\(figure.height) but the first is "
                                   + "\(first.width)×\(first.height); give every frame the same size")
                return
            }
            outputs.append(files.output)
            layout.frames.append(ExplorableFigure.Frame(files.output))
            writes += files.writes
        }
        try FigureFiles.writeInParallel(writes)
    } catch {
        _GliaSession.error("explorable figure '\(name)' could not be drawn: \(error)")
        return
    }
    var output = outputs[layout.initialFrame]
    output.caption = caption
    output.explorable = layout
    _GliaSession.figure(output)
}
