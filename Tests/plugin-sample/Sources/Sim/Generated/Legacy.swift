#if canImport(Glibc)
import Glibc
#else
import Darwin
#endif

// Excluded by .randlint.yml: this error-level finding (mid-program-reseed) must not fail the build.
func legacyReseed() {
    srand(3)
}
