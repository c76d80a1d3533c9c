use std::time::Duration;
use tokio::time::Instant;

fn job(name: &str) -> Job {
    Job { id: 1, name: name.to_string(), ms: 100 }
}

#[tokio::test(start_paused = true)]
async fn a_quick_job_succeeds_on_its_first_attempt() {
    let start = Instant::now();
    assert_eq!(run_with_retries(&job("resize")).await, Ok(1));
    assert_eq!(start.elapsed(), Duration::from_millis(100));
}

#[tokio::test(start_paused = true)]
async fn hanging_attempts_are_cut_at_250_ms_and_retried_after_a_backoff() {
    let start = Instant::now();
    assert_eq!(run_with_retries(&job("upload")).await, Ok(3));
    // 250 (timeout) + 100 (backoff) + 250 (timeout) + 200 (backoff) + 100 (the third attempt)
    assert_eq!(start.elapsed(), Duration::from_millis(900));
}

#[tokio::test(start_paused = true)]
async fn gives_up_after_the_last_attempt_without_waiting() {
    let start = Instant::now();
    assert_eq!(run_with_retries(&job("stuck")).await, Err(3));
    // 250 + 100 + 250 + 200 + 250: no backoff after the last attempt
    assert_eq!(start.elapsed(), Duration::from_millis(1050));
}
