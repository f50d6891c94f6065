/// The kernel gradient of a `Dense` layer, `G = dzᵀ · X` in the transposed kernel layout:
/// `G[u, k] = Σ_r dz[r, u] · x_r[k]` for `units` units (`dz` is row-major `rows × units`),
/// `inputs` columns and the batch's `rows` input rows found through a row table (the first
/// layer reads them straight from the training set).
///
/// Register-blocked: a strip of 16 input columns (then 8 and 4, the last one overlapping) is
/// held for five units at once (ten AVX registers of sums), so each loaded stretch of an input
/// row feeds ten fused multiply-adds; the strip's 32 row pieces stay in L1 while the unit
/// groups pass over them.
@inline(__always)
func kernelGradient(units: Int, inputs: Int, rows: Int, dz: UnsafePointer<Float>,
                    x: RowPointers, into g: UnsafeMutablePointer<Float>) {
    let shape = GradientShape(units: units, inputs: inputs, rows: rows)
    var k = 0
    while k + 16 <= inputs {
        gradientStrip(SIMD16<Float>.self, column: k, shape, dz: dz, x: x, g: g)
        k += 16
    }
    if k + 8 <= inputs {
        gradientStrip(SIMD8<Float>.self, column: k, shape, dz: dz, x: x, g: g)
        k += 8
    }
    if k + 4 <= inputs {
        gradientStrip(SIMD4<Float>.self, column: k, shape, dz: dz, x: x, g: g)
        k += 4
    }
    if k < inputs && inputs >= 4 {
        // A last SIMD4 strip ending at the last column recomputes up to three columns (to the
        // same values) rather than leaving them to 32-long scalar chains.
        gradientStrip(SIMD4<Float>.self, column: inputs - 4, shape, dz: dz, x: x, g: g)
        k = inputs
    }
    while k < inputs {
        for u in 0..<units {
            var sum: Float = 0
            for r in 0..<rows { sum += dz[r * units + u] * x[r][k] }
            g[u * inputs + k] = sum
        }
        k += 1
    }
}

struct GradientShape {
    let units: Int, inputs: Int, rows: Int
}

/// Columns `column ..< column + V.scalarCount` for every unit, five units per block.
@inline(__always)
private func gradientStrip<V: SIMD>(_: V.Type, column: Int, _ shape: GradientShape,
                                    dz: UnsafePointer<Float>, x: RowPointers,
                                    g: UnsafeMutablePointer<Float>) where V.Scalar == Float {
    var u = 0
    while u + 5 <= shape.units {
        gradientBlock(V.self, count: 5, unit: u, column: column, shape, dz: dz, x: x, g: g)
        u += 5
    }
    // Literal counts, so each inlined block keeps only the sums it needs.
    switch shape.units - u {
    case 4: gradientBlock(V.self, count: 4, unit: u, column: column, shape, dz: dz, x: x, g: g)
    case 3: gradientBlock(V.self, count: 3, unit: u, column: column, shape, dz: dz, x: x, g: g)
    case 2: gradientBlock(V.self, count: 2, unit: u, column: column, shape, dz: dz, x: x, g: g)
    case 1: gradientBlock(V.self, count: 1, unit: u, column: column, shape, dz: dz, x: x, g: g)
    default: break
    }
}

/// `count` (1 to 5) units starting at `unit`, one strip of columns.
@inline(__always)
private func gradientBlock<V: SIMD>(_: V.Type, count: Int, unit: Int, column: Int,
                                    _ shape: GradientShape, dz: UnsafePointer<Float>,
                                    x: RowPointers, g: UnsafeMutablePointer<Float>)
where V.Scalar == Float {
    var s0 = V(), s1 = V(), s2 = V(), s3 = V(), s4 = V()
    var d = dz + unit
    for r in 0..<shape.rows {
        let xr = UnsafeRawPointer(x[r] + column).loadUnaligned(as: V.self)
        s0 = s0.addingProduct(d[0], xr)
        if count > 1 { s1 = s1.addingProduct(d[1], xr) }
        if count > 2 { s2 = s2.addingProduct(d[2], xr) }
        if count > 3 { s3 = s3.addingProduct(d[3], xr) }
        if count > 4 { s4 = s4.addingProduct(d[4], xr) }
        d += shape.units
    }
    let out = UnsafeMutableRawPointer(g + unit * shape.inputs + column)
    let stride = shape.inputs * MemoryLayout<Float>.stride
    out.storeBytes(of: s0, as: V.self)
    if count > 1 { out.storeBytes(of: s1, toByteOffset: stride, as: V.self) }
    if count > 2 { out.storeBytes(of: s2, toByteOffset: 2 * stride, as: V.self) }
    if count > 3 { out.storeBytes(of: s3, toByteOffset: 3 * stride, as: V.self) }
    if count > 4 { out.storeBytes(of: s4, toByteOffset: 4 * stride, as: V.self) }
}
