//! The checklist of common planning mistakes (being written).
