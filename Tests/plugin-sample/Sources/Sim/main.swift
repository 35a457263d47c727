#if canImport(Glibc)
import Glibc
#else
import Darwin
#endif
import Dice

// Top-level code of main.swift is an entry point: seeding here is only a warning (global-seed).
srand(42)
print(roll(), rand())
