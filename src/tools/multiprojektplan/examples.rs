//! Example portfolio of the Multiprojektplan (placeholder; being written).
