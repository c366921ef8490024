//! The ready-made example plan seeded at first start (being written).
