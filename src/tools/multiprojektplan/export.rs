//! Export of the Multiprojektplan (placeholder; being written).
