use std::time::Duration;
use tokio::time::{sleep, Instant};

struct Config {
    host: String,
    port: String,
    mode: String,
}

async fn read(key: &str, broken: &str) -> Result<String, String> {
    let ms = match key {
        "host" => 300,
        "port" => 200,
        _ => 100,
    };
    sleep(Duration::from_millis(ms)).await;
    if key == broken {
        Err(format!("cannot read {key}"))
    } else {
        Ok(format!("{key}-value"))
    }
}

fn describe(result: &Result<Config, String>) -> String {
    match result {
        Ok(c) => format!("host={} port={} mode={}", c.host, c.port, c.mode),
        Err(e) => format!("error: {e}"),
    }
}

async fn load_config(broken: &str) -> Result<Config, String> {
    // TODO: read "host", "port" and "mode" concurrently with `tokio::try_join!`.
    todo!()
}

#[tokio::main]
async fn main() {
    let start = Instant::now();
    let good = load_config("none").await;
    println!("{} after {} ms", describe(&good), start.elapsed().as_millis());

    let start = Instant::now();
    let bad = load_config("port").await;
    println!("{} after {} ms", describe(&bad), start.elapsed().as_millis());
}
