//! The knowledge base (to be built: issue 6).
