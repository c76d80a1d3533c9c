use std::time::Duration;
use tokio::time::Instant;

#[tokio::test]
async fn returns_the_last_error_without_waiting_after_it() {
    let start = Instant::now();
    let mut calls = 0;
    let result: Result<u32, String> = retry(3, async || {
        calls += 1;
        Err(format!("failure {calls}"))
    })
    .await;
    assert_eq!(result, Err(String::from("failure 3")));
    assert_eq!(calls, 3);
    assert_eq!(start.elapsed(), Duration::from_millis(100));
}

#[tokio::test]
async fn stops_at_the_first_success() {
    let start = Instant::now();
    let mut calls = 0;
    let result = retry(5, async || {
        calls += 1;
        Ok::<u32, String>(calls)
    })
    .await;
    assert_eq!(result, Ok(1));
    assert_eq!(start.elapsed(), Duration::ZERO);
}
