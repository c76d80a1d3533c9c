use std::time::Duration;
use tokio::time::Instant;

#[tokio::test(start_paused = true)]
async fn returns_every_setting_after_the_slowest_read() {
    let start = Instant::now();
    let config = load_config("none").await.expect("every read works");
    assert_eq!(config.host, "host-value");
    assert_eq!(config.port, "port-value");
    assert_eq!(config.mode, "mode-value");
    assert_eq!(start.elapsed(), Duration::from_millis(300), "the three reads run at the same time");
}

#[tokio::test(start_paused = true)]
async fn returns_the_first_error_as_soon_as_it_happens() {
    let start = Instant::now();
    let result = load_config("port").await;
    assert_eq!(result.err(), Some("cannot read port".to_string()));
    assert_eq!(start.elapsed(), Duration::from_millis(200), "the error comes back when the port read fails");
}
