// The seed is set once, before the loop, at the top of main.swift: a global seed, but not a
// mid-program reseed — no stream was drawn from before it.
import Glibc

let steps = 10_000
srand48(2024) // expect: global-seed

var position = (x: 0.0, y: 0.0)
for _ in 0..<steps {
    let angle = drand48() * 2 * Double.pi // expect: hidden-global-rng
    position.x += cos(angle)
    position.y += sin(angle)
}
print("final distance \((position.x * position.x + position.y * position.y).squareRoot())")
