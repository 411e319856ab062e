//! Calculations of the Multiprojektplan (placeholder; being written).
