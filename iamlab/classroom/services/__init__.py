"""Service functions: every write that spans models goes through one of these."""
