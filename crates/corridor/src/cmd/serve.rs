//! `corridor serve`: the HTTP API and web UI over a knowledge base.

use std::net::SocketAddr;
use std::process::ExitCode;
use std::sync::Arc;

use anyhow::Context;

/// Arguments of `corridor serve`.
#[derive(clap::Args)]
pub struct Args {
    /// Where the knowledge base is.
    #[command(flatten)]
    kb: super::kb::Location,
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
    let opened = args.kb.open()?;
    let config = corridor_server::ServerConfig {
        body_limit: args.body_limit,
        timeout: std::time::Duration::from_secs(args.timeout.max(1)),
        ..Default::default()
    };
    serve_store(opened.store, &opened.label, args.listen, config)?;
    Ok(ExitCode::SUCCESS)
}

/// Serves the API and UI over `store` (kept in `dir`) on `listen` until interrupted. The write token
/// comes from `CORRIDOR_TOKEN`; without it writes are disabled.
pub fn serve_store(
    store: Arc<dyn corridor_store::Store>,
    label: &str,
    listen: SocketAddr,
    mut config: corridor_server::ServerConfig,
) -> anyhow::Result<()> {
    config.token = std::env::var("CORRIDOR_TOKEN")
        .ok()
        .filter(|t| !t.is_empty());
    if config.token.is_none() {
        eprintln!("corridor: writes disabled (set CORRIDOR_TOKEN to enable POST /api/articles)");
    }
    let rt = tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()?;
    rt.block_on(async {
        let listener = tokio::net::TcpListener::bind(listen)
            .await
            .with_context(|| format!("cannot listen on {listen}"))?;
        eprintln!(
            "corridor: serving {} on http://{}",
            label,
            listener.local_addr()?
        );
        let app = corridor_server::router(store, config);
        corridor_server::serve_on(listener, app).await?;
        anyhow::Ok(())
    })
}
