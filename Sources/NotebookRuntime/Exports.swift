// Everything chapter code can use without writing an import line.
@_exported import Figures
@_exported import CairoFigures
@_exported import Neural
@_exported import NeuralPlots
@_exported import Foundation
