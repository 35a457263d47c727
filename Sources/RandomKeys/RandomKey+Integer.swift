extension RandomKey {
    /// Lemire's unbiased bounded integer on the key's 64-bit word stream: a value in
    /// `0..<bound` (`bound > 0`), drawing words `0, 1, 2, …` until one is accepted (almost
    /// always the first). `rk_bounded` in `randomkeys.h` computes the same.
    func bounded(_ bound: UInt64, startingAt start: UInt64 = 0) -> (value: UInt64, next: UInt64) {
        precondition(bound > 0, "bounded(_:) needs a positive bound")
        var index = start
        var m = word64(at: index).multipliedFullWidth(by: bound)
        if m.low < bound {
            let threshold = (0 &- bound) % bound
            while m.low < threshold {
                index += 1
                m = word64(at: index).multipliedFullWidth(by: bound)
            }
        }
        return (m.high, index + 1)
    }

    /// A uniformly distributed integer in `range`, without modulo bias (Lemire's method on
    /// the key's 64-bit stream). Not JAX's `randint`, which is slightly biased: use
    /// `randint(count:in:)` for JAX's numbers.
    public func integer<T: FixedWidthInteger>(in range: Range<T>) -> T {
        precondition(!range.isEmpty, "integer(in:) needs a non-empty range")
        let span = UInt64(truncatingIfNeeded: range.upperBound &- range.lowerBound) & spanMask(T.self)
        return range.lowerBound &+ T(truncatingIfNeeded: bounded(span).value)
    }

    /// A uniformly distributed integer in `range`, without modulo bias.
    public func integer<T: FixedWidthInteger>(in range: ClosedRange<T>) -> T {
        let span = UInt64(truncatingIfNeeded: range.upperBound &- range.lowerBound) & spanMask(T.self)
        if span == UInt64.max { return T(truncatingIfNeeded: word64(at: 0)) }
        return range.lowerBound &+ T(truncatingIfNeeded: bounded(span + 1).value)
    }

    /// `count` unbiased integers in `range`, drawn one after another from the 64-bit stream.
    public func integers<T: FixedWidthInteger>(count: Int, in range: Range<T>) -> [T] {
        precondition(!range.isEmpty, "integers(count:in:) needs a non-empty range")
        let span = UInt64(truncatingIfNeeded: range.upperBound &- range.lowerBound) & spanMask(T.self)
        var next: UInt64 = 0
        return (0..<count).map { _ in
            let r = bounded(span, startingAt: next)
            next = r.next
            return range.lowerBound &+ T(truncatingIfNeeded: r.value)
        }
    }

    private func spanMask<T: FixedWidthInteger>(_: T.Type) -> UInt64 {
        T.bitWidth >= 64 ? UInt64.max : (UInt64(1) << UInt64(T.bitWidth)) - 1
    }

    /// `jax.random.randint(key, (count,), lower, upper, dtype)` bit for bit, with the dtype's
    /// width taken from `T` (`Int32`: JAX's default int32; `Int`/`Int64`: int64 under x64).
    /// JAX's algorithm: `k1, k2 = split(key)`, two words of `T`'s width per element,
    /// `(hi % span * ((2^(w/2) % span)^2 % span) + lo % span) % span`, in wrapping unsigned
    /// arithmetic of that width. Its bias is at most about `span / 2^w`; an empty range returns
    /// `lower` as JAX does.
    public func randint<T: FixedWidthInteger>(count: Int, in range: Range<T>) -> [T] {
        let (k1, k2) = split()
        let hi: [T.Magnitude] = k1.bitsOfWidth(count: count)
        let lo: [T.Magnitude] = k2.bitsOfWidth(count: count)
        let span: T.Magnitude = range.isEmpty ? 1 : T.Magnitude(truncatingIfNeeded: range.upperBound &- range.lowerBound)
        let half = T.Magnitude(1) << T.Magnitude(T.bitWidth / 2)
        var multiplier = half % span
        multiplier = (multiplier &* multiplier) % span
        return (0..<count).map { i in
            let offset = ((hi[i] % span) &* multiplier &+ lo[i] % span) % span
            return range.lowerBound &+ T(truncatingIfNeeded: offset)
        }
    }

    /// `jax.random.bits(key, (count,), uint<width>)` for an unsigned type of width 8…64.
    func bitsOfWidth<U: FixedWidthInteger & UnsignedInteger>(count: Int) -> [U] {
        switch U.bitWidth {
        case 8: return (bits(count: count) as [UInt8]).map { U(truncatingIfNeeded: $0) }
        case 16: return (bits(count: count) as [UInt16]).map { U(truncatingIfNeeded: $0) }
        case 32: return (bits(count: count) as [UInt32]).map { U(truncatingIfNeeded: $0) }
        case 64: return (bits(count: count) as [UInt64]).map { U(truncatingIfNeeded: $0) }
        default: preconditionFailure("JAX bit widths are 8, 16, 32 and 64")
        }
    }
}
