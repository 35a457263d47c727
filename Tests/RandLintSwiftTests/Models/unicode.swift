import RandomKeys

// Größe: ключ 🎲
func würfeln() { let schlüssel = RandomKey(seed: 6); let π = "π🎲"; _ = schlüssel.uniform(); print(π); srand(1) }
