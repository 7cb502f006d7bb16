//! `corridor serve`: the HTTP API and web UI over a knowledge base.

use std::net::SocketAddr;
use std::path::PathBuf;
use std::process::ExitCode;
use std::sync::Arc;

use anyhow::Context;

/// Arguments of `corridor serve`.
#[derive(clap::Args)]
pub struct Args {
    /// The knowledge base's data directory (default: $CORRIDOR_DATA or ./corridor-data).
    #[arg(long)]
    data: Option<PathBuf>,
    /// Address to listen on.
    #[arg(long, default_value = "127.0.0.1:8080")]
    listen: SocketAddr,
    /// Largest accepted request body, in bytes.
    #[arg(long, default_value_t = 2 * 1024 * 1024)]
    body_limit: usize,
    /// Request timeout, in seconds.
    #[arg(long, default_value_t = 30)]
    timeout: u64,
}

/// Runs the command. Writes (`POST /api/articles`) need `CORRIDOR_TOKEN` set.
pub fn run(args: Args) -> anyhow::Result<ExitCode> {
    let dir = args
        .data
        .or_else(|| {
            std::env::var_os("CORRIDOR_DATA")
                .filter(|v| !v.is_empty())
                .map(PathBuf::from)
        })
        .unwrap_or_else(|| PathBuf::from("corridor-data"));
    let store = corridor_store::EmbeddedStore::open(&dir)
        .with_context(|| format!("opening {}", dir.display()))?;
    let token = std::env::var("CORRIDOR_TOKEN")
        .ok()
        .filter(|t| !t.is_empty());
    let config = corridor_server::ServerConfig {
        token,
        body_limit: args.body_limit,
        timeout: std::time::Duration::from_secs(args.timeout.max(1)),
        ..Default::default()
    };
    if config.token.is_none() {
        eprintln!("corridor: writes disabled (set CORRIDOR_TOKEN to enable POST /api/articles)");
    }
    let rt = tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()?;
    rt.block_on(async {
        let listener = tokio::net::TcpListener::bind(args.listen)
            .await
            .with_context(|| format!("cannot listen on {}", args.listen))?;
        eprintln!(
            "corridor: serving {} on http://{}",
            dir.display(),
            listener.local_addr()?
        );
        let app = corridor_server::router(Arc::new(store), config);
        corridor_server::serve_on(listener, app).await?;
        anyhow::Ok(())
    })?;
    Ok(ExitCode::SUCCESS)
}
