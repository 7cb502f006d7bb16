//! The HTTP API and web UI (to be built: issue 6).
