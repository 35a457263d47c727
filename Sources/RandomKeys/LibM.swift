// The C math library, whatever the platform calls it. RandomKeys has no package dependencies;
// this is the system's libm, the same one the C twin `randomkeys.h` calls, so both compute the
// same transcendental values. Other files call these wrappers instead of importing libc.
#if canImport(Darwin)
import Darwin
#elseif canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(ucrt)
import ucrt
#endif

@inline(__always) func cLog1p(_ x: Float) -> Float { log1pf(x) }
@inline(__always) func cLog1p(_ x: Double) -> Double { log1p(x) }
@inline(__always) func cLog(_ x: Double) -> Double { log(x) }
@inline(__always) func cExp(_ x: Double) -> Double { exp(x) }
@inline(__always) func cErf(_ x: Double) -> Double { erf(x) }
@inline(__always) func cErfc(_ x: Double) -> Double { erfc(x) }
@inline(__always) func cPow(_ x: Double, _ y: Double) -> Double { pow(x, y) }
@inline(__always) func cLog(_ x: Float) -> Float { logf(x) }
@inline(__always) func cExp(_ x: Float) -> Float { expf(x) }
@inline(__always) func cTan(_ x: Float) -> Float { tanf(x) }
@inline(__always) func cTan(_ x: Double) -> Double { tan(x) }
@inline(__always) func cErf(_ x: Float) -> Float { erff(x) }
@inline(__always) func cPow(_ x: Float, _ y: Float) -> Float { powf(x, y) }
@inline(__always) func cLgamma(_ x: Float) -> Float { lgammaf(x) }
@inline(__always) func cLgamma(_ x: Double) -> Double { lgamma(x) }
