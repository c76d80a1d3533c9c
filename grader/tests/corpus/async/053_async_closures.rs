use tokio::time::{sleep, Duration, Instant};

async fn retry<F, Fut>(mut attempt: F, tries: u32) -> Result<u32, String>
where
    F: FnMut(u32) -> Fut,
    Fut: std::future::Future<Output = Result<u32, String>>,
{
    let mut last = Err("no attempts".to_string());
    for n in 1..=tries {
        last = attempt(n).await;
        if last.is_ok() {
            break;
        }
    }
    last
}

#[tokio::main]
async fn main() {
    let start = Instant::now();
    let flaky = |n: u32| async move {
        sleep(Duration::from_millis(100)).await;
        if n < 3 { Err(format!("attempt {n} failed")) } else { Ok(n * 100) }
    };
    println!("{:?} at {} ms", retry(flaky, 5).await, start.elapsed().as_millis());
    println!("{:?} at {} ms", retry(flaky, 2).await, start.elapsed().as_millis());
    let base = 7;
    let add = async move |x: u32| x + base;
    println!("{}", add(5).await);
}
