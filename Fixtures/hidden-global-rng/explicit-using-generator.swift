// Every stdlib draw passes the caller's generator with `using:`: nothing hidden.
struct Maze {
    var width: Int
    var height: Int
    var walls: [Bool]
}

func carveMaze<G: RandomNumberGenerator>(width: Int, height: Int, using generator: inout G) -> Maze {
    var walls = (0..<(width * height)).map { _ in true }
    var frontier = Array(walls.indices)
    frontier.shuffle(using: &generator)
    for cell in frontier.prefix(walls.count / 2) {
        walls[cell] = Bool.random(using: &generator)
    }
    let entrance = Int.random(in: 0..<width, using: &generator)
    walls[entrance] = false
    if let exit = walls.indices.suffix(width).randomElement(using: &generator) {
        walls[exit] = false
    }
    return Maze(width: width, height: height, walls: walls)
}
