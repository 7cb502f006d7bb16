//! The state every handler shares: the store, the extractor for posted articles, the settings.

use std::sync::Arc;

use corridor_extract::Extractor;
use corridor_store::{Store, StoreError};

use crate::{ApiError, ServerConfig};

/// Shared by all handlers (cheap to clone).
#[derive(Clone)]
pub struct AppState {
    store: Arc<dyn Store>,
    extractor: Arc<std::sync::OnceLock<Extractor>>,
    config: Arc<ServerConfig>,
}

impl AppState {
    /// A state over `store` with `config`.
    pub fn new(store: Arc<dyn Store>, config: ServerConfig) -> Self {
        AppState {
            store,
            extractor: Arc::new(std::sync::OnceLock::new()),
            config: Arc::new(config),
        }
    }

    /// The settings.
    pub fn config(&self) -> &ServerConfig {
        &self.config
    }

    /// Clamps a requested page size to `1..=max_limit`, `default` when none was asked.
    pub fn clamp_limit(&self, asked: Option<usize>, default: usize) -> usize {
        asked
            .unwrap_or(default)
            .clamp(1, self.config.max_limit.max(1))
    }

    /// Runs a blocking store call on the blocking pool, within the request timeout.
    pub async fn store<T, F>(&self, f: F) -> Result<T, ApiError>
    where
        T: Send + 'static,
        F: FnOnce(&dyn Store) -> Result<T, StoreError> + Send + 'static,
    {
        let store = self.store.clone();
        self.blocking(move || f(store.as_ref()).map_err(store_error))
            .await
    }

    /// Runs the extraction of posted documents and stores the results, within the timeout.
    pub async fn with_extractor<T, F>(&self, f: F) -> Result<T, ApiError>
    where
        T: Send + 'static,
        F: FnOnce(&Extractor, &dyn Store) -> Result<T, ApiError> + Send + 'static,
    {
        let store = self.store.clone();
        let ex = self.extractor.clone();
        self.blocking(move || f(ex.get_or_init(Extractor::new), store.as_ref()))
            .await
    }

    async fn blocking<T, F>(&self, f: F) -> Result<T, ApiError>
    where
        T: Send + 'static,
        F: FnOnce() -> Result<T, ApiError> + Send + 'static,
    {
        let timeout = self.config.timeout;
        match tokio::time::timeout(timeout, tokio::task::spawn_blocking(f)).await {
            Err(_) => Err(ApiError::Timeout {
                secs: timeout.as_secs().max(1),
            }),
            Ok(Err(join)) => Err(ApiError::Internal(format!("store task failed: {join}"))),
            Ok(Ok(r)) => r,
        }
    }
}

/// Maps a store error: the caller's mistakes are 400, the rest internal.
pub fn store_error(e: StoreError) -> ApiError {
    if e.is_user_error() {
        ApiError::BadRequest(e.to_string())
    } else {
        ApiError::Internal(e.to_string())
    }
}
