// Swift Testing: a non-test helper function inside the suite builds its key from a constant.
import RandomKeys
import Testing

struct Board {
    var mines: Set<Int>
}

@Suite struct MinesweeperTests {
    func makeBoard(size: Int, mines: Int) -> Board {
        let key = RandomKey(seed: 5) // expect: key-created-inside
        return Board(mines: Set(key.shuffled(Array(0..<(size * size))).prefix(mines)))
    }

    @Test func boardHasRequestedMines() {
        #expect(makeBoard(size: 8, mines: 10).mines.count == 10)
    }
}
