// A number-guessing game seeding the C generator from time(nil) at the top of main.swift.
import Glibc

srand(UInt32(time(nil))) // expect: global-seed, time-seed
let target = Int(rand() % 100) + 1 // expect: hidden-global-rng, modulo-bias
var attempts = 0
while let line = readLine(), let guess = Int(line) {
    attempts += 1
    if guess == target { break }
    print(guess < target ? "higher" : "lower")
}
print("found in \(attempts) attempts")
