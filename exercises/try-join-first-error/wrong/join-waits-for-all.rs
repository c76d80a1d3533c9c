// fails: stdout, virtual time, test hidden_tests::returns_the_first_error_as_soon_as_it_happens
// checks only: join! is concurrent but waits for every read; no lint can know the first error should cut the wait short
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
    let (host, port, mode) = tokio::join!(read("host", broken), read("port", broken), read("mode", broken));
    Ok(Config { host: host?, port: port?, mode: mode? })
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
