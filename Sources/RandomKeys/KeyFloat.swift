/// The floating-point types draws come in, and which JAX precision each reproduces: `Float` is
/// JAX's float32 (its default dtype), `Double` is float64 (`jax_enable_x64=True`). Generic
/// distributions take the type from context: `let g: [Float] = key.gumbel(count: 8)`.
///
/// The requirements are the library's hooks (uniform and normal draws in JAX's layout and the
/// C math functions at this precision); only `Float` and `Double` conform.
public protocol KeyFloat: BinaryFloatingPoint, Sendable {
    /// `jax.random.uniform(key, (count,), dtype, lower, upper)`.
    static func _uniforms(_ key: RandomKey, count: Int, in range: Range<Self>) -> [Self]
    /// `jax.random.normal(key, (count,), dtype)`.
    static func _normals(_ key: RandomKey, count: Int) -> [Self]
    static func _log(_ x: Self) -> Self
    static func _log1p(_ x: Self) -> Self
    static func _exp(_ x: Self) -> Self
    static func _tan(_ x: Self) -> Self
    static func _erf(_ x: Self) -> Self
    static func _erfinv(_ x: Self) -> Self
    static func _pow(_ x: Self, _ y: Self) -> Self
    static func _lgamma(_ x: Self) -> Self
}

extension Float: KeyFloat {
    public static func _uniforms(_ key: RandomKey, count: Int, in range: Range<Float>) -> [Float] { key.uniform(count: count, in: range) }
    public static func _normals(_ key: RandomKey, count: Int) -> [Float] { key.normal(count: count) }
    public static func _log(_ x: Float) -> Float { cLog(x) }
    public static func _log1p(_ x: Float) -> Float { cLog1p(x) }
    public static func _exp(_ x: Float) -> Float { cExp(x) }
    public static func _tan(_ x: Float) -> Float { cTan(x) }
    public static func _erf(_ x: Float) -> Float { cErf(x) }
    public static func _erfinv(_ x: Float) -> Float { ErfInv.float(x) }
    public static func _pow(_ x: Float, _ y: Float) -> Float { cPow(x, y) }
    public static func _lgamma(_ x: Float) -> Float { cLgamma(x) }
}

extension Double: KeyFloat {
    public static func _uniforms(_ key: RandomKey, count: Int, in range: Range<Double>) -> [Double] { key.uniform(count: count, in: range) }
    public static func _normals(_ key: RandomKey, count: Int) -> [Double] { key.normal(count: count) }
    public static func _log(_ x: Double) -> Double { cLog(x) }
    public static func _log1p(_ x: Double) -> Double { cLog1p(x) }
    public static func _exp(_ x: Double) -> Double { cExp(x) }
    public static func _tan(_ x: Double) -> Double { cTan(x) }
    public static func _erf(_ x: Double) -> Double { cErf(x) }
    public static func _erfinv(_ x: Double) -> Double { ErfInv.double(x) }
    public static func _pow(_ x: Double, _ y: Double) -> Double { cPow(x, y) }
    public static func _lgamma(_ x: Double) -> Double { cLgamma(x) }
}
