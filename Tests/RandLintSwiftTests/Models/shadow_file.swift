// A file that declares its own srand/rand: calls to them are not libc's.
func srand(_ seed: UInt32) {}
func rand() -> Int32 { 4 }

func run() {
    srand(42)
    _ = rand()
    srandom(1)
}
