import Foundation
import SwiftParser

// Parses the file named on the command line and prints whether the tree has errors.
let path = CommandLine.arguments[1]
let source = try String(contentsOfFile: path, encoding: .utf8)
let tree = Parser.parse(source: source)
print(tree.hasError ? "parsed with errors" : "parsed")
