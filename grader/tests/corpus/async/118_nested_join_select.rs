use tokio::time::{sleep, Duration, Instant};

async fn leg(name: &str, ms: u64) -> String {
    sleep(Duration::from_millis(ms)).await;
    name.to_string()
}

#[tokio::main]
async fn main() {
    let start = Instant::now();
    let (first_pair, third) = tokio::join!(
        async { tokio::join!(leg("a", 100), leg("b", 250)) },
        async {
            tokio::select! {
                biased;
                w = leg("c", 300) => format!("{w} won"),
                w = leg("d", 150) => format!("{w} won"),
            }
        }
    );
    println!("{first_pair:?} {third} at {} ms", start.elapsed().as_millis());
    let winner = tokio::select! {
        biased;
        pair = async { tokio::join!(leg("e", 50), leg("f", 400)) } => format!("join {pair:?}"),
        single = leg("g", 200) => format!("single {single}"),
    };
    println!("{winner} at {} ms", start.elapsed().as_millis());
}
