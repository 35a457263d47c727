// The seed comes from the command line; the date only appears in the log line.
import Foundation
import RandomKeys

let cliArguments = CommandLine.arguments
let runSeed = cliArguments.count > 1 ? UInt64(cliArguments[1]) ?? 42 : 42
print("started at \(Date()) with seed \(runSeed)")
let key = RandomKey(seed: runSeed)
let (initKey, dropoutKey) = key.split()
print(initKey.normal() as Double, dropoutKey.bernoulli(0.1))
