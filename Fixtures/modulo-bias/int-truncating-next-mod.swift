// Raw bits converted with Int(truncatingIfNeeded:) and then reduced with % count.
func pickWaypoint<G: RandomNumberGenerator>(_ waypoints: [String], using g: inout G) -> String {
    let i = abs(Int(truncatingIfNeeded: g.next()) % waypoints.count) // expect: modulo-bias
    return waypoints[i]
}
